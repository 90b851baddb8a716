#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// How the overdue list is ordered.
public enum ListSort: String, Sendable, CaseIterable {
    case daysLate = "days late"
    case balance
    case client
    case nextFollowUp = "follow-up"
    case lastContact = "last contact"

    var next: ListSort {
        let all = ListSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One row per overdue invoice, one per client with something overdue, or
/// one per client of the book (paid, closed and not yet due ones too).
public enum ListGrouping: Sendable, Equatable, CaseIterable {
    case invoice, client, allClients
}

/// A client's overdue invoices summed up, for the per-client list.
public struct ClientRow: Sendable, Equatable {
    public let clientID: ClientID
    public let name: String
    public let invoiceCount: Int
    /// Days late of the oldest overdue invoice.
    public let oldestDaysLate: Int
    public let bucket: Int
    /// Balances per currency, largest first.
    public let balances: [Money]
    public let lastContact: Timestamp?
    public let nextFollowUp: CivilDate?
}

/// A row of the list in either grouping.
public enum ListRow: Sendable, Equatable {
    case invoice(OverdueRow)
    case client(ClientRow)

    public var clientID: ClientID {
        switch self {
        case let .invoice(r): return r.invoice.clientID
        case let .client(c): return c.clientID
        }
    }

    /// The invoice row, in the per-invoice list.
    public var overdue: OverdueRow? {
        if case let .invoice(r) = self { return r }
        return nil
    }

    /// A stable key for marks and for keeping the selection across changes.
    public var key: String {
        switch self {
        case let .invoice(r): return "i:" + r.invoice.id.raw
        case let .client(c): return "c:" + c.clientID.raw
        }
    }
}

/// The overdue list: its rows after filter, sort and grouping; selection,
/// scroll position and marks.
public struct ListState: Sendable {
    /// Every overdue invoice (before the filter).
    public internal(set) var base: [OverdueRow] = []
    /// What the filter searches, by row of `base`: built when first needed,
    /// or delivered by `searchIndexBuilt` (the app builds it right after the
    /// first frame, off the main path, so a large book opens sooner).
    var index: SearchIndex?
    /// Counts rebuilds, so an index built for older rows is not installed.
    public internal(set) var version = 0

    /// What building the search index for the current rows needs, or nil when it is there.
    public var searchIndexJob: (rows: [OverdueRow], book: Book, version: Int)? {
        guard index == nil, let book = statusSource?.book else { return nil }
        return (base, book, version)
    }

    /// Installs an index built elsewhere for rows of `version`.
    mutating func install(_ built: SearchIndex, version v: Int) {
        if v == version && index == nil { index = built }
    }

    /// The search index, built now if it was not yet.
    private mutating func searchIndex() -> SearchIndex {
        if let index { return index }
        let built = SearchIndex(rows: base, book: statusSource?.book ?? Book())
        index = built
        return built
    }
    public private(set) var rows = ListRows()
    public private(set) var query = ""
    public private(set) var sort: ListSort = .daysLate
    public private(set) var descending = true
    public private(set) var grouping: ListGrouping = .invoice
    public var marked: Set<String> = []
    /// Workflow status of each client on the list, for the flags column.
    public internal(set) var statuses: [ClientID: ClientStatus] = [:]
    /// Clients without agreed payment terms or a contract on file.
    var termsMissing: Set<ClientID> = []
    /// Show disputed invoices only.
    public private(set) var disputesOnly = false
    public var selected = 0
    public var offset = 0

    /// Each client's place in name order, and each currency's in code order (for sorting).
    var nameRank: [ClientID: Int] = [:]
    /// The client's place in name order, for each row of `base`.
    var rowNameRank: [Int32] = []
    var currencyOrder: [Currency: Int] = [:]
    /// Every client of the book as a row, for that view (worked out when first shown).
    var everyClientRows: [ClientRow]?
    var buckets: AgingBuckets = .standard

    /// Recomputes everything (after a change too large for `update`, a new day)
    /// from the book's open rows (`Book.openRows`), already worked out by the caller.
    mutating func rebuild(open: [OverdueRow], book: Book, today: CivilDate, buckets: AgingBuckets, policy: Policy = .standard,
                          zoneOffset: Int = 0) {
        sortedFor = nil
        // Unsorted here: `apply` sorts once, by the chosen column.
        base = open.filter { $0.daysLate >= 1 }
        statuses = [:]
        // Clients in name order (names compared as UTF-8 bytes: code point order, and fast).
        // Rows come client by client, so a client is looked up once per run of its rows.
        var names: [(id: ClientID, name: [UInt8])] = []
        var seen: Set<ClientID> = []
        var previous: ClientID?
        for r in base where r.invoice.clientID != previous {
            previous = r.invoice.clientID
            if seen.insert(r.invoice.clientID).inserted { names.append((r.invoice.clientID, Array(r.clientName.utf8))) }
        }
        names.sort { a, b in
            let n = min(a.name.count, b.name.count)
            let o = n == 0 ? 0 : a.name.withUnsafeBufferPointer { x in b.name.withUnsafeBufferPointer { y in
                memcmp(x.baseAddress!, y.baseAddress!, n) } }
            if o != 0 { return o < 0 }
            return a.name.count != b.name.count ? a.name.count < b.name.count : a.id < b.id
        }
        nameRank = [:]
        nameRank.reserveCapacity(names.count)
        for (i, n) in names.enumerated() { nameRank[n.id] = i }
        rowNameRank = []
        rowNameRank.reserveCapacity(base.count)
        var run: (ClientID, Int32)?
        for r in base {
            if let (id, rank) = run, id == r.invoice.clientID { rowNameRank.append(rank); continue }
            let rank = Int32(nameRank[r.invoice.clientID] ?? 0)
            run = (r.invoice.clientID, rank)
            rowNameRank.append(rank)
        }
        let codes = Set(base.map(\.balance.currency)).sorted()
        currencyOrder = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($0.element, $0.offset) })
        termsMissing = []
        for r in base where r.client?.termsDays == nil || r.client?.contractRef == nil { termsMissing.insert(r.invoice.clientID) }
        // Workflow statuses are worked out for the rows on screen (see `clamp`), not all at once.
        statusSource = StatusSource(book: book, today: today, policy: policy, zoneOffset: zoneOffset)
        if disputesOnly { ensureStatuses(Set(base.map(\.invoice.clientID))) }
        index = nil
        everyClientRows = nil
        self.buckets = buckets
        version += 1
        apply()
        measure()
    }

