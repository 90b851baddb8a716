import Foundation

/// How a contact with a client happened.
public enum InteractionKind: String, Sendable, Codable, CaseIterable {
    case call, letter, email, visit

    /// The outcomes that make sense for this kind of contact, most common first.
    public var outcomes: [Outcome] {
        switch self {
        case .call: return [.reached, .noAnswer, .voicemail, .wrongNumber, .promised, .disputed, .refused]
        case .letter, .email: return [.sent, .promised, .disputed, .refused]
        case .visit: return [.reached, .noAnswer, .promised, .disputed, .refused]
        }
    }

    /// The kind's name for people, in any language: `call`, `telepon`.
    public var name: Sentence {
        switch self {
        case .call: return Sentence("call")
        case .letter: return Sentence("letter")
        case .email: return Sentence("email")
        case .visit: return Sentence("visit")
        }
    }

    /// The kind's name in the command line's language.
    public var localizedName: String { name.description }
}

/// What came of a contact.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case reached
    case noAnswer = "no-answer"
    case voicemail
    case wrongNumber = "wrong-number"
    case promised
    case disputed
    case refused
    case sent

    /// Words for people: `no answer`, `promised to pay`.
    public var label: String {
        switch self {
        case .reached: return "reached"
        case .noAnswer: return "no answer"
        case .voicemail: return "voicemail"
        case .wrongNumber: return "wrong number"
        case .promised: return "promised to pay"
        case .disputed: return "disputed"
        case .refused: return "refused"
        case .sent: return "sent"
        }
    }

    /// `label` for people, in any language (`label` itself stays English: it
    /// is also a name the forms and exports match on).
    public var sentence: Sentence {
        switch self {
        case .reached: return Sentence("reached")
        case .noAnswer: return Sentence("no answer")
        case .voicemail: return Sentence("voicemail")
        case .wrongNumber: return Sentence("wrong number")
        case .promised: return Sentence("promised to pay")
        case .disputed: return Sentence("disputed")
        case .refused: return Sentence("refused")
        case .sent: return Sentence("sent")
        }
    }

    /// `label` in the command line's language.
    public var localizedLabel: String { sentence.description }

    /// Parses a name as typed on the command line (`no-answer`, `promised`).
    public init?(name: String) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        if let o = Outcome(rawValue: n) { self = o; return }
        if n == "promised-to-pay" || n == "promise" { self = .promised; return }
        return nil
    }
}

/// A client's promise to pay an amount by a date.
public struct PromiseToPay: Hashable, Sendable, Codable {
    public var amount: Money
    public var date: CivilDate
    public init(amount: Money, date: CivilDate) {
        self.amount = amount
        self.date = date
    }
}

/// One recorded contact with a client: a call, a letter, an e-mail or a visit.
///
/// A record written by the app has an empty `id` and takes its event's id when folded.
public struct Interaction: Hashable, Sendable, Codable {
    public var id: String
    public var clientID: ClientID
    /// The invoices it was about; empty when about the client as a whole.
    public var invoiceIDs: [InvoiceID]
    public var kind: InteractionKind
    public var at: Timestamp
    /// Length of a call in seconds; nil for other kinds.
    public var durationSeconds: Int?
    public var outcome: Outcome
    public var notes: String
    /// Who made the contact.
    public var by: String
    /// When to contact the client next, as agreed or planned.
    public var nextFollowUp: CivilDate?
    /// What the client promised, if anything.
    public var promise: PromiseToPay?
    /// For a letter: where a copy of it is kept (a path), if not in `notes`.
    public var copyPath: String?
    /// Set when the user went ahead despite the contact-frequency guard: why it warned.
    public var guardOverride: String?

    public init(id: String, clientID: ClientID, invoiceIDs: [InvoiceID] = [], kind: InteractionKind,
                at: Timestamp, durationSeconds: Int? = nil, outcome: Outcome, notes: String, by: String,
                nextFollowUp: CivilDate? = nil, promise: PromiseToPay? = nil, copyPath: String? = nil) {
        self.id = id
        self.clientID = clientID
        self.invoiceIDs = invoiceIDs
        self.kind = kind
        self.at = at
        self.durationSeconds = durationSeconds
        self.outcome = outcome
        self.notes = notes
        self.by = by
        self.nextFollowUp = nextFollowUp
        self.promise = promise
        self.copyPath = copyPath
    }
}
