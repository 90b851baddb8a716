/// The aging report: open balances and invoice counts per bucket and currency.
public struct AgingReport: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let bucket: String
        public let currency: Currency
        public let invoices: Int
        public let balance: Money
    }

    public let today: CivilDate
    public let buckets: AgingBuckets
    /// Bucket labels in order, then currencies in code order; only non-empty cells.
    public let lines: [Line]
    public let currencies: [Currency]
    /// Currencies whose totals are beyond what one amount holds (shown
    /// clamped, with a word): only a book past `Money.bookLimit` gets there.
    public let beyondRange: [Currency]

    /// `asOf`: the book as it stood at the end of `today` (later payments, credits and write-offs not counted).
    public init(book: Book, today: CivilDate, buckets: AgingBuckets = .standard, asOf: Bool = false) {
        self.today = today
        self.buckets = buckets
        var counts: [Int: [Currency: Int]] = [:]
        var totals: [Int: MoneyTotals] = [:]
        var seen: Set<Currency> = []
        for inv in book.invoices.values {
            let bal = asOf ? book.balance(inv, asOf: today) : book.balance(inv)
            guard bal.isPositive else { continue }
            let bucket = buckets.index(daysLate: inv.daysLate(on: today))
            counts[bucket, default: [:]][bal.currency, default: 0] += 1
            totals[bucket, default: MoneyTotals()].add(bal)
            seen.insert(bal.currency)
        }
        currencies = seen.sorted()
        var grand = MoneyTotals()
        for t in totals.values { for c in seen { grand.add(t.total(in: c)) } }
        beyondRange = currencies.filter { c in
            totals.values.contains { $0.exact(in: c) > Int128(Int64.max) } || grand.exact(in: c) > Int128(Int64.max)
        }
        var lines: [Line] = []
        for b in 0..<buckets.count {
            for c in currencies {
                guard let n = counts[b]?[c], n > 0 else { continue }
                lines.append(Line(bucket: buckets.label(b), currency: c, invoices: n,
                                  balance: totals[b]!.total(in: c)))
            }
        }
        self.lines = lines
    }

    /// The line for a bucket label and currency, if it has open invoices.
    public func line(_ bucket: String, _ currency: Currency) -> Line? {
        lines.first { $0.bucket == bucket && $0.currency == currency }
    }
}
