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
        let open = openInvoices(of: offer.clientID, currency: offer.amount.currency)
        let ids = open.map(\.id)
        var total = MoneyTotals()
        for inv in open { total.add(balance(inv)) }
        var out: [EventBody] = [.offerAnswered(OfferAnswer(offerID: offer.id, status: .accepted, date: date, payBy: last,
                                                           instalments: n > 1 ? n : nil, invoiceIDs: ids,
                                                           balance: total.total(in: offer.amount.currency)))]
        if n > 1 {
            out.append(.planAgreed(PaymentPlan(id: "", clientID: offer.clientID, invoiceIDs: ids, agreedOn: date, instalments: plan,
                                               note: "settlement")))
        }
        return out
    }

    /// Every accepted settlement of a client, oldest first, with how far it is paid.
    public func settlements(_ client: ClientID, today: CivilDate) -> [SettlementState] {
        let all = Set(invoicesByClient[client] ?? [])
        return (offers[client] ?? []).compactMap { d -> SettlementState? in
            guard let a = offerAnswers[d.value.id]?.value, a.status == .accepted else { return nil }
            let o = d.value
            let ids = a.invoiceIDs.map(Set.init) ?? all
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
            let covered = Set(s.answer.invoiceIDs ?? openInvoices(of: client, currency: currency).map(\.id))
            var fresh: [InvoiceID: Int64] = [:]
            for p in payments where covered.contains(p.invoiceID) && p.amount.currency == currency && p.date >= s.answer.date && p.date <= s.payBy {
                fresh[p.invoiceID, default: 0] += p.amount.minor
            }
            guard s.paidTowards.minor + fresh.values.reduce(0, +) >= s.offer.amount.minor else { continue }
            // What the agreement forgives: the balance it settled less the agreed amount (never what was added since).
            var left = s.answer.balance.map { max(0, $0.minor - s.offer.amount.minor) } ?? Int64.max
            for inv in openInvoices(of: client, currency: currency) where covered.contains(inv.id) && left > 0 {
                let rest = min(left, balance(inv).minor - (fresh[inv.id] ?? 0))
                if rest > 0 {
                    out.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: rest, currency: currency),
                                                    reason: "settlement", date: payments.map(\.date).max() ?? today)))
                    left -= rest
                }
            }
        }
        return out
    }

    /// Reversing a payment: the reversal, and when the payment had completed a
    /// settlement, the withdrawal of the write-offs that settlement made, so the
    /// full balance is owed (and chased) again.
    public func reversalEvents(_ r: Correction, today: CivilDate) -> [EventBody] {
        var out: [EventBody] = [.corrected(r)]
        guard r.kind == .reversePayment, let inv = r.invoiceID.flatMap({ invoices[$0] }),
              let p = paymentsByInvoice[inv.id]?.first(where: { $0.id == r.target }) else { return out }
        for s in settlements(inv.clientID, today: today) where s.state == .paid {
            let covered = Set(s.answer.invoiceIDs ?? [])
            guard covered.contains(inv.id), p.date >= s.answer.date, p.date <= s.payBy,
                  s.paidTowards.minor - p.amount.minor < s.offer.amount.minor else { continue }
            for id in covered {
                for w in writeOffsByInvoice[id] ?? [] where w.reason == "settlement" && w.date >= s.answer.date {
                    out.append(.corrected(Correction(kind: .withdraw, clientID: inv.clientID, invoiceID: id, target: w.id,
                                                     reason: r.reason, date: today)))
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
