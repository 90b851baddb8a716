import Foundation

/// The state of a set of books: the fold of every event, in fold order.
///
/// Folding is tolerant of merge order: payments and contacts are kept by the
/// id they refer to, so a payment seen before its invoice still counts once the
/// invoice arrives, and every list is kept in a fixed order (contacts by time,
/// payments by date, then id), so the same events give the same book in
/// whatever order they are folded. A duplicate event id (the same event
/// merged twice) is ignored.
public struct Book: Sendable, Equatable {
    public internal(set) var clients: [ClientID: Client] = [:]
    public internal(set) var invoices: [InvoiceID: Invoice] = [:]
    public internal(set) var paymentsByInvoice: [InvoiceID: [Payment]] = [:]
    public internal(set) var interactionsByClient: [ClientID: [Interaction]] = [:]
    public internal(set) var invoicesByClient: [ClientID: [InvoiceID]] = [:]
    /// Workflow records per client, each with the event that made it, in fold order.
    public internal(set) var followUps: [ClientID: [Dated<FollowUpScheduled>]] = [:]
    public internal(set) var reasons: [ClientID: [Dated<ReasonRecord>]] = [:]
    public internal(set) var plans: [ClientID: [Dated<PaymentPlan>]] = [:]
    public internal(set) var offers: [ClientID: [Dated<SettlementOffer>]] = [:]
    public internal(set) var offerAnswers: [String: Dated<OfferAnswer>] = [:]
    public internal(set) var reminders: [ClientID: [Dated<ReminderSent>]] = [:]
    public internal(set) var escalations: [ClientID: [Dated<EscalationRecord>]] = [:]
    public internal(set) var writeOffsByInvoice: [InvoiceID: [WriteOff]] = [:]
    /// Earlier versions of client records that a later one replaced (each
    /// with who wrote it and when), oldest first: when two people edit the
    /// same client, the later edit wins and the other stays here.
    public internal(set) var supersededClients: [ClientID: [Dated<Client>]] = [:]
    /// The same for invoice records (a corrected amount or due date).
    public internal(set) var supersededInvoices: [InvoiceID: [Dated<Invoice>]] = [:]
    /// Corrections per client, in fold order (withdrawn ones too), and what they add up to.
    public internal(set) var corrections: [ClientID: [Dated<Correction>]] = [:]
    public internal(set) var fixes: [ClientID: Fixes] = [:]
    /// Events taken back by an undo: their records are left out wherever they arrive.
    public internal(set) var withdrawnEvents: Set<EventID> = []
    /// Reversed payments per invoice (kept out of `paymentsByInvoice`).
    public internal(set) var reversedPayments: [InvoiceID: [Payment]] = [:]
    var reversedPaymentIDs: Set<String> = []
    /// Contacts as first logged, for those later amended.
    var originalContacts: [String: Interaction] = [:]
    /// Events folded so far (duplicates not counted).
    public internal(set) var eventCount = 0
    /// Events whose type this version does not know, by type (kept on disk, not folded).
    public internal(set) var unknownEventTypes: [String: Int] = [:]
    /// Events left out because a value was outside `EventLimits` (the store
    /// names each by file and offset).
    public internal(set) var eventsOutOfLimits = 0
    /// The sum of the current invoices' amounts per currency, kept as the
    /// book is folded, for the limit on a book's total (`Money.bookLimit`).
    public internal(set) var invoicedTotals = MoneyTotals()
    /// Inconsistencies in the book (a payment in another currency than its
    /// invoice), worked out when asked, so they never depend on fold order.
    public var problems: [String] {
        var out: [String] = []
        for (id, payments) in paymentsByInvoice {
            guard let inv = invoices[id] else { continue }
            for p in payments where p.amount.currency != inv.amount.currency {
                out.append(tr("payment {0} is in {1} for {2} in {3}; not counted", p.id, p.amount.currency, inv.number, inv.amount.currency))
            }
        }
        return out.sorted()
    }

    var seenEvents = EventIDSet()
    /// The event that set each client's and invoice's current record, so a
    /// record folded late (a merged journal) only wins if it is newer.
    var clientVersion: [ClientID: RecordStamp] = [:]
    var invoiceVersion: [InvoiceID: RecordStamp] = [:]

    public init() {}

    /// Folds events. The result does not depend on their order, but folding in
    /// `Event.foldOrder` is cheapest.
    public init<S: Sequence>(events: S) where S.Element == Event {
        for e in events { apply(e) }
    }

