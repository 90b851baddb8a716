/// The collection figures of the dashboard and `tagih report kpi`, per currency.
public struct KPIReport: Sendable, Equatable {
    public struct PerCurrency: Sendable, Equatable {
        public let currency: Currency
        /// Open receivables today.
        public let receivables: Money
        /// Days sales outstanding: receivables ÷ credit sales of the period × days.
        public let dso: Double?
        /// Countback DSO: days of the latest sales that make up the receivables.
        public let countbackDSO: Double?
        /// Collection effectiveness index for the chosen period, in percent.
        public let cei: Double?
        public let collectedThisMonth: Money
        public let writtenOffThisYear: Money
        /// Open balances per aging bucket.
        public let buckets: [Money]
        /// True when a total is beyond what one amount holds (shown clamped,
        /// with a word): only a book past `Money.bookLimit` gets there.
        public let beyondRange: Bool
    }

    public let today: CivilDate
    public let periodDays: Int
    public let ceiFrom: CivilDate
    public let ceiTo: CivilDate
    public let currencies: [PerCurrency]
    public let promisesDueThisWeek: Int
    public let promisesBroken: Int
    public let plansOnTrack: Int
    public let plansMissed: Int

    public init(book: Book, today: CivilDate, periodDays: Int = 90, ceiFrom: CivilDate? = nil, ceiTo: CivilDate? = nil,
                policy: Policy = .standard) {
        self.today = today
        self.periodDays = periodDays
        let monthStart = CivilDate(year: today.year, month: today.month, day: 1) ?? today
        let from = ceiFrom ?? monthStart, to = ceiTo ?? today
        self.ceiFrom = from
        self.ceiTo = to
        let yearStart = CivilDate(year: today.year, month: 1, day: 1) ?? today
        var currencySet: Set<Currency> = []
        for inv in book.invoices.values { currencySet.insert(inv.amount.currency) }
        let summary = book.agingSummary(today: today, buckets: policy.buckets)
        currencies = currencySet.sorted().map { c in
            let invs = book.invoices.values.filter { $0.amount.currency == c && book.voiding($0) == nil }
            let ar = KPIReport.receivables(book, invs, asOf: today)
            let sales = KPIReport.sales(invs, from: today.adding(days: -periodDays + 1), through: today)
            let dso = sales > 0 ? Double(ar) / Double(sales) * Double(periodDays) : nil
            var collected = MoneyTotals(), written = MoneyTotals()
            for inv in invs {
                for p in book.paymentsByInvoice[inv.id] ?? [] where p.date >= monthStart && p.date <= today { collected.add(p.amount) }
                for w in book.writeOffsByInvoice[inv.id] ?? [] where w.date >= yearStart && w.date <= today { written.add(w.amount) }
            }
            return PerCurrency(
                currency: c, receivables: Money(minor: MoneyTotals.clamped(ar), currency: c), dso: dso,
                countbackDSO: KPIReport.countback(ar: ar, invoices: invs, today: today),
                cei: KPIReport.cei(book, invs, from: from, to: to),
                collectedThisMonth: collected.total(in: c), writtenOffThisYear: written.total(in: c),
                buckets: summary.totals.map { $0.total(in: c) },
                beyondRange: ar > Int128(Int64.max) || collected.overflowed || written.overflowed || summary.totals.contains { $0.overflowed })
        }
        var due = 0, broken = 0, onTrack = 0, missed = 0
        for id in book.clients.keys {
            let s = book.status(id, today: today, policy: policy)
            due += s.promises.filter { $0.state == .open && $0.promise.date >= today && $0.promise.date < today.adding(days: 7) }.count
            broken += s.brokenPromises
            if let p = s.plan, !p.completed { if p.onTrack { onTrack += 1 } else { missed += 1 } }
        }
        promisesDueThisWeek = due
        promisesBroken = broken
        plansOnTrack = onTrack
        plansMissed = missed
    }

    /// What was still owed on `date` on invoices issued by then (payments and
    /// write-offs dated after it not yet counted). Sums are in 128 bits: no
    /// book, however large or merged, overflows them.
    static func balance(_ book: Book, _ inv: Invoice, asOf date: CivilDate) -> Int128 {
        guard inv.issued <= date else { return 0 }
        var left = Int128(inv.amount.minor)
        for p in book.paymentsByInvoice[inv.id] ?? [] where p.date <= date && p.amount.currency == inv.amount.currency { left -= Int128(p.amount.minor) }
        for w in book.writeOffsByInvoice[inv.id] ?? [] where w.date <= date { left -= Int128(w.amount.minor) }
        for d in book.fixes[inv.clientID]?.credits[inv.id] ?? [] where d.value.date <= date && d.value.amount?.currency == inv.amount.currency {
            left -= Int128(d.value.amount?.minor ?? 0)
        }
        return max(0, left)
    }

    static func receivables(_ book: Book, _ invs: [Invoice], asOf date: CivilDate, currentOnly: Bool = false) -> Int128 {
        invs.reduce(0) { sum, inv in
            if currentOnly && inv.due < date { return sum }
            return sum + balance(book, inv, asOf: date)
        }
    }

    static func sales(_ invs: [Invoice], from: CivilDate, through: CivilDate) -> Int128 {
        invs.filter { $0.issued >= from && $0.issued <= through }.reduce(0) { $0 + Int128($1.amount.minor) }
    }

    /// Countback: walk back month by month, taking each month's sales off
    /// the receivables, counting its days, until they are used up.
    static func countback(ar: Int128, invoices: [Invoice], today: CivilDate) -> Double? {
        guard ar > 0 else { return 0 }
        var remaining = Double(ar)
        var days = 0.0
        var end = today
        for _ in 0..<36 {
            let start = CivilDate(year: end.year, month: end.month, day: 1) ?? end
            let span = Double(start.days(until: end) + 1)
            let s = Double(sales(invoices, from: start, through: end))
            if s >= remaining, s > 0 {
                return days + remaining / s * span
            }
            remaining -= s
            days += span
            end = start.adding(days: -1)
        }
        return nil
    }

    /// CEI = (begin AR + sales − end AR) ÷ (begin AR + sales − end current AR) × 100.
    static func cei(_ book: Book, _ invs: [Invoice], from: CivilDate, to: CivilDate) -> Double? {
        let begin = Double(receivables(book, invs, asOf: from.adding(days: -1)))
        let s = Double(sales(invs, from: from, through: to))
        let endTotal = Double(receivables(book, invs, asOf: to))
        let endCurrent = Double(receivables(book, invs, asOf: to, currentOnly: true))
        let denominator = begin + s - endCurrent
        guard denominator > 0 else { return nil }
        return (begin + s - endTotal) / denominator * 100
    }
}
