/// Giving a client an owner (it then appears in their queue), from the form or `tagih assign`.
public struct AssignInput: Sendable, Equatable {
    public var clientID: ClientID
    public var owner: String

    public init(clientID: ClientID, owner: String) {
        self.clientID = clientID
        self.owner = owner
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, owner }

    /// The client record with its new owner (none when it already has that
    /// owner), or a problem when no name is given.
    public func validate(book: Book) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            var c = try InputRules.client(clientID, Field.client, in: book).get()
            let name = CleanText.line(owner.trimmingWhitespace)
            guard !name.isEmpty else { throw InputProblem(.owner, Sentence("give the owner's name")) }
            guard c.owner != name else { return [] }
            c.owner = name
            return [.clientRecorded(c)]
        }
    }
}
