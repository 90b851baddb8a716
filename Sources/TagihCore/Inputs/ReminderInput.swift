/// A reminder sent on the ladder, with a copy of its text, from the form or `tagih remind`.
public struct ReminderInput: Sendable, Equatable {
    public var clientID: ClientID
    /// The rung; nil for the next one.
    public var level: Int?
    /// A copy of what was sent (the rendered letter, or a note where it is kept).
    public var text: String
    /// The guard's note when the user confirmed a reminder it warned about.
    public var guardOverride: String?

    public init(clientID: ClientID, level: Int? = nil, text: String = "", guardOverride: String? = nil) {
        self.clientID = clientID
        self.level = level
        self.text = text
        self.guardOverride = guardOverride
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, level, letter, text }

    /// Highest rung a reminder may be recorded at.
    public static let maxLevel = 10

    /// The rung this reminder is recorded at.
    public func rung(book: Book, today: CivilDate, policy: Policy) -> Int {
        level ?? book.status(clientID, today: today, policy: policy).lastReminderLevel + 1
    }

    /// Whether recording it hands the client to its owner (the practice: after the third reminder).
    public func escalates(book: Book, today: CivilDate, policy: Policy) -> Bool {
        let s = book.status(clientID, today: today, policy: policy)
        return s.remindersSent + 1 >= policy.escalateAfterReminders && !s.escalated
    }

    /// The reminder and the follow-up after it (the shortest contact interval on), or the first problem.
    public func validate(book: Book, today: CivilDate, policy: Policy) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let l = rung(book: book, today: today, policy: policy)
            guard (1...Self.maxLevel).contains(l) else {
                throw InputProblem(.level, Sentence("the reminder level is from 1 to {0}", Self.maxLevel))
            }
            var copy = CleanText.multiline(text)
            if let g = guardOverride { copy += (copy.isEmpty ? "" : "\n") + "[guard overridden: \(g)]" }
            let late = book.openInvoices(of: c.id).filter { $0.daysLate(on: today) >= 1 }.map(\.id)
            return [.reminderSent(ReminderSent(clientID: c.id, level: l, invoiceIDs: late, text: copy)),
                    .followUpScheduled(FollowUpScheduled(clientID: c.id, date: today.adding(days: policy.cadence.lowerBound),
                                                         note: "after reminder \(l)"))]
        }
    }
}
