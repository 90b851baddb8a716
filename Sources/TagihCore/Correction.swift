/// A correction of something already recorded, written as a new event: the
/// record it corrects stays in the journal as it was.
///
/// One event type carries every kind, so that an older tagih keeps them all
/// as one unknown type and a newer one adds kinds without a new type.
public struct Correction: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A payment did not happen (a bounced transfer, *giro/cek tolak*,
        /// entered twice, on the wrong invoice): the balance returns.
        case reversePayment = "reverse-payment"
        /// A credit note: less is owed, nothing was collected.
        case credit
        /// An invoice issued by mistake: nothing is owed on it.
        case void
        /// A logged contact's note, outcome or promise changed.
        case amendContact = "amend-contact"
        /// A logged contact taken back (undone).
        case withdrawContact = "withdraw-contact"
        /// A workflow record or a correction taken back (undone), by its event id.
        case withdraw
        /// A client added by mistake, with nothing recorded against it.
        case removeClient = "remove-client"
    }

    /// The correction's own id (the event's, when written empty).
    public var id: String
    public var kind: Kind
    public var clientID: ClientID
    public var invoiceID: InvoiceID?
    /// What it corrects: a payment id, a contact id or an event id ("" for a
    /// credit, a void or a removed client).
    public var target: String
    /// The credit's amount.
    public var amount: Money?
    /// Why, in the user's words.
    public var reason: String
    /// The day it takes effect.
    public var date: CivilDate
    /// An amended contact's new notes, outcome and promise (nil: unchanged).
    public var notes: String?
    public var outcome: Outcome?
    public var promise: PromiseToPay?
    /// An amendment that takes the contact's promise away.
    public var dropsPromise: Bool
    /// An amended contact's next follow-up (moved with its promise).
    public var nextFollowUp: CivilDate?

    public init(id: String = "", kind: Kind, clientID: ClientID, invoiceID: InvoiceID? = nil, target: String = "",
                amount: Money? = nil, reason: String, date: CivilDate, notes: String? = nil, outcome: Outcome? = nil,
                promise: PromiseToPay? = nil, dropsPromise: Bool = false, nextFollowUp: CivilDate? = nil) {
        self.id = id
        self.kind = kind
        self.clientID = clientID
        self.invoiceID = invoiceID
        self.target = target
        self.amount = amount
        self.reason = reason
        self.date = date
        self.notes = notes
        self.outcome = outcome
        self.promise = promise
        self.dropsPromise = dropsPromise
        self.nextFollowUp = nextFollowUp
    }

    /// The contact as this amendment leaves it.
    public func amending(_ i: Interaction) -> Interaction {
        var out = i
        if let n = notes { out.notes = n }
        if let o = outcome { out.outcome = o }
        if let p = promise { out.promise = p }
        if dropsPromise { out.promise = nil }
        if let n = nextFollowUp { out.nextFollowUp = n }
        return out
    }
}

/// What a client's corrections add up to, worked out again from them
/// whenever one arrives (so it never depends on the order they came in).
public struct Fixes: Sendable, Equatable {
    /// Reversed payments, by payment id.
    public internal(set) var reversed: [String: Dated<Correction>] = [:]
    /// Credit notes per invoice, in fold order.
    public internal(set) var credits: [InvoiceID: [Dated<Correction>]] = [:]
    /// Voided invoices.
    public internal(set) var voided: [InvoiceID: Dated<Correction>] = [:]
    /// Amendments (and a withdrawal) per contact id, in fold order.
    public internal(set) var amendments: [String: [Dated<Correction>]] = [:]
    /// Set when the client was removed.
    public internal(set) var removed: Dated<Correction>?

    init(_ all: [Dated<Correction>], withdrawn: Set<EventID>) {
        for d in all where !withdrawn.contains(d.event) {
            let c = d.value
            switch c.kind {
            case .reversePayment: reversed[c.target] = d
            case .credit: if let i = c.invoiceID { credits[i, default: []].append(d) }
            case .void: if let i = c.invoiceID { voided[i] = d }
            case .amendContact, .withdrawContact: amendments[c.target, default: []].append(d)
            case .removeClient: removed = d
            case .withdraw: break
            }
        }
    }

    init() {}

    /// The contact after its amendments, nil when it was withdrawn.
    func amended(_ i: Interaction) -> Interaction? {
        var out = i
        for d in amendments[i.id] ?? [] {
            if d.value.kind == .withdrawContact { return nil }
            out = d.value.amending(out)
        }
        return out
    }
}
