/// Changes the workflow makes from several records at once: accepting a
/// settlement, proposing a plan, warning before a write-off.
extension Book {
    /// Open invoices of a client in one currency, oldest due first.
    public func openInvoices(of client: ClientID, currency: Currency? = nil) -> [Invoice] {
        invoices(of: client).filter { balance($0).isPositive && (currency == nil || $0.amount.currency == currency) }
    }

    /// A plan splitting `total` into `count` instalments every `stepDays`
    /// (or monthly when `monthly`), starting `first`; the last takes the rounding.
    public static func schedule(total: Money, count: Int, first: CivilDate, stepDays: Int, monthly: Bool) -> [Instalment] {
        guard count > 0 else { return [] }
        let each = total.minor / Int64(count)
        return (0..<count).map { i in
            let date: CivilDate
            if monthly {
                var (y, m, d) = first.parts
                m += i
                y += (m - 1) / 12
                m = (m - 1) % 12 + 1
                d = min(d, CivilDate.daysIn(month: m, year: y))
                date = CivilDate(year: y, month: m, day: d) ?? first.adding(days: 30 * i)
            } else {
                date = first.adding(days: stepDays * i)
            }
            let amount = i == count - 1 ? total.minor - each * Int64(count - 1) : each
            return Instalment(date: date, amount: Money(minor: amount, currency: total.currency))
        }
    }

    /// Why a write-off is premature, if it is: the ladder not exhausted, no
    /// settlement tried. Empty when the practice was followed.
    public func writeOffWarnings(_ client: ClientID, status: ClientStatus, policy: Policy) -> [Sentence] {
        var w: [Sentence] = []
        if status.remindersSent < policy.ladder.count {
            w.append(Sentence("only {0} of {1} reminders were sent (the ladder is not exhausted)", status.remindersSent, policy.ladder.count))
        }
        if status.offers.isEmpty { w.append(Sentence("no settlement was offered or asked for")) }
        return w
    }

    /// The balance a plan, offer or write-off acts on: that of the currency of
    /// the oldest open invoice (amounts of different currencies never mix).
    public func primaryBalance(of client: ClientID) -> Money? {
        guard let oldest = openInvoices(of: client).first else { return nil }
        return balances(of: client).first { $0.currency == oldest.amount.currency }
    }

    /// The balance still open per currency for a client, largest first.
    public func balances(of client: ClientID) -> [Money] {
        var t = MoneyTotals()
        for inv in invoices(of: client) { t.add(balance(inv)) }
        return t.amounts.filter(\.isPositive).sorted { $0.minor > $1.minor }
    }
}