    mutating func toggleDisputes() {
        disputesOnly.toggle()
        if disputesOnly { ensureStatuses(Set(base.map(\.invoice.clientID))) }
        apply()
    }

    /// Flags for a row: `$` open promise, `!` broken promise, `≡` plan,
    /// `✗` missed instalment, `D` disputed, `F`/`H`/`A` the reason (forgot,
    /// hardship, admin overload), `E` escalated, `‖` chasing paused, `?` no
    /// agreed terms or contract on file.
    public func flags(client: ClientID, invoice: InvoiceID?) -> String {
        guard let s = statuses[client] else { return "" }
        var f = ""
        if termsMissing.contains(client) { f += "?" }
        if s.brokenPromises > 0 { f += "!" } else if s.openPromise != nil { f += "$" }
        if s.missedInstalment { f += "✗" } else if let p = s.plan, !p.completed { f += "≡" }
        if let i = invoice { if s.disputed.contains(i) { f += "D" } } else if !s.disputed.isEmpty { f += "D" }
        if !f.contains("D") {
            switch invoice.flatMap({ s.reason(for: $0) }) ?? s.reason?.reason {
            case .forgot?: f += "F"
            case .hardship?: f += "H"
            case .adminOverload?: f += "A"
            default: break
            }
        }
        if s.escalated { f += "E" }
        if let i = invoice, s.paused.contains(i), !s.disputed.contains(i) { f += "‖" }
        return f
    }

    mutating func setQuery(_ q: String) {
        let narrowing = !query.isEmpty && q.hasPrefix(query) && grouping == .invoice && !disputesOnly
        query = q
        if narrowing {
            // Typing one more letter only removes rows: filter what is shown, in its order.
            let index = searchIndex()
            let keep = visible.indices.contains(selected) ? visible[selected] : nil
            visible = Matcher.filter(visible, words: SearchText.words(q), index: index)
            rows = ListRows(base: base, order: visible)
            if let keep, let i = visible.firstIndex(of: keep) { selected = i }
        } else {
            apply()
        }
    }

    /// Widest balance and invoice number on the list, for the column widths
    /// (worked out when the rows change, not on every frame).
    public private(set) var widestBalance = 7
    public private(set) var widestNumber = 7
    var measuredFormat: MoneyFormat = .standard