    /// Folds one event into the book. An event outside `EventLimits` is left
    /// out (counted in `eventsOutOfLimits`); one whose id is already in the
    /// book with the same content is the same event again and counts once;
    /// one whose id is in the book with other content is a conflict: it is
    /// folded too (both records stay visible) and its id is listed in `idConflicts`.
    public mutating func apply(_ e: Event) {
        guard e.limitProblem == nil else { eventsOutOfLimits += 1; return }
        apply(checked: e, fingerprint: e.fingerprint)
    }

    /// Folds an event already held to `EventLimits`, whose fingerprint the
    /// caller worked out (the store does both while decoding, on every core).
    public mutating func apply(checked e: Event, fingerprint print: UInt64) {
        switch seenEvents.insert(e.id, print: print) {
        case .duplicate: return
        case .new, .conflict: break
        }
        eventCount += 1
        fold(e, e.orderKey(print: print))
    }

    private mutating func fold(_ e: Event, _ key: Event.OrderKey) {
        switch e.body {
        case let .clientRecorded(c):
            guard Book.takeVersion(c, id: c.id, from: e, key, current: clients[c.id], stamps: &clientVersion, history: &supersededClients) else { break }
            clients[c.id] = c
        case let .invoiceIssued(inv):
            guard Book.takeVersion(inv, id: inv.id, from: e, key, current: invoices[inv.id], stamps: &invoiceVersion,
                                   history: &supersededInvoices) else { break }
            if let old = invoices[inv.id], old.clientID != inv.clientID {
                invoicesByClient[old.clientID]?.removeAll { $0 == inv.id }
                if invoicesByClient[old.clientID]?.isEmpty == true { invoicesByClient[old.clientID] = nil }
            }
            if invoices[inv.id]?.clientID != inv.clientID {
                invoicesByClient[inv.clientID, default: []].insertKeepingOrder(inv.id) { $0 < $1 }
            }
            invoicedTotals.replace(invoices[inv.id]?.amount, with: inv.amount)
            invoices[inv.id] = inv
        case var .paymentRecorded(p):
            if p.id.isEmpty { p.id = e.id.raw }
            if !reversedPaymentIDs.isEmpty && reversedPaymentIDs.contains(p.id) {
                reversedPayments[p.invoiceID, default: []].insertKeepingOrder(p, by: Payment.foldLess)
            } else {
                paymentsByInvoice[p.invoiceID, default: []].insertKeepingOrder(p, by: Payment.foldLess)
            }
        case var .interactionLogged(i):
            if i.id.isEmpty { i.id = e.id.raw }
            foldContact(i)
        case let .corrected(c):
            foldCorrection(c, e, key)
        case _ where !withdrawnEvents.isEmpty && withdrawnEvents.contains(e.id):
            break
        case let .followUpScheduled(f):
            followUps[f.clientID, default: []].insertSorted(Dated(f, e, key))
        case let .reasonRecorded(r):
            reasons[r.clientID, default: []].insertSorted(Dated(r, e, key))
        case var .planAgreed(p):
            if p.id.isEmpty { p.id = e.id.raw }
            plans[p.clientID, default: []].insertSorted(Dated(p, e, key))
        case var .offerMade(o):
            if o.id.isEmpty { o.id = e.id.raw }
            offers[o.clientID, default: []].insertSorted(Dated(o, e, key))
        case let .offerAnswered(a):
            if let old = offerAnswers[a.offerID], key < old.order { break }
            offerAnswers[a.offerID] = Dated(a, e, key)
        case let .reminderSent(r):
            reminders[r.clientID, default: []].insertSorted(Dated(r, e, key))
        case let .escalation(x):
            escalations[x.clientID, default: []].insertSorted(Dated(x, e, key))
        case var .writtenOff(w):
            if w.id.isEmpty { w.id = e.id.raw }
            if !withdrawnEvents.isEmpty && withdrawnEvents.contains(EventID(w.id)) { break }
            writeOffsByInvoice[w.invoiceID, default: []].insertKeepingOrder(w, by: WriteOff.foldLess)
        case let .unknown(type):
            unknownEventTypes[type, default: 0] += 1
        }
    }

