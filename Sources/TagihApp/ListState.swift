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

/// One row per invoice, or one per client.
public enum ListGrouping: Sendable, Equatable {
    case invoice, client
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
    public private(set) var base: [OverdueRow] = []
    /// Folded text searched per client: name, contact person, notes.
    private var clientText: [ClientID: String] = [:]
    /// Folded invoice number per invoice.
    private var numberText: [InvoiceID: String] = [:]
    public private(set) var rows: [ListRow] = []
    public private(set) var query = ""
    public private(set) var sort: ListSort = .daysLate
    public private(set) var descending = true
    public private(set) var grouping: ListGrouping = .invoice
    public var marked: Set<String> = []
    /// Workflow status of each client on the list, for the flags column.
    public private(set) var statuses: [ClientID: ClientStatus] = [:]
    /// Clients without agreed payment terms or a contract on file.
    private var termsMissing: Set<ClientID> = []
    /// Show disputed invoices only.
    public private(set) var disputesOnly = false
    public var selected = 0
    public var offset = 0

    /// Recomputes everything from the book (after a save, a reload, a new day).
    mutating func rebuild(book: Book, today: CivilDate, buckets: AgingBuckets, policy: Policy = .standard, zoneOffset: Int = 0) {
        base = book.overdueRows(today: today, buckets: buckets)
        clientText = [:]
        numberText = [:]
        statuses = [:]
        termsMissing = []
        for r in base where statuses[r.invoice.clientID] == nil {
            statuses[r.invoice.clientID] = book.status(r.invoice.clientID, today: today, policy: policy, zoneOffset: zoneOffset)
            if r.client?.termsDays == nil || r.client?.contractRef == nil { termsMissing.insert(r.invoice.clientID) }
        }
        for r in base {
            numberText[r.invoice.id] = SearchText.fold(r.invoice.number)
            if clientText[r.invoice.clientID] == nil {
                var parts = [r.clientName, r.client?.contactPerson ?? ""]
                for i in book.interactionsByClient[r.invoice.clientID] ?? [] { parts.append(i.notes) }
                clientText[r.invoice.clientID] = SearchText.fold(parts.joined(separator: "\n"))
            }
        }
        apply()
    }

    mutating func toggleDisputes() {
        disputesOnly.toggle()
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
        let previous = rows
        query = q
        if narrowing {
            // Typing one more letter only removes rows: filter what is shown, in its order.
            let words = SearchText.words(q)
            let keep = current?.key
            rows = previous.filter { r in
                guard case let .invoice(o) = r else { return true }
                let client = clientText[o.invoice.clientID] ?? "", number = numberText[o.invoice.id] ?? ""
                return words.allSatisfy { client.contains($0) || number.contains($0) }
            }
            if let keep, let i = rows.firstIndex(where: { $0.key == keep }) { selected = i }
            measure()
        } else {
            apply()
        }
    }

    /// Widest balance and invoice number on the list, for the column widths
    /// (worked out when the rows change, not on every frame).
    public private(set) var widestBalance = 7
    public private(set) var widestNumber = 7
    var measuredFormat: MoneyFormat = .standard

    mutating func measure() {
        var b = 7, n = 7
        for r in rows {
            switch r {
            case let .invoice(o):
                b = max(b, measuredFormat.string(o.balance).count)
                n = max(n, o.invoice.number.count)
            case let .client(c):
                b = max(b, (c.balances.first.map { measuredFormat.string($0).count } ?? 0) + (c.balances.count > 1 ? 3 : 0))
            }
        }
        widestBalance = b
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
        grouping = grouping == .invoice ? .client : .invoice
        marked.removeAll()
        apply()
    }

