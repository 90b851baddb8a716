/// How a contact with a client happened.
public enum InteractionKind: String, Sendable, Codable, CaseIterable {
    case call, letter, email, visit
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
}

/// One recorded contact with a client: a call, a letter, an e-mail or a visit.
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

    public init(id: String, clientID: ClientID, invoiceIDs: [InvoiceID] = [], kind: InteractionKind,
                at: Timestamp, durationSeconds: Int? = nil, outcome: Outcome, notes: String, by: String) {
        self.id = id
        self.clientID = clientID
        self.invoiceIDs = invoiceIDs
        self.kind = kind
        self.at = at
        self.durationSeconds = durationSeconds
        self.outcome = outcome
        self.notes = notes
        self.by = by
    }
}