    /// Whether `record`, written by `e`, becomes the current version: it does
    /// unless a newer one is already folded. The version that loses (the
    /// older current one, or `record` itself) goes into `history` with its author.
    private static func takeVersion<ID: Hashable, R: Sendable>(_ record: R, id: ID, from e: Event, _ key: Event.OrderKey, current: R?,
                                                              stamps: inout [ID: RecordStamp], history: inout [ID: [Dated<R>]]) -> Bool {
        if let v = stamps[id], key < v.order {
            // Versions keep no event id (the one that replaced a version does not know it), so any order gives the same history.
            history[id, default: []].insertSorted(Dated(value: record, at: e.at, by: e.author, order: key))
            return false
        }
        if let old = current, let v = stamps[id] {
            history[id, default: []].insertSorted(Dated(value: old, at: v.order.at, by: v.author, order: v.order))
        }
        stamps[id] = RecordStamp(order: key, author: e.author)
        return true
    }

    /// Sum written off an invoice, in its currency.
    public func writtenOff(_ invoice: Invoice) -> Money {
        Money(minor: MoneyTotals.clamped(writtenOffExactly(invoice)), currency: invoice.amount.currency)
    }

    /// Sum of payments received against an invoice in its own currency.
    /// Payments in another currency are not counted and are reported in `problems`.
    public func paid(_ invoice: Invoice) -> Money {
        Money(minor: MoneyTotals.clamped(paidExactly(invoice)), currency: invoice.amount.currency)
    }

    /// What is still owed on an invoice: amount less payments and write-offs
    /// (never below zero; an overpayment leaves a zero balance). Worked out in
    /// 128 bits, so that no number of payments in a merged book can overflow it.
    public func balance(_ invoice: Invoice) -> Money {
        if !fixes.isEmpty, fixes[invoice.clientID]?.voided[invoice.id] != nil { return Money(minor: 0, currency: invoice.amount.currency) }
        let rest = Int128(invoice.amount.minor) - paidExactly(invoice) - writtenOffExactly(invoice) - creditedExactly(invoice)
        return Money(minor: rest < 0 ? 0 : MoneyTotals.clamped(rest), currency: invoice.amount.currency)
    }

    /// The payments against an invoice in its currency, summed exactly.
    func paidExactly(_ invoice: Invoice) -> Int128 {
        var total: Int128 = 0
        for p in paymentsByInvoice[invoice.id] ?? [] where p.amount.currency == invoice.amount.currency { total += Int128(p.amount.minor) }
        return total
    }

    /// The write-offs of an invoice in its currency, summed exactly.
    func writtenOffExactly(_ invoice: Invoice) -> Int128 {
        var total: Int128 = 0
        for w in writeOffsByInvoice[invoice.id] ?? [] where w.amount.currency == invoice.amount.currency { total += Int128(w.amount.minor) }
        return total
    }

    /// The most recent contact with a client, if any.
    public func lastContact(_ client: ClientID) -> Interaction? {
        interactionsByClient[client]?.max { $0.at < $1.at }
    }

    /// A client's contacts, newest first.
    /// Every version of a client's record, oldest first, the current one last,
    /// each with who wrote it and when.
    public func clientHistory(_ client: ClientID) -> [Dated<Client>] {
        var all = supersededClients[client] ?? []
        if let c = clients[client], let v = clientVersion[client] {
            all.append(Dated(value: c, at: v.order.at, by: v.author, order: v.order))
        }
        return all
    }

    /// Every version of an invoice's record, oldest first, the current one last.
    public func invoiceHistory(_ invoice: InvoiceID) -> [Dated<Invoice>] {
        var all = supersededInvoices[invoice] ?? []
        if let i = invoices[invoice], let v = invoiceVersion[invoice] {
            all.append(Dated(value: i, at: v.order.at, by: v.author, order: v.order))
        }
        return all
    }

    public func timeline(_ client: ClientID) -> [Interaction] {
        (interactionsByClient[client] ?? []).sorted { $0.at != $1.at ? $0.at > $1.at : $0.id > $1.id }
    }

