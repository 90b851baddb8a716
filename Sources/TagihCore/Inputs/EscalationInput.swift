/// Handing a client to its owner salesperson, or recording the owner's side
/// of the story, from the forms or `tagih escalate [--owner-note]`.
public struct EscalationInput: Sendable, Equatable {
    public var clientID: ClientID
    public var kind: EscalationRecord.Kind
    /// The owner as typed; empty for the client's owner.
    public var owner: String
    public var note: String

    public init(clientID: ClientID, kind: EscalationRecord.Kind = .escalated, owner: String = "", note: String = "") {
        self.clientID = clientID
        self.kind = kind
        self.owner = owner
        self.note = note
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, owner, note }

    /// The record to save, or the first problem: someone to hand it to, and an owner's note says something.
    public func validate(book: Book) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let typed = CleanText.line(owner.trimmingWhitespace)
            let to = typed.isEmpty ? (c.owner ?? "") : typed
            guard !to.isEmpty else { throw InputProblem(.owner, Sentence("{0} has no owner; say who", c.name)) }
            let n = CleanText.multiline(note).trimmingWhitespace
            if kind == .ownerNote && n.isEmpty { throw InputProblem(.note, Sentence("write the owner's side of the story")) }
            return [.escalation(EscalationRecord(clientID: c.id, kind: kind, owner: to, note: n))]
        }
    }
}
