/// Moving a client's next follow-up to a later date, from the snooze form or `tagih snooze`.
public struct SnoozeInput: Sendable, Equatable {
    public var clientID: ClientID
    /// The date as typed (`2026-12-20`, `+7`, `tomorrow`).
    public var until: String
    public var note: String

    public init(clientID: ClientID, until: String, note: String = "") {
        self.clientID = clientID
        self.until = until
        self.note = note
    }

    /// The fields a problem can be in.
    public enum Field: String, Sendable, Equatable, CaseIterable { case client, until, note }

    /// The event to save, or the first problem: the date must be after today.
    public func validate(book: Book, today: CivilDate) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            _ = try InputRules.client(clientID, Field.client, in: book).get()
            let d = try InputRules.date(until, Field.until, today: today, after: today).get()
            return [.followUpScheduled(FollowUpScheduled(clientID: clientID, date: d, note: CleanText.line(note)))]
        }
    }
}
