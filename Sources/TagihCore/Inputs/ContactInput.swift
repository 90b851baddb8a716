/// A contact as typed in the call-notes editor or given to `tagih log`,
/// before it is checked. Both paths validate here, so the rules are the same.
public struct ContactInput: Sendable, Equatable, Codable {
    public var clientID: ClientID
    public var invoiceIDs: [InvoiceID]
    public var kind: InteractionKind
    public var outcome: Outcome
    public var notes: String
    /// The promised amount as typed (only read when the outcome is "promised").
    public var promiseAmount: String
    public var promiseDate: String
    /// The next follow-up as typed; empty for none.
    public var nextFollowUp: String
    public var by: String
    public var durationSeconds: Int?
    public var copyPath: String
    /// The guard's note when the user confirmed a contact it warned about.
    public var guardOverride: String?
    /// The next follow-up was not chosen (the form's or the command's
    /// default): with a promise, the follow-up is the day after the promised date.
    public var followUpIsDefault: Bool?

    public init(clientID: ClientID, invoiceIDs: [InvoiceID] = [], kind: InteractionKind = .call,
                outcome: Outcome = .reached, notes: String = "", promiseAmount: String = "",
                promiseDate: String = "", nextFollowUp: String = "", by: String, durationSeconds: Int? = nil,
                copyPath: String = "", guardOverride: String? = nil) {
        self.clientID = clientID
        self.invoiceIDs = invoiceIDs
        self.kind = kind
        self.outcome = outcome
        self.notes = notes
        self.promiseAmount = promiseAmount
        self.promiseDate = promiseDate
        self.nextFollowUp = nextFollowUp
        self.by = by
        self.durationSeconds = durationSeconds
        self.copyPath = copyPath
        self.guardOverride = guardOverride
    }

    /// The fields a problem can be in, for pointing at it.
    public enum Field: String, Sendable, Equatable, Codable {
        case client, kind, outcome, notes, promiseAmount, promiseDate, nextFollowUp, by, duration, copy
    }

    /// Longest note kept (characters); longer text is refused, never cut.
    public static let maxNotes = 100_000

    /// The interaction to record, or the first problem with the field it is in.
    /// `decimalMark` is how the promised amount is written (`,` where amounts are `1.500.000,50`).
    public func validate(book: Book, today: CivilDate, at: Timestamp, decimalMark: Character = ".") -> Result<Interaction, FieldProblem> {
        guard book.clients[clientID] != nil else { return .failure(.init(.client, Sentence("unknown client {0}", clientID))) }
        guard kind.outcomes.contains(outcome) else {
            return .failure(.init(.outcome, Sentence("\"{0}\" is not an outcome of a {1}", outcome.sentence, kind.name)))
        }
        if notes.count > ContactInput.maxNotes {
            return .failure(.init(.notes, Sentence("the note is longer than {0} characters", ContactInput.maxNotes)))
        }
        let who = by.trimmingWhitespace
        if who.isEmpty { return .failure(.init(.by, Sentence("say who made the contact"))) }
        var promise: PromiseToPay?
        if outcome == .promised {
            let currency = book.promiseCurrency(client: clientID, invoices: invoiceIDs)
            switch Parse.typedMoney(promiseAmount, currency: currency, decimalMark: decimalMark) {
            case let .failure(e): return .failure(.init(.promiseAmount, Sentence("promised amount: {0}", e.sentence)))
            case let .success(m):
                if !m.isPositive { return .failure(.init(.promiseAmount, Sentence("promised amount must be more than zero"))) }
                switch Parse.date(promiseDate, today: today) {
                case let .failure(e): return .failure(.init(.promiseDate, Sentence("promise date: {0}", e.sentence)))
                case let .success(d):
                    if d < today { return .failure(.init(.promiseDate, Sentence("promise date {0} is in the past", d.iso))) }
                    promise = PromiseToPay(amount: m, date: d)
                }
            }
        }
        var next: CivilDate?
        if !nextFollowUp.trimmingWhitespace.isEmpty {
            switch Parse.date(nextFollowUp, today: today) {
            case let .failure(e): return .failure(.init(.nextFollowUp, Sentence("next follow-up: {0}", e.sentence)))
            case let .success(d):
                if d < today { return .failure(.init(.nextFollowUp, Sentence("next follow-up {0} is in the past", d.iso))) }
                next = d
            }
        }
        if followUpIsDefault == true, let p = promise { next = p.date.adding(days: 1) }
        if let d = durationSeconds, d < 0 || d > 86_400 {
            return .failure(.init(.duration, Sentence("call duration must be between 0 and 24 hours")))
        }
        for id in invoiceIDs where book.invoices[id]?.clientID != clientID {
            return .failure(.init(.client, Sentence("invoice {0} is not one of this client's", id)))
        }
        let copy = copyPath.trimmingWhitespace
        var interaction = Interaction(
            id: "", clientID: clientID, invoiceIDs: invoiceIDs, kind: kind, at: at,
            durationSeconds: kind == .call ? durationSeconds : nil, outcome: outcome, notes: CleanText.multiline(notes),
            by: CleanText.line(who),
            nextFollowUp: next, promise: promise, copyPath: copy.isEmpty ? nil : copy)
        interaction.guardOverride = guardOverride
        return .success(interaction)
    }
}

/// A problem with one field of a form.
public typealias FieldProblem = InputProblem<ContactInput.Field>

/// A problem with one field of a form, naming the field so the form can go to it.
public struct InputProblem<Field: Sendable & Equatable>: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: Field
    /// What is wrong, to be said in the user's language (`Strings.say` in the app).
    public let sentence: Sentence
    public init(_ field: Field, _ sentence: Sentence) {
        self.field = field
        self.sentence = sentence
    }
    /// In the command line's language.
    public var message: String { sentence.description }
    public var description: String { message }
}