    /// Checks an event against the book before it is written: the reason it is
    /// refused, or nil when it may be saved.
    public func validate(_ body: EventBody) -> String? {
        switch body {
        case let .clientRecorded(c):
            if c.name.trimmingCharacters(in: .whitespaces).isEmpty { return tr("client name is empty") }
            if let t = c.termsDays, t < 0 || t > 3650 { return tr("payment terms of {0} days are out of range (0–3650)", t) }
        case let .invoiceIssued(i):
            if clients[i.clientID] == nil { return tr("unknown client {0}", i.clientID) }
            if let old = invoices[i.id], old.clientID != i.clientID || old.number != i.number {
                return tr("invoice id {0} already belongs to {1}; refusing to overwrite it", i.id, old.number)
            }
            if !i.amount.isPositive { return tr("invoice amount must be positive") }
            if i.amount.minor > Money.limit { return tr("invoice amount is too large") }
            if i.due < i.issued { return tr("due date {0} is before the issue date {1}", i.due, i.issued) }
            if let p = bookTotalProblem(i) { return p }
        case let .paymentRecorded(p):
            guard let inv = invoices[p.invoiceID] else { return tr("unknown invoice {0}", p.invoiceID) }
            if p.amount.currency != inv.amount.currency {
                return tr("payment in {0} for an invoice in {1}", p.amount.currency, inv.amount.currency)
            }
            if !p.amount.isPositive { return tr("payment amount must be positive") }
            if p.amount.minor > balance(inv).minor { return tr("payment of {0} is more than the balance of {1} ({2})", p.amount, inv.number, balance(inv)) }
            if p.amount.minor > Money.limit { return tr("payment amount is too large") }
        case let .interactionLogged(i):
            if clients[i.clientID] == nil { return tr("unknown client {0}", i.clientID) }
            if let d = i.durationSeconds, d < 0 || d > 86_400 { return tr("call duration must be between 0 and 24 hours") }
            for id in i.invoiceIDs where invoices[id] == nil { return tr("unknown invoice {0}", id) }
            if let p = i.promise {
                if !p.amount.isPositive { return tr("promised amount must be positive") }
                if p.amount.minor > Money.limit { return tr("promised amount is too large") }
            }
        case let .followUpScheduled(f):
            if clients[f.clientID] == nil { return tr("unknown client {0}", f.clientID) }
        case let .reasonRecorded(r):
            if clients[r.clientID] == nil { return tr("unknown client {0}", r.clientID) }
            if let i = r.invoiceID, invoices[i]?.clientID != r.clientID { return tr("invoice {0} is not one of this client's", i) }
        case let .planAgreed(p):
            if clients[p.clientID] == nil { return tr("unknown client {0}", p.clientID) }
            if p.instalments.isEmpty { return tr("a plan needs at least one instalment") }
            if p.instalments.contains(where: { !$0.amount.isPositive }) { return tr("every instalment must be more than zero") }
            if Set(p.instalments.map(\.amount.currency)).count != 1 { return tr("a plan's instalments must be in one currency") }
            for i in p.invoiceIDs where invoices[i]?.clientID != p.clientID { return tr("invoice {0} is not one of this client's", i) }
        case let .offerMade(o):
            if clients[o.clientID] == nil { return tr("unknown client {0}", o.clientID) }
            if !o.amount.isPositive { return tr("an offer must be more than zero") }
            if let x = o.expires, x < o.date { return tr("the offer expires before it was made") }
        case let .offerAnswered(a):
            if !offers.values.contains(where: { $0.contains { $0.value.id == a.offerID } }) { return tr("unknown offer {0}", a.offerID) }
        case let .reminderSent(r):
            if clients[r.clientID] == nil { return tr("unknown client {0}", r.clientID) }
            if r.level < 1 || r.level > 10 { return tr("reminder level must be 1 to 10") }
        case let .escalation(x):
            if clients[x.clientID] == nil { return tr("unknown client {0}", x.clientID) }
        case let .writtenOff(w):
            guard let inv = invoices[w.invoiceID] else { return tr("unknown invoice {0}", w.invoiceID) }
            if w.amount.currency != inv.amount.currency { return tr("write-off in {0} for an invoice in {1}", w.amount.currency, inv.amount.currency) }
            if !w.amount.isPositive { return tr("a write-off must be more than zero") }
            if w.amount.minor > balance(inv).minor { return tr("the write-off is more than the balance of {0}", inv.number) }
            if w.reason.trimmingCharacters(in: .whitespaces).isEmpty { return tr("a write-off needs a reason") }
        case let .corrected(c):
            if let p = correctionProblem(c) { return p }
        case .unknown:
            return tr("unknown event type")
        }
        return body.limitProblem
    }
}

/// The event that wrote a client's or invoice's current record, and who made it:
/// a record folded late only wins if its event is newer.
struct RecordStamp: Equatable, Sendable {
    let order: Event.OrderKey
    let author: String
}
