/// The book as it stood on a day: payments, credits, write-offs and voids
/// dated after it are not yet counted (`--as-of`).
extension Book {
    /// What was owed on an invoice at the end of `date` (0 before it was issued).
    public func balance(_ inv: Invoice, asOf date: CivilDate) -> Money {
        Money(minor: MoneyTotals.clamped(balanceExactly(inv, asOf: date)), currency: inv.amount.currency)
    }

    func balanceExactly(_ inv: Invoice, asOf date: CivilDate) -> Int128 {
        guard inv.issued <= date else { return 0 }
        if let v = voiding(inv), v.value.date <= date { return 0 }
        var left = Int128(inv.amount.minor)
        for p in paymentsByInvoice[inv.id] ?? [] where p.date <= date && p.amount.currency == inv.amount.currency { left -= Int128(p.amount.minor) }
        for w in writeOffsByInvoice[inv.id] ?? [] where w.date <= date && w.amount.currency == inv.amount.currency { left -= Int128(w.amount.minor) }
        for d in fixes[inv.clientID]?.credits[inv.id] ?? [] where d.value.date <= date && d.value.amount?.currency == inv.amount.currency {
            left -= Int128(d.value.amount?.minor ?? 0)
        }
        return max(0, left)
    }
}

/// Aged receivables by client (or by owner): one row per client and
/// currency, the open balance per aging bucket and the total, as of a day.
public struct AgedReceivables: Sendable, Equatable {
    public enum Grouping: String, Sendable, CaseIterable { case client, owner }

    public struct Row: Sendable, Equatable {
        /// The client's name, or the owner's ("—" for no owner).
        public let name: String
        public let currency: Currency
        /// Open balances per bucket, in minor units.
        public let buckets: [Int64]
        public var total: Money { Money(minor: buckets.reduce(0, +), currency: currency) }
    }

    public let asOf: CivilDate
    public let labels: [String]
    /// By currency (code order), then by name.
    public let rows: [Row]

    public init(book: Book, asOf: CivilDate, buckets: AgingBuckets = .standard, by grouping: Grouping = .client) {
        self.asOf = asOf
        labels = (0..<buckets.count).map(buckets.label)
        var sums: [String: [Currency: [Int64]]] = [:]
        for inv in book.invoices.values {
            let bal = book.balance(inv, asOf: asOf)
            guard bal.isPositive else { continue }
            let client = book.clients[inv.clientID]
            let key = grouping == .client ? (client?.name ?? inv.clientID.raw) : (client?.owner ?? "—")
            var row = sums[key]?[bal.currency] ?? Array(repeating: 0, count: buckets.count)
            let b = buckets.index(daysLate: inv.daysLate(on: asOf))
            row[b] = row[b].addingReportingOverflow(bal.minor).overflow ? Int64.max : row[b] + bal.minor
            sums[key, default: [:]][bal.currency] = row
        }
        rows = sums.flatMap { name, byCurrency in byCurrency.map { Row(name: name, currency: $0.key, buckets: $0.value) } }
            .sorted { ($0.currency.code, $0.name) < ($1.currency.code, $1.name) }
    }

    /// The currencies with rows, in code order.
    public var currencies: [Currency] { Array(Set(rows.map(\.currency))).sorted() }

    /// The totals per bucket of one currency.
    public func totals(_ c: Currency) -> [Int64] {
        rows.filter { $0.currency == c }.reduce(into: Array(repeating: Int64(0), count: labels.count)) { t, r in
            for (i, v) in r.buckets.enumerated() { t[i] = t[i].addingReportingOverflow(v).overflow ? Int64.max : t[i] + v }
        }
    }
}
