/// A statement of account: what a client was owed at the start of a period,
/// every invoice, payment, credit, reversal and write-off in it in date
/// order with the running balance, and what is owed at its end. One per
/// currency the client is invoiced in.
public struct Statement: Sendable, Equatable {
    public enum Kind: String, Sendable { case invoice, payment, credit, writeOff = "write-off", reversal, void }

    public struct Line: Sendable, Equatable {
        public let date: CivilDate
        public let kind: Kind
        /// The invoice number, and what else identifies the line (method, reason).
        public let reference: String
        public let detail: String
        /// Adds to what is owed (an invoice, a reversed payment) or takes from it.
        public let debit: Money?
        public let credit: Money?
        public let balance: Money
    }

    public let clientID: ClientID
    public let currency: Currency
    public let from: CivilDate?
    public let to: CivilDate
    public let opening: Money
    public let lines: [Line]
    public let closing: Money
    /// The closing balance per aging bucket (as of `to`).
    public let aging: [Money]

    /// The statements of a client, one per currency, for `from`…`to` (from the first record when `from` is nil).
    public static func of(_ client: ClientID, book: Book, from: CivilDate?, to: CivilDate, buckets: AgingBuckets = .standard) -> [Statement] {
        let invoices = book.invoices(of: client)
        return Set(invoices.map(\.amount.currency)).sorted().map { c in
            make(client, book: book, invoices: invoices.filter { $0.amount.currency == c }, currency: c, from: from, to: to, buckets: buckets)
        }
    }

    private static func make(_ client: ClientID, book: Book, invoices: [Invoice], currency c: Currency, from: CivilDate?, to: CivilDate,
                             buckets: AgingBuckets) -> Statement {
        var entries: [(date: CivilDate, order: Int, kind: Kind, ref: String, detail: String, amount: Int64)] = []
        for inv in invoices {
            entries.append((inv.issued, 0, .invoice, inv.number, "", inv.amount.minor))
            for p in book.paymentsByInvoice[inv.id] ?? [] where p.amount.currency == c { entries.append((p.date, 1, .payment, inv.number, p.method, -p.amount.minor)) }
            for p in book.reversedPayments[inv.id] ?? [] where p.amount.currency == c {
                entries.append((p.date, 1, .payment, inv.number, p.method, -p.amount.minor))
                let r = book.reversal(ofPayment: p.id, client: client)
                entries.append((max(r?.value.date ?? p.date, p.date), 2, .reversal, inv.number, r?.value.reason ?? "", p.amount.minor))
            }
            for d in book.fixes[client]?.credits[inv.id] ?? [] where d.value.amount?.currency == c {
                entries.append((d.value.date, 3, .credit, inv.number, d.value.reason, -(d.value.amount?.minor ?? 0)))
            }
            for w in book.writeOffsByInvoice[inv.id] ?? [] where w.amount.currency == c { entries.append((w.date, 4, .writeOff, inv.number, w.reason, -w.amount.minor)) }
            if let v = book.voiding(inv) {
                let open = book.balance(inv, asOf: max(inv.issued, v.value.date.adding(days: -1))).minor
                entries.append((v.value.date, 5, .void, inv.number, v.value.reason, -open))
            }
        }
        entries.sort { ($0.date, $0.order, $0.ref) < ($1.date, $1.order, $1.ref) }
        var running: Int64 = 0, opening: Int64 = 0
        var lines: [Line] = []
        for e in entries where e.date <= to {
            running += e.amount
            if let f = from, e.date < f { opening = running; continue }
            let m = Money(minor: abs(e.amount), currency: c)
            lines.append(Line(date: e.date, kind: e.kind, reference: e.ref, detail: e.detail, debit: e.amount > 0 ? m : nil,
                              credit: e.amount < 0 ? m : nil, balance: Money(minor: running, currency: c)))
        }
        var aging = Array(repeating: Int64(0), count: buckets.count)
        for inv in invoices {
            let b = book.balance(inv, asOf: to).minor
            if b > 0 { aging[buckets.index(daysLate: inv.daysLate(on: to))] += b }
        }
        return Statement(clientID: client, currency: c, from: from, to: to, opening: Money(minor: opening, currency: c), lines: lines,
                         closing: Money(minor: running, currency: c), aging: aging.map { Money(minor: $0, currency: c) })
    }
}