    /// Measured over every overdue row (not just those shown), so columns stay
    /// put while filtering; only the largest amount per currency is formatted.
    mutating func measure() {
        var largest: [Currency: Int64] = [:]
        var clientTotals: [ClientID: MoneyTotals] = [:]
        var n = 7
        for o in base {
            largest[o.balance.currency] = max(largest[o.balance.currency] ?? 0, o.balance.minor)
            let u = o.invoice.number.utf8
            n = max(n, u.allSatisfy { $0 < 0x80 } ? u.count : o.invoice.number.count)
            if grouping == .client { clientTotals[o.invoice.clientID, default: MoneyTotals()].add(o.balance) }
        }
        var multi = false
        for r in grouping == .allClients ? everyClientRows ?? [] : [] {
            for m in r.balances { largest[m.currency] = max(largest[m.currency] ?? 0, m.minor) }
            if r.balances.count > 1 { multi = true }
        }
        for totals in clientTotals.values {
            for m in totals.amounts { largest[m.currency] = max(largest[m.currency] ?? 0, m.minor) }
            if totals.amounts.count > 1 { multi = true }
        }
        let widest = largest.map { measuredFormat.string(Money(minor: $0.value, currency: $0.key)).count }.max() ?? 0
        widestBalance = max(7, widest + (multi ? 3 : 0))
        widestNumber = n
    }

    mutating func cycleSort() {
        sort = sort.next
        descending = sort == .daysLate || sort == .balance
        apply()
    }

    mutating func sortBy(_ s: ListSort) {
        sort = s
        descending = s == .daysLate || s == .balance
        apply()
    }

    mutating func reverseSort() {
        descending.toggle()
        apply()
    }

    mutating func toggleGrouping() {
        show(grouping == .invoice ? .client : grouping == .client ? .allClients : .invoice)
    }

    /// Shows the list in `g`.
    mutating func show(_ g: ListGrouping) {
        grouping = g
        marked.removeAll()
        apply()
        measure()
    }

    /// The row under the selection, if any.
    public var current: ListRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Filters, groups and sorts `base` into `rows`, keeping the selected row.
    /// Rows of `base` (by index) in the chosen order, kept so that filtering
    /// (which keeps order) never re-sorts.
    private var sortedOrder: [Int32] = []
    var sortedFor: (ListSort, Bool, Int)?
    /// In the per-invoice list, the row of `base` behind each of `rows`.
    private var visible: [Int32] = []

    mutating func apply() {
        let keepRow = grouping == .invoice && visible.indices.contains(selected) ? visible[selected] : nil
        let keepClient = current?.clientID
        let words = SearchText.words(query)
        if grouping == .invoice, sortedFor.map({ $0 != (sort, descending, base.count) }) ?? true {
            sortedOrder = sortInvoices()
            sortedFor = (sort, descending, base.count)
        }
        let source = grouping == .invoice ? sortedOrder : Array(0..<Int32(base.count))
        let candidates = disputesOnly
            ? source.filter { statuses[base[Int($0)].invoice.clientID]?.disputed.contains(base[Int($0)].invoice.id) == true } : source
        let matching: [Int32]
        if words.isEmpty {
            matching = candidates
        } else {
            matching = Matcher.filter(candidates, words: words, index: searchIndex())
        }
        switch grouping {
        case .invoice:
            visible = matching
            rows = ListRows(base: base, order: matching)
            if let keepRow, let i = visible.firstIndex(of: keepRow) { selected = i }
        case .client:
            visible = []
            rows = ListRows(clients: sortClients(group(matching.map { base[Int($0)] })))
            if let keepClient, let i = rows.firstIndex(where: { $0.clientID == keepClient }) { selected = i }
        case .allClients:
            visible = []
            rows = ListRows(clients: sortClients(everyClient(matching: words)))
            if let keepClient, let i = rows.firstIndex(where: { $0.clientID == keepClient }) { selected = i }
        }
    }

    /// Keeps the selection in range and on screen.
    mutating func clamp(viewport: Int) {
        clampSelection(&selected, &offset, count: rows.count, viewport: viewport)
        ensureStatuses(rows[offset..<min(rows.count, offset + max(1, viewport) + 1)].map(\.clientID))
    }

    /// What statuses are computed from, kept for working them out on demand.
    struct StatusSource: Sendable {
        let book: Book
        let today: CivilDate
        let policy: Policy
        let zoneOffset: Int
    }
    var statusSource: StatusSource?

    /// Computes the workflow status of these clients if not known yet.
    mutating func ensureStatuses<S: Sequence>(_ clients: S) where S.Element == ClientID {
        guard let src = statusSource else { return }
        for id in clients where statuses[id] == nil {
            statuses[id] = src.book.status(id, today: src.today, policy: src.policy, zoneOffset: src.zoneOffset)
        }
    }
}
