/// A promise to pay and what became of it, judged from the payments.
public struct PromiseStatus: Sendable, Equatable {
    public enum State: String, Sendable { case open, kept, broken }
    public let promise: PromiseToPay
    public let madeOn: CivilDate
    public let state: State
    /// Paid towards it between the day it was made and its date.
    public let paidTowards: Money
}

/// One instalment of a plan and whether it was paid.
public struct InstalmentStatus: Sendable, Equatable {
    public enum State: String, Sendable { case paid, due, missed }
    public let instalment: Instalment
    public let state: State
}

/// A plan with its instalments judged against the payments.
public struct PlanStatus: Sendable, Equatable {
    public let plan: PaymentPlan
    public let instalments: [InstalmentStatus]
    public var missed: Int { instalments.filter { $0.state == .missed }.count }
    public var completed: Bool { instalments.allSatisfy { $0.state == .paid } }
    /// Kept: no instalment missed so far.
    public var onTrack: Bool { missed == 0 }
}

/// An offer and its status now (expired once past its expiry unanswered).
public struct OfferState: Sendable, Equatable {
    public let offer: SettlementOffer
    public let status: OfferStatus
}

/// Everything the workflow derives about one client on a given day.
public struct ClientStatus: Sendable, Equatable {
    public let clientID: ClientID
    /// The reason recorded for the client as a whole.
    public let reason: ReasonRecord?
    /// Reasons recorded for single invoices (latest per invoice).
    public let invoiceReasons: [InvoiceID: ReasonRecord]
    public let promises: [PromiseStatus]
    public let plan: PlanStatus?
    public let offers: [OfferState]
    public let remindersSent: Int
    public let lastReminderLevel: Int
    public let escalated: Bool
    public let ownerNote: String?
    public let lastContact: Interaction?
    public let contactsLast30Days: Int
    public let nextFollowUp: CivilDate?
    /// Invoices whose chasing is paused (disputed, or covered by a plan on track).
    public let paused: Set<InvoiceID>
    public let disputed: Set<InvoiceID>

    public var brokenPromises: Int { promises.filter { $0.state == .broken }.count }
    public var keptPromises: Int { promises.filter { $0.state == .kept }.count }
    public var openPromise: PromiseStatus? { promises.last { $0.state == .open } }
    public var missedInstalment: Bool { (plan?.missed ?? 0) > 0 }

    /// The reason for an invoice: its own, else the client's.
    public func reason(for invoice: InvoiceID) -> NonPaymentReason? {
        invoiceReasons[invoice]?.reason ?? reason?.reason
    }
}

extension Book {
    /// Derives a client's workflow status on `today`.
    /// `zoneOffset` is the local zone's offset from UTC in seconds: the day a
    /// promise was made and the 30-day window are counted in local days.
    public func status(_ client: ClientID, today: CivilDate, policy: Policy = .standard, zoneOffset: Int = 0) -> ClientStatus {
        let own = invoices(of: client)
        let ownIDs = Set(own.map(\.id))
        // Reasons: the latest for the client, and the latest per invoice.
        var clientReason: ReasonRecord?
        var invoiceReasons: [InvoiceID: ReasonRecord] = [:]
        for r in reasons[client] ?? [] {
            if let i = r.value.invoiceID { invoiceReasons[i] = r.value } else { clientReason = r.value }
        }
        var disputed: Set<InvoiceID> = []
        for inv in own where balance(inv).isPositive {
            let r = invoiceReasons[inv.id]?.reason ?? clientReason?.reason
            if r == .dispute { disputed.insert(inv.id) }
        }
        let contacts = timeline(client)
        let promises = contacts.reversed().compactMap { i -> PromiseStatus? in
            guard let p = i.promise else { return nil }
            let ids = i.invoiceIDs.isEmpty ? ownIDs : Set(i.invoiceIDs)
            let made = i.at.civilDate(offsetSeconds: zoneOffset)
            return promiseStatus(p, madeOn: made, invoices: ids, today: today)
        } + settlementPromises(client, today: today)
        let plan = (plans[client]?.last?.value).map { planStatus($0, today: today) }
        var paused = disputed
        if let p = plan, p.onTrack, !p.completed { paused.formUnion(p.plan.invoiceIDs) }
        let offerStates = (offers[client] ?? []).map { d -> OfferState in
            let o = d.value
            var status = offerAnswers[o.id]?.value.status ?? .proposed
            if status == .proposed, let x = o.expires, x < today { status = .expired }
            return OfferState(offer: o, status: status)
        }
        let sent = reminders[client] ?? []
        let esc = escalations[client] ?? []
        let escalated = sent.count >= policy.escalateAfterReminders || esc.contains { $0.value.kind == .escalated }
        let recent = contacts.filter { $0.at.civilDate(offsetSeconds: zoneOffset).days(until: today) < 30 }.count
        return ClientStatus(
            clientID: client, reason: clientReason, invoiceReasons: invoiceReasons, promises: promises, plan: plan,
            offers: offerStates, remindersSent: sent.count, lastReminderLevel: sent.map(\.value.level).max() ?? 0,
            escalated: escalated, ownerNote: esc.last { $0.value.kind == .ownerNote }?.value.note,
            lastContact: contacts.first, contactsLast30Days: recent,
            nextFollowUp: scheduledFollowUp(client, today: today), paused: paused, disputed: disputed)
    }

