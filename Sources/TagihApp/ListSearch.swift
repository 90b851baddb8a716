#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// What the filter searches, folded once when the list is built: per client
/// its name, contact person and every note; per row its invoice number. Rows
/// and clients are numbered, so a keystroke never hashes an id.
public struct SearchIndex: Sendable {
    /// The client (index into `clientTexts`) of each row of `base`.
    var clientOfRow: [Int32] = []
    /// The folded invoice number of each row of `base`.
    var numbers: [[UInt8]] = []
    /// The folded text of each client.
    var clientTexts: [[UInt8]] = []

    init() {}

    /// Folds the text of `rows` (the list's `base`) and their clients' notes in `book`.
    public init(rows: [OverdueRow], book: Book) {
        var folder = SearchText.Folder()
        var clientIndex: [ClientID: Int32] = [:]
        var clients: [OverdueRow] = []
        clientOfRow.reserveCapacity(rows.count)
        numbers.reserveCapacity(rows.count)
        for r in rows {
            var number: [UInt8] = []
            folder.append(r.invoice.number, to: &number)
            numbers.append(number)
            if let known = clientIndex[r.invoice.clientID] {
                clientOfRow.append(known)
            } else {
                let n = Int32(clients.count)
                clientIndex[r.invoice.clientID] = n
                clients.append(r)
                clientOfRow.append(n)
            }
        }
        // Each client's name, contact and notes, folded on several cores.
        let texts = ParallelSlots<[UInt8]>(count: clients.count, initial: [])
        let interactions = book.interactionsByClient
        let firstRows = clients
        _ = ParallelSlots<[UInt8]>.forEachChunk(of: clients.count, threshold: 2000) { _, range in
            var folder = SearchText.Folder()
            for k in range { texts[k] = SearchIndex.clientText(firstRows[k], notes: interactions[firstRows[k].invoice.clientID] ?? [], folder: &folder) }
        }
        clientTexts = texts.values
    }

    /// What the filter searches for a client: its name, contact person and every note, folded.
    static func clientText(_ r: OverdueRow, notes: [Interaction], folder: inout SearchText.Folder) -> [UInt8] {
        var text: [UInt8] = []
        folder.append(r.clientName, to: &text)
        text.append(10)
        folder.append(r.client?.contactPerson ?? "", to: &text)
        for i in notes {
            text.append(10)
            folder.append(i.notes, to: &text)
        }
        return text
    }
}

/// Matches rows against the words of a filter: each word in the client's
/// folded text or the invoice number. Remembers each client's answer within
/// one pass, so a client's notes are searched once however many invoices it has.
struct Matcher {
    /// At most 64 words count (one bit each).
    let words: [[UInt8]]
    private var clientMask: [UInt64]
    private var clientKnown: [Bool]
    private let all: UInt64

    init(words: [String], clients: Int) {
        self.words = Array(words.prefix(64).map { Array($0.utf8) })
        clientMask = Array(repeating: 0, count: clients)
        clientKnown = Array(repeating: false, count: clients)
        all = self.words.count == 64 ? .max : (1 << UInt64(self.words.count)) - 1
    }

    /// Whether row `i` of the list's base matches every word.
    mutating func matches(_ i: Int32, in index: SearchIndex) -> Bool {
        let c = Int(index.clientOfRow[Int(i)])
        if !clientKnown[c] {
            var mask: UInt64 = 0
            for (k, w) in words.enumerated() where Matcher.contains(index.clientTexts[c], w) { mask |= 1 << UInt64(k) }
            clientMask[c] = mask
            clientKnown[c] = true
        }
        let mask = clientMask[c]
        if mask == all { return true }
        let number = index.numbers[Int(i)]
        for (k, w) in words.enumerated() where mask & (1 << UInt64(k)) == 0 && !Matcher.contains(number, w) { return false }
        return true
    }

    /// The rows among `candidates` (indices into the list's base, kept in
    /// order) that match every word. On a long list the clients' texts and
    /// then the rows are searched in parallel chunks.
    static func filter(_ candidates: [Int32], words: [String], index: SearchIndex) -> [Int32] {
        var matcher = Matcher(words: words, clients: index.clientTexts.count)
        guard candidates.count >= 20_000 else { return candidates.filter { matcher.matches($0, in: index) } }
        // 1. Which clients the candidates need, then their answers, several at once.
        var needed: [Int32] = []
        var marked = [Bool](repeating: false, count: index.clientTexts.count)
        for i in candidates {
            let c = Int(index.clientOfRow[Int(i)])
            if !marked[c] { marked[c] = true; needed.append(Int32(c)) }
        }
        let words = matcher.words
        let masks = ParallelSlots<UInt64>(count: index.clientTexts.count, initial: 0)
        let clients = needed
        _ = ParallelSlots<UInt64>.forEachChunk(of: clients.count, threshold: 0) { _, range in
            for c in clients[range] {
                var mask: UInt64 = 0
                for (k, w) in words.enumerated() where Matcher.contains(index.clientTexts[Int(c)], w) { mask |= 1 << UInt64(k) }
                masks[Int(c)] = mask
            }
        }
        for c in needed { matcher.know(Int(c), mask: masks[Int(c)]) }
        // 2. The rows, in order, in chunks.
        let parts = ParallelSlots<[Int32]>(count: 4, initial: [])
        let known = matcher
        _ = ParallelSlots<[Int32]>.forEachChunk(of: candidates.count, threshold: 0) { chunk, range in
            var m = known
            parts[chunk] = candidates[range].filter { m.matches($0, in: index) }
        }
        return Array(parts.values.joined())
    }

    /// Records a client's answer worked out elsewhere.
    mutating func know(_ client: Int, mask: UInt64) {
        clientMask[client] = mask
        clientKnown[client] = true
    }

    /// Whether `needle` occurs in `hay` (byte for byte; both already folded).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                // memchr finds candidates for the first byte (vectorised in the C library), memcmp checks the rest.
                let base = h.baseAddress!, first = Int32(n[0])
                let last = h.count - n.count
                var at = 0
                while at <= last {
                    guard let hit = memchr(base + at, first, last - at + 1) else { return false }
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
                    at = i + 1
                }
                return false
            }
        }
    }
}

/// The rows of the list as shown: a view over the overdue rows in list order
/// (per invoice) or the clients' summed rows, without building one array
/// entry per row on every keystroke.
public struct ListRows: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case invoices(base: [OverdueRow], order: [Int32])
        case clients([ClientRow])
    }

    private let storage: Storage

    init() { storage = .clients([]) }
    init(base: [OverdueRow], order: [Int32]) { storage = .invoices(base: base, order: order) }
    init(clients: [ClientRow]) { storage = .clients(clients) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case let .invoices(_, order): return order.count
        case let .clients(c): return c.count
        }
    }

    public subscript(i: Int) -> ListRow {
        switch storage {
        case let .invoices(base, order): return .invoice(base[Int(order[i])])
        case let .clients(c): return .client(c[i])
        }
    }
}
