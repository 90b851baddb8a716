/// Why a client does not pay, as found out by talking to them.
public enum NonPaymentReason: String, Sendable, Codable, CaseIterable {
    case forgot
    case hardship = "cash-flow-hardship"
    case adminOverload = "admin-overload"
    case dispute
    case unknown

    public var label: String {
        switch self {
        case .forgot: return "forgot"
        case .hardship: return "cash-flow hardship"
        case .adminOverload: return "admin overload"
        case .dispute: return "dispute or complaint"
        case .unknown: return "unknown"
        }
    }

    /// `label` for people, in any language.
    public var sentence: Sentence {
        switch self {
        case .forgot: return Sentence("forgot")
        case .hardship: return Sentence("cash-flow hardship")
        case .adminOverload: return Sentence("admin overload")
        case .dispute: return Sentence("dispute or complaint")
        case .unknown: return Sentence("unknown")
        }
    }

    /// `label` in the command line's language.
    public var localizedLabel: String { sentence.description }

    public init?(name: String) {
        let n = name.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let r = NonPaymentReason(rawValue: n) { self = r; return }
        switch n {
        case "hardship", "cash-flow", "cashflow": self = .hardship
        case "admin", "admin-overload": self = .adminOverload
        case "disputed", "complaint": self = .dispute
        default: return nil
        }
    }
}

/// The reason recorded for a client, or for one invoice where it differs.
/// A later record replaces an earlier one; recording "unknown" on a disputed
/// invoice resolves the dispute.
public struct ReasonRecord: Hashable, Sendable, Codable {
    public var clientID: ClientID
    public var invoiceID: InvoiceID?
    public var reason: NonPaymentReason
    public var note: String
    public init(clientID: ClientID, invoiceID: InvoiceID? = nil, reason: NonPaymentReason, note: String = "") {
        self.clientID = clientID
        self.invoiceID = invoiceID
        self.reason = reason
        self.note = note
    }
}

/// The next follow-up moved to a date (snoozed), with why.
public struct FollowUpScheduled: Hashable, Sendable, Codable {
    public var clientID: ClientID
    public var date: CivilDate
    public var note: String
    public init(clientID: ClientID, date: CivilDate, note: String = "") {
        self.clientID = clientID
        self.date = date
        self.note = note
    }
}

/// One instalment of a payment plan.
public struct Instalment: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var amount: Money
    public init(date: CivilDate, amount: Money) {
        self.date = date
        self.amount = amount
    }
}

/// An agreed schedule of instalments covering some invoices.
public struct PaymentPlan: Hashable, Sendable, Codable {
    public var id: String
    public var clientID: ClientID
    public var invoiceIDs: [InvoiceID]
    public var agreedOn: CivilDate
    public var instalments: [Instalment]
    public var note: String
    public init(id: String, clientID: ClientID, invoiceIDs: [InvoiceID], agreedOn: CivilDate,
                instalments: [Instalment], note: String = "") {
        self.id = id
        self.clientID = clientID
        self.invoiceIDs = invoiceIDs
        self.agreedOn = agreedOn
        self.instalments = instalments
        self.note = note
    }
}

/// Who made a settlement offer.
public enum OfferParty: String, Sendable, Codable, CaseIterable {
    case us, client
}

/// An offer to settle a client's debt for less than the balance.
public struct SettlementOffer: Hashable, Sendable, Codable {
    public var id: String
    public var clientID: ClientID
    public var amount: Money
    public var offeredBy: OfferParty
    public var date: CivilDate
    public var expires: CivilDate?
    public var note: String
    public init(id: String, clientID: ClientID, amount: Money, offeredBy: OfferParty, date: CivilDate,
                expires: CivilDate? = nil, note: String = "") {
        self.id = id
        self.clientID = clientID
        self.amount = amount
        self.offeredBy = offeredBy
        self.date = date
        self.expires = expires
        self.note = note
    }
}

/// The answer to an offer.
public enum OfferStatus: String, Sendable, Codable {
    case proposed, accepted, rejected, expired
}

public struct OfferAnswer: Hashable, Sendable, Codable {
    public var offerID: String
    public var status: OfferStatus
    public var date: CivilDate
    /// For an accepted offer: the day the agreed amount is to be paid by (the
    /// last instalment's day when it is paid in instalments).
    public var payBy: CivilDate?
    /// For an accepted offer paid in instalments: how many (a plan is agreed with it).
    public var instalments: Int?
    /// For an accepted offer: the invoices it settles and their balance then.
    /// Only these are written off when it is paid, and at most that balance
    /// less the agreed amount: an invoice added or grown later is not part of it.
    public var invoiceIDs: [InvoiceID]?
    public var balance: Money?
    public init(offerID: String, status: OfferStatus, date: CivilDate, payBy: CivilDate? = nil, instalments: Int? = nil,
                invoiceIDs: [InvoiceID]? = nil, balance: Money? = nil) {
        self.offerID = offerID
        self.status = status
        self.date = date
        self.payBy = payBy
        self.instalments = instalments
        self.invoiceIDs = invoiceIDs
        self.balance = balance
    }
}

/// A reminder sent on the ladder (1 friendly, 2 firm, 3 final...).
public struct ReminderSent: Hashable, Sendable, Codable {
    public var clientID: ClientID
    public var level: Int
    public var invoiceIDs: [InvoiceID]
    /// A copy of the text sent, when there is one.
    public var text: String
    public init(clientID: ClientID, level: Int, invoiceIDs: [InvoiceID] = [], text: String = "") {
        self.clientID = clientID
        self.level = level
        self.invoiceIDs = invoiceIDs
        self.text = text
    }
}

/// A client handed to its owner salesperson, or the owner's side of the story.
public struct EscalationRecord: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable { case escalated, ownerNote = "owner-note" }
    public var clientID: ClientID
    public var kind: Kind
    public var owner: String
    public var note: String
    public init(clientID: ClientID, kind: Kind, owner: String, note: String = "") {
        self.clientID = clientID
        self.kind = kind
        self.owner = owner
        self.note = note
    }
}

/// Part or all of an invoice given up, with the reason.
public struct WriteOff: Hashable, Sendable, Codable {
    public var id: String
    public var invoiceID: InvoiceID
    public var amount: Money
    public var reason: String
    public var date: CivilDate
    public init(id: String, invoiceID: InvoiceID, amount: Money, reason: String, date: CivilDate) {
        self.id = id
        self.invoiceID = invoiceID
        self.amount = amount
        self.reason = reason
        self.date = date
    }
}