    /// The follow-up date: the latest one set (by a contact or a snooze),
    /// else the day after the oldest overdue invoice fell due.
    func scheduledFollowUp(_ client: ClientID, today: CivilDate) -> CivilDate? {
        var latest: (Timestamp, CivilDate)?
        for i in interactionsByClient[client] ?? [] {
            if let d = i.nextFollowUp, latest == nil || i.at >= latest!.0 { latest = (i.at, d) }
        }
        if let snooze = followUps[client]?.last, latest == nil || snooze.at >= latest!.0 {
            latest = (snooze.at, snooze.value.date)
        }
        // A plan being kept pauses chasing: unless a follow-up was set since it
        // was agreed, the next look is the day after the next instalment.
        if let plan = plans[client]?.last, latest == nil || latest!.0 < plan.at {
            let ps = planStatus(plan.value, today: today)
            if ps.onTrack, !ps.completed, let due = ps.instalments.first(where: { $0.state == .due }) { return due.instalment.date.adding(days: 1) }
        }
        if let l = latest { return l.1 }
        var oldest: CivilDate?
        for id in invoicesByClient[client] ?? [] {
            guard let inv = invoices[id], inv.daysLate(on: today) >= 1, oldest == nil || inv.due < oldest!, balance(inv).isPositive else { continue }
            oldest = inv.due
        }
        return oldest.map { $0.adding(days: 1) }
    }

    /// Payments on some invoices dated within a range, in one currency.
    func paymentsTotal(_ ids: Set<InvoiceID>, currency: Currency, from: CivilDate, through: CivilDate) -> Money {
        var t = MoneyTotals()
        for id in ids {
            for p in paymentsByInvoice[id] ?? [] where p.amount.currency == currency && p.date >= from && p.date <= through {
                t.add(p.amount)
            }
        }
        return t.total(in: currency)
    }

    func promiseStatus(_ p: PromiseToPay, madeOn: CivilDate, invoices ids: Set<InvoiceID>, today: CivilDate) -> PromiseStatus {
        let paid = paymentsTotal(ids, currency: p.amount.currency, from: madeOn, through: p.date)
        let open = ids.compactMap { invoices[$0] }.contains { balance($0).isPositive }
        let state: PromiseStatus.State
        if paid.minor >= p.amount.minor || !open { state = .kept }
        else if today > p.date { state = .broken }
        else { state = .open }
        return PromiseStatus(promise: p, madeOn: madeOn, state: state, paidTowards: paid)
    }

    /// Payments made since the plan was agreed pay its instalments in date order.
    func planStatus(_ plan: PaymentPlan, today: CivilDate) -> PlanStatus {
        guard let currency = plan.instalments.first?.amount.currency else { return PlanStatus(plan: plan, instalments: []) }
        var available = paymentsTotal(Set(plan.invoiceIDs), currency: currency, from: plan.agreedOn, through: today).minor
        let states = plan.instalments.sorted { $0.date < $1.date }.map { i -> InstalmentStatus in
            if available >= i.amount.minor {
                available -= i.amount.minor
                return InstalmentStatus(instalment: i, state: .paid)
            }
            return InstalmentStatus(instalment: i, state: i.date < today ? .missed : .due)
        }
        return PlanStatus(plan: plan, instalments: states)
    }
}