    /// The row under the selection, if any.
    public var current: ListRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Filters, groups and sorts `base` into `rows`, keeping the selected row.
    mutating func apply() {
        let keep = current?.key
        let words = SearchText.words(query)
        let candidates = disputesOnly ? base.filter { statuses[$0.invoice.clientID]?.disputed.contains($0.invoice.id) == true } : base
        let matching = words.isEmpty ? candidates : candidates.filter { r in
            let client = clientText[r.invoice.clientID] ?? ""
            let number = numberText[r.invoice.id] ?? ""
            return words.allSatisfy { client.contains($0) || number.contains($0) }
        }
        switch grouping {
        case .invoice: rows = sortInvoices(matching).map { .invoice($0) }
        case .client: rows = sortClients(group(matching)).map { .client($0) }
        }
        if let keep, let i = rows.firstIndex(where: { $0.key == keep }) { selected = i }
        measure()
    }

    private func group(_ rows: [OverdueRow]) -> [ClientRow] {
        var byClient: [ClientID: [OverdueRow]] = [:]
        for r in rows { byClient[r.invoice.clientID, default: []].append(r) }
        return byClient.map { id, rs in
            var totals = MoneyTotals()
            for r in rs { totals.add(r.balance) }
            let oldest = rs.max { $0.daysLate < $1.daysLate }!
            return ClientRow(clientID: id, name: oldest.clientName, invoiceCount: rs.count,
                             oldestDaysLate: oldest.daysLate, bucket: oldest.bucket,
                             balances: totals.amounts.sorted { $0.minor > $1.minor },
                             lastContact: oldest.lastContact, nextFollowUp: oldest.nextFollowUp)
        }
    }

    /// Orders rows by the chosen column, then by name and number so ties are stable.
    private func sortInvoices(_ rows: [OverdueRow]) -> [OverdueRow] {
        let desc = descending
        return rows.sorted { a, b in
            let o = compare(a, b)
            if o != .same { return desc ? o == .after : o == .before }
            if a.clientName != b.clientName { return a.clientName < b.clientName }
            return a.invoice.number < b.invoice.number
        }
    }

    private func sortClients(_ rows: [ClientRow]) -> [ClientRow] {
        let desc = descending
        return rows.sorted { a, b in
            let o: Order
            switch sort {
            case .daysLate: o = order(a.oldestDaysLate, b.oldestDaysLate)
            case .balance: o = orderMoney(a.balances.first, b.balances.first)
            case .client: o = order(a.name, b.name)
            case .nextFollowUp: o = orderOptional(a.nextFollowUp, b.nextFollowUp)
            case .lastContact: o = orderOptional(a.lastContact, b.lastContact)
            }
            if o != .same { return desc ? o == .after : o == .before }
            return a.name != b.name ? a.name < b.name : a.clientID < b.clientID
        }
    }

    private func compare(_ a: OverdueRow, _ b: OverdueRow) -> Order {
        switch sort {
        case .daysLate: return order(a.daysLate, b.daysLate)
        case .balance: return orderMoney(a.balance, b.balance)
        case .client: return order(a.clientName, b.clientName)
        case .nextFollowUp: return orderOptional(a.nextFollowUp, b.nextFollowUp)
        case .lastContact: return orderOptional(a.lastContact, b.lastContact)
        }
    }

    /// Amounts compare within a currency; currencies group by code (no exchange rates).
    private func orderMoney(_ a: Money?, _ b: Money?) -> Order {
        guard let a, let b else { return orderOptional(a?.minor, b?.minor) }
        if a.currency != b.currency { return order(b.currency.code, a.currency.code) }
        return order(a.minor, b.minor)
    }

    /// Missing values (never contacted, no follow-up) sort as the most urgent: first.
    private func orderOptional<T: Comparable>(_ a: T?, _ b: T?) -> Order {
        switch (a, b) {
        case (nil, nil): return .same
        case (nil, _): return .before
        case (_, nil): return .after
        case let (x?, y?): return order(x, y)
        }
    }

    private func order<T: Comparable>(_ a: T, _ b: T) -> Order { a < b ? .before : a > b ? .after : .same }

    private enum Order { case before, same, after }

    /// Keeps the selection in range and on screen.
    mutating func clamp(viewport: Int) {
        selected = rows.isEmpty ? 0 : min(max(0, selected), rows.count - 1)
        let h = max(1, viewport)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = max(0, min(offset, max(0, rows.count - h)))
    }
}
