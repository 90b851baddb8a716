import Foundation

/// The state of a set of books: the fold of every event, in fold order.
///
/// Folding is tolerant of merge order: payments and contacts are kept by the
/// id they refer to, so a payment seen before its invoice still counts once the
/// invoice arrives. A duplicate event id (the same event merged twice) is ignored.
public struct Book: Sendable {
    public private(set) var clients: [ClientID: Client] = [:]
    public private(set) var invoices: [InvoiceID: Invoice] = [:]
    public private(set) var paymentsByInvoice: [InvoiceID: [Payment]] = [:]
    public private(set) var interactionsByClient: [ClientID: [Interaction]] = [:]
    public private(set) var invoicesByClient: [ClientID: [InvoiceID]] = [:]
    /// Workflow records per client, each with the event that made it, in fold order.
    public private(set) var followUps: [ClientID: [Dated<FollowUpScheduled>]] = [:]
    public private(set) var reasons: [ClientID: [Dated<ReasonRecord>]] = [:]
    public private(set) var plans: [ClientID: [Dated<PaymentPlan>]] = [:]
    public private(set) var offers: [ClientID: [Dated<SettlementOffer>]] = [:]
    public private(set) var offerAnswers: [String: Dated<OfferAnswer>] = [:]
    public private(set) var reminders: [ClientID: [Dated<ReminderSent>]] = [:]
    public private(set) var escalations: [ClientID: [Dated<EscalationRecord>]] = [:]
    public private(set) var writeOffsByInvoice: [InvoiceID: [WriteOff]] = [:]
    /// Events folded so far (duplicates not counted).
    public private(set) var eventCount = 0
    /// Events whose type this version does not know, by type (kept on disk, not folded).
    public private(set) var unknownEventTypes: [String: Int] = [:]
    /// Inconsistencies met while folding, in fold order, for `tagih check` and the status bar.
    public private(set) var problems: [String] = []

    private var seenEvents: Set<EventID> = []
    /// The event that set each client's and invoice's current record, so a
    /// record folded late (a merged journal) only wins if it is newer.
    private var clientVersion: [ClientID: Event.OrderKey] = [:]
    private var invoiceVersion: [InvoiceID: Event.OrderKey] = [:]

    public init() {}

    /// Folds events. The result does not depend on their order, but folding in
    /// `Event.foldOrder` is cheapest.
    public init<S: Sequence>(events: S) where S.Element == Event {
        for e in events { apply(e) }
    }

    /// Folds one event into the book.
    public mutating func apply(_ e: Event) {
        guard seenEvents.insert(e.id).inserted else { return }
        eventCount += 1
        switch e.body {
        case let .clientRecorded(c):
            if let v = clientVersion[c.id], e.orderKey < v { break }
            clientVersion[c.id] = e.orderKey
            clients[c.id] = c
        case let .invoiceIssued(inv):
            if let v = invoiceVersion[inv.id], e.orderKey < v { break }
            invoiceVersion[inv.id] = e.orderKey
            if let old = invoices[inv.id], old.clientID != inv.clientID {
                invoicesByClient[old.clientID]?.removeAll { $0 == inv.id }
            }
            if invoices[inv.id]?.clientID != inv.clientID {
                invoicesByClient[inv.clientID, default: []].append(inv.id)
            }
            invoices[inv.id] = inv
        case var .paymentRecorded(p):
            if p.id.isEmpty { p.id = e.id.raw }
            if let inv = invoices[p.invoiceID], inv.amount.currency != p.amount.currency {
                problems.append("payment \(p.id) is in \(p.amount.currency) for \(inv.number) in \(inv.amount.currency); not counted")
            }
            paymentsByInvoice[p.invoiceID, default: []].append(p)
        case var .interactionLogged(i):
            if i.id.isEmpty { i.id = e.id.raw }
            interactionsByClient[i.clientID, default: []].append(i)
        case let .followUpScheduled(f):
            followUps[f.clientID, default: []].insertSorted(Dated(f, e))
        case let .reasonRecorded(r):
            reasons[r.clientID, default: []].insertSorted(Dated(r, e))
        case var .planAgreed(p):
            if p.id.isEmpty { p.id = e.id.raw }
            plans[p.clientID, default: []].insertSorted(Dated(p, e))
        case var .offerMade(o):
            if o.id.isEmpty { o.id = e.id.raw }
            offers[o.clientID, default: []].insertSorted(Dated(o, e))
        case let .offerAnswered(a):
            if let old = offerAnswers[a.offerID], e.orderKey < old.order { break }
            offerAnswers[a.offerID] = Dated(a, e)
        case let .reminderSent(r):
            reminders[r.clientID, default: []].insertSorted(Dated(r, e))
        case let .escalation(x):
            escalations[x.clientID, default: []].insertSorted(Dated(x, e))
        case var .writtenOff(w):
            if w.id.isEmpty { w.id = e.id.raw }
            writeOffsByInvoice[w.invoiceID, default: []].append(w)
        case let .unknown(type):
            unknownEventTypes[type, default: 0] += 1
        }
    }

    /// Sum written off an invoice, in its currency.
    public func writtenOff(_ invoice: Invoice) -> Money {
        var total = Money.zero(invoice.amount.currency)
        for w in writeOffsByInvoice[invoice.id] ?? [] {
            if let t = try? total.adding(w.amount) { total = t }
        }
        return total
    }

