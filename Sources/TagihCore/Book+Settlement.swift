/// A settlement as an agreement: accepting an offer promises the agreed
/// amount (or a plan of it); only when that is paid, by its day, is the rest
/// written off. Until then nothing counts as collected.
public struct SettlementState: Sendable, Equatable {
    public enum State: String, Sendable { case open, paid, broken }
    public let offer: SettlementOffer
    public let answer: OfferAnswer
    /// The day the agreed amount is due.
    public let payBy: CivilDate
    /// Paid since the acceptance, up to `payBy`.
    public let paidTowards: Money
    public let state: State
}

extension Book {
    /// The days an agreement gives to pay when none is named.
    public static let settlementDays = 14

    /// Accepting an offer: the answer (with the day it is to be paid by) and,
    /// for instalments, a plan of the agreed amount. Nothing is paid or written off yet.
    public func acceptance(of offer: SettlementOffer, on date: CivilDate, payBy: CivilDate? = nil, instalments: Int = 1,
                           monthly: Bool = true) -> [EventBody] {
        let n = max(1, instalments)
        let first = payBy ?? date.adding(days: Book.settlementDays)
        let plan = n > 1 ? Book.schedule(total: offer.amount, count: n, first: first, stepDays: 30, monthly: monthly) : []
        let last = plan.last?.date ?? first
        var out: [EventBody] = [.offerAnswered(OfferAnswer(offerID: offer.id, status: .accepted, date: date, payBy: last,
                                                           instalments: n > 1 ? n : nil))]
        if n > 1 {
            let ids = openInvoices(of: offer.clientID, currency: offer.amount.currency).map(\.id)
            out.append(.planAgreed(PaymentPlan(id: "", clientID: offer.clientID, invoiceIDs: ids, agreedOn: date, instalments: plan,
                                               note: "settlement")))
        }
        return out
    }

    /// Every accepted settlement of a client, oldest first, with how far it is paid.
    public func settlements(_ client: ClientID, today: CivilDate) -> [SettlementState] {
        let ids = Set(invoicesByClient[client] ?? [])
        return (offers[client] ?? []).compactMap { d -> SettlementState? in
            guard let a = offerAnswers[d.value.id]?.value, a.status == .accepted else { return nil }
            let o = d.value
            let by = a.payBy ?? a.date
            let paid = paymentsTotal(ids, currency: o.amount.currency, from: a.date, through: by)
            let state: SettlementState.State
            if paid.minor >= o.amount.minor { state = .paid } else if today > by { state = .broken } else { state = .open }
            return SettlementState(offer: o, answer: a, payBy: by, paidTowards: paid, state: state)
        }
    }

    /// The events recording these payments, and, when they complete an open
    /// settlement in time, the write-off of the rest with the reason "settlement".
    public func paymentEvents(_ payments: [Payment], today: CivilDate) -> [EventBody] {
        var out = payments.map(EventBody.paymentRecorded)
        let clients = Set(payments.compactMap { invoices[$0.invoiceID]?.clientID })
        for client in clients.sorted(by: { $0.raw < $1.raw }) {
            guard let s = settlements(client, today: today).last(where: { $0.state == .open }) else { continue }
            let currency = s.offer.amount.currency
            var fresh: [InvoiceID: Int64] = [:]
            for p in payments where invoices[p.invoiceID]?.clientID == client && p.amount.currency == currency
                && p.date >= s.answer.date && p.date <= s.payBy {
                fresh[p.invoiceID, default: 0] += p.amount.minor
            }
            guard s.paidTowards.minor + fresh.values.reduce(0, +) >= s.offer.amount.minor else { continue }
            for inv in openInvoices(of: client, currency: currency) {
                let rest = balance(inv).minor - (fresh[inv.id] ?? 0)
                if rest > 0 {
                    out.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: rest, currency: currency),
                                                    reason: "settlement", date: payments.map(\.date).max() ?? today)))
                }
            }
        }
        return out
    }

    /// An accepted settlement paid in one sum, as the promise it is.
    func settlementPromises(_ client: ClientID, today: CivilDate) -> [PromiseStatus] {
        settlements(client, today: today).filter { ($0.answer.instalments ?? 1) <= 1 }.map { s in
            let state: PromiseStatus.State = s.state == .paid ? .kept : s.state == .broken ? .broken : .open
            return PromiseStatus(promise: PromiseToPay(amount: s.offer.amount, date: s.payBy), madeOn: s.answer.date, state: state,
                                 paidTowards: s.paidTowards)
        }
    }
}
