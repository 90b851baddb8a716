/// One change to the book. The book is the fold of all its events; nothing is
/// ever edited in place, corrections are new events.
public struct Event: Sendable, Equatable, Codable {
    public var id: EventID
    /// When the change was made (the author's clock).
    public var at: Timestamp
    /// The device whose journal holds this event.
    public var device: String
    /// Position in that device's journal, from 1.
    public var seq: Int64
    /// The person who made the change.
    public var author: String
    public var body: EventBody

    public init(id: EventID, at: Timestamp, device: String, seq: Int64, author: String, body: EventBody) {
        self.id = id
        self.at = at
        self.device = device
        self.seq = seq
        self.author = author
        self.body = body
    }

    /// The total order in which events are folded: time, then device, then sequence.
    public static func foldOrder(_ a: Event, _ b: Event) -> Bool {
        if a.at != b.at { return a.at < b.at }
        if a.device != b.device { return a.device < b.device }
        return a.seq < b.seq
    }

    /// The sort key of `foldOrder`, comparable on its own; two events at one
    /// time, device and sequence (a conflict) are ordered by their fingerprints,
    /// so that even then the book does not depend on the order of the files.
    public struct OrderKey: Comparable, Sendable {
        let at: Timestamp
        let device: String
        let seq: Int64
        let print: UInt64
        public static func < (a: OrderKey, b: OrderKey) -> Bool {
            (a.at, a.device, a.seq, a.print) < (b.at, b.device, b.seq, b.print)
        }
    }

    /// The order key, given the event's fingerprint (worked out once per fold).
    func orderKey(print: UInt64) -> OrderKey { OrderKey(at: at, device: device, seq: seq, print: print) }

    private enum CodingKeys: String, CodingKey { case id, at, dev, seq, by, type, data }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(EventID.self, forKey: .id)
        at = try c.decode(Timestamp.self, forKey: .at)
        device = try c.decode(String.self, forKey: .dev)
        seq = try c.decode(Int64.self, forKey: .seq)
        author = try c.decode(String.self, forKey: .by)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case EventBody.Kind.clientRecorded.rawValue:
            body = .clientRecorded(try c.decode(Client.self, forKey: .data))
        case EventBody.Kind.invoiceIssued.rawValue:
            body = .invoiceIssued(try c.decode(Invoice.self, forKey: .data))
        case EventBody.Kind.paymentRecorded.rawValue:
            body = .paymentRecorded(try c.decode(Payment.self, forKey: .data))
        case EventBody.Kind.interactionLogged.rawValue:
            body = .interactionLogged(try c.decode(Interaction.self, forKey: .data))
        case EventBody.Kind.followUpScheduled.rawValue:
            body = .followUpScheduled(try c.decode(FollowUpScheduled.self, forKey: .data))
        case EventBody.Kind.reasonRecorded.rawValue:
            body = .reasonRecorded(try c.decode(ReasonRecord.self, forKey: .data))
        case EventBody.Kind.planAgreed.rawValue:
            body = .planAgreed(try c.decode(PaymentPlan.self, forKey: .data))
        case EventBody.Kind.offerMade.rawValue:
            body = .offerMade(try c.decode(SettlementOffer.self, forKey: .data))
        case EventBody.Kind.offerAnswered.rawValue:
            body = .offerAnswered(try c.decode(OfferAnswer.self, forKey: .data))
        case EventBody.Kind.reminderSent.rawValue:
            body = .reminderSent(try c.decode(ReminderSent.self, forKey: .data))
        case EventBody.Kind.escalation.rawValue:
            body = .escalation(try c.decode(EscalationRecord.self, forKey: .data))
        case EventBody.Kind.writtenOff.rawValue:
            body = .writtenOff(try c.decode(WriteOff.self, forKey: .data))
        case EventBody.Kind.corrected.rawValue:
            body = .corrected(try c.decode(Correction.self, forKey: .data))
        default:
            body = .unknown(type: type)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(device, forKey: .dev)
        try c.encode(seq, forKey: .seq)
        try c.encode(author, forKey: .by)
        try c.encode(body.kind, forKey: .type)
        switch body {
        case let .clientRecorded(v): try c.encode(v, forKey: .data)
        case let .invoiceIssued(v): try c.encode(v, forKey: .data)
        case let .paymentRecorded(v): try c.encode(v, forKey: .data)
        case let .interactionLogged(v): try c.encode(v, forKey: .data)
        case let .followUpScheduled(v): try c.encode(v, forKey: .data)
        case let .reasonRecorded(v): try c.encode(v, forKey: .data)
        case let .planAgreed(v): try c.encode(v, forKey: .data)
        case let .offerMade(v): try c.encode(v, forKey: .data)
        case let .offerAnswered(v): try c.encode(v, forKey: .data)
        case let .reminderSent(v): try c.encode(v, forKey: .data)
        case let .escalation(v): try c.encode(v, forKey: .data)
        case let .writtenOff(v): try c.encode(v, forKey: .data)
        case let .corrected(v): try c.encode(v, forKey: .data)
        case .unknown: break
        }
    }
}