    /// Sum of payments received against an invoice in its own currency.
    /// Payments in another currency are not counted and are reported in `problems`.
    public func paid(_ invoice: Invoice) -> Money {
        var total = Money.zero(invoice.amount.currency)
        for p in paymentsByInvoice[invoice.id] ?? [] {
            if let t = try? total.adding(p.amount) { total = t }
        }
        return total
    }

    /// What is still owed on an invoice: amount less payments and write-offs
    /// (never below zero; an overpayment leaves a zero balance).
    public func balance(_ invoice: Invoice) -> Money {
        let settled = (try? paid(invoice).adding(writtenOff(invoice))) ?? paid(invoice)
        let rest = (try? invoice.amount.subtracting(settled)) ?? invoice.amount
        return rest.isNegative ? .zero(invoice.amount.currency) : rest
    }

    /// The most recent contact with a client, if any.
    public func lastContact(_ client: ClientID) -> Interaction? {
        interactionsByClient[client]?.max { $0.at < $1.at }
    }

    /// A client's contacts, newest first.
    public func timeline(_ client: ClientID) -> [Interaction] {
        (interactionsByClient[client] ?? []).sorted { $0.at != $1.at ? $0.at > $1.at : $0.id > $1.id }
    }

    /// Checks an event against the book before it is written: the reason it is
    /// refused, or nil when it may be saved.
    public func validate(_ body: EventBody) -> String? {
        switch body {
        case let .clientRecorded(c):
            if c.name.trimmingCharacters(in: .whitespaces).isEmpty { return "client name is empty" }
            if let t = c.termsDays, t < 0 || t > 3650 { return "payment terms of \(t) days are out of range (0–3650)" }
        case let .invoiceIssued(i):
            if clients[i.clientID] == nil { return "unknown client \(i.clientID)" }
            if let old = invoices[i.id], old.clientID != i.clientID || old.number != i.number {
                return "invoice id \(i.id) already belongs to \(old.number); refusing to overwrite it"
            }
            if !i.amount.isPositive { return "invoice amount must be positive" }
            if i.amount.minor > Money.limit { return "invoice amount is too large" }
            if i.due < i.issued { return "due date \(i.due) is before the issue date \(i.issued)" }
        case let .paymentRecorded(p):
            guard let inv = invoices[p.invoiceID] else { return "unknown invoice \(p.invoiceID)" }
            if p.amount.currency != inv.amount.currency {
                return "payment in \(p.amount.currency) for an invoice in \(inv.amount.currency)"
            }
            if !p.amount.isPositive { return "payment amount must be positive" }
            if p.amount.minor > balance(inv).minor { return "payment of \(p.amount) is more than the balance of \(inv.number) (\(balance(inv)))" }
            if p.amount.minor > Money.limit { return "payment amount is too large" }
        case let .interactionLogged(i):
            if clients[i.clientID] == nil { return "unknown client \(i.clientID)" }
            if let d = i.durationSeconds, d < 0 || d > 86_400 { return "call duration must be between 0 and 24 hours" }
            for id in i.invoiceIDs where invoices[id] == nil { return "unknown invoice \(id)" }
            if let p = i.promise {
                if !p.amount.isPositive { return "promised amount must be positive" }
                if p.amount.minor > Money.limit { return "promised amount is too large" }
            }
        case let .followUpScheduled(f):
            if clients[f.clientID] == nil { return "unknown client \(f.clientID)" }
        case let .reasonRecorded(r):
            if clients[r.clientID] == nil { return "unknown client \(r.clientID)" }
            if let i = r.invoiceID, invoices[i]?.clientID != r.clientID { return "invoice \(i) is not one of this client's" }
        case let .planAgreed(p):
            if clients[p.clientID] == nil { return "unknown client \(p.clientID)" }
            if p.instalments.isEmpty { return "a plan needs at least one instalment" }
            if p.instalments.contains(where: { !$0.amount.isPositive }) { return "every instalment must be more than zero" }
            if Set(p.instalments.map(\.amount.currency)).count != 1 { return "a plan's instalments must be in one currency" }
            for i in p.invoiceIDs where invoices[i]?.clientID != p.clientID { return "invoice \(i) is not one of this client's" }
        case let .offerMade(o):
            if clients[o.clientID] == nil { return "unknown client \(o.clientID)" }
            if !o.amount.isPositive { return "an offer must be more than zero" }
            if let x = o.expires, x < o.date { return "the offer expires before it was made" }
        case let .offerAnswered(a):
            if !offers.values.contains(where: { $0.contains { $0.value.id == a.offerID } }) { return "unknown offer \(a.offerID)" }
        case let .reminderSent(r):
            if clients[r.clientID] == nil { return "unknown client \(r.clientID)" }
            if r.level < 1 || r.level > 10 { return "reminder level must be 1 to 10" }
        case let .escalation(x):
            if clients[x.clientID] == nil { return "unknown client \(x.clientID)" }
        case let .writtenOff(w):
            guard let inv = invoices[w.invoiceID] else { return "unknown invoice \(w.invoiceID)" }
            if w.amount.currency != inv.amount.currency { return "write-off in \(w.amount.currency) for an invoice in \(inv.amount.currency)" }
            if !w.amount.isPositive { return "a write-off must be more than zero" }
            if w.amount.minor > balance(inv).minor { return "the write-off is more than the balance of \(inv.number)" }
            if w.reason.trimmingCharacters(in: .whitespaces).isEmpty { return "a write-off needs a reason" }
        case .unknown:
            return "unknown event type"
        }
        return nil
    }
}