/// What an event says happened.
public enum EventBody: Sendable, Equatable {
    /// A client was added, or its details changed (the whole record, last one wins).
    case clientRecorded(Client)
    case invoiceIssued(Invoice)
    case paymentRecorded(Payment)
    case interactionLogged(Interaction)
    /// The next follow-up moved (snoozed) to a date.
    case followUpScheduled(FollowUpScheduled)
    /// Why the client does not pay.
    case reasonRecorded(ReasonRecord)
    case planAgreed(PaymentPlan)
    case offerMade(SettlementOffer)
    case offerAnswered(OfferAnswer)
    case reminderSent(ReminderSent)
    case escalation(EscalationRecord)
    case writtenOff(WriteOff)
    /// A payment reversed, a credit note, a void, an amended contact, an undo.
    case corrected(Correction)
    /// An event type this version does not know (written by a newer tagih); kept, not folded.
    case unknown(type: String)

    /// The type tag written to the journal.
    public enum Kind: String, Sendable, Codable {
        case clientRecorded = "client.recorded"
        case invoiceIssued = "invoice.issued"
        case paymentRecorded = "payment.recorded"
        case interactionLogged = "interaction.logged"
        case followUpScheduled = "followup.scheduled"
        case reasonRecorded = "reason.recorded"
        case planAgreed = "plan.agreed"
        case offerMade = "offer.made"
        case offerAnswered = "offer.answered"
        case reminderSent = "reminder.sent"
        case escalation = "client.escalation"
        case writtenOff = "invoice.written-off"
        case corrected = "record.corrected"
    }

    public var kind: String {
        switch self {
        case .clientRecorded: return Kind.clientRecorded.rawValue
        case .invoiceIssued: return Kind.invoiceIssued.rawValue
        case .paymentRecorded: return Kind.paymentRecorded.rawValue
        case .interactionLogged: return Kind.interactionLogged.rawValue
        case .followUpScheduled: return Kind.followUpScheduled.rawValue
        case .reasonRecorded: return Kind.reasonRecorded.rawValue
        case .planAgreed: return Kind.planAgreed.rawValue
        case .offerMade: return Kind.offerMade.rawValue
        case .offerAnswered: return Kind.offerAnswered.rawValue
        case .reminderSent: return Kind.reminderSent.rawValue
        case .escalation: return Kind.escalation.rawValue
        case .writtenOff: return Kind.writtenOff.rawValue
        case .corrected: return Kind.corrected.rawValue
        case let .unknown(type): return type
        }
    }
}

/// An event before it is written: what happened, when and by whom. The journal
/// gives it its id, device and sequence number when it appends it.
public struct PendingEvent: Sendable, Equatable {
    public var at: Timestamp
    public var author: String
    public var body: EventBody

    public init(at: Timestamp, author: String, body: EventBody) {
        self.at = at
        self.author = author
        self.body = body
    }
}
