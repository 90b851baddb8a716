/// Checks the typed inputs share: a date, an amount, a required line of text.
///
/// Each input type (`SnoozeInput`, `PlanInput`, …) takes fields as they were
/// typed, in the app's form or on the command line, and validates them here,
/// so both paths refuse the same things with the same words.
enum InputRules {
    /// `text` as a date, or a problem in `field`; `after` refuses dates on or before it, `notBefore` dates before it.
    static func date<F>(_ text: String, _ field: F, today: CivilDate, after: CivilDate? = nil,
                        notBefore: CivilDate? = nil) -> Result<CivilDate, InputProblem<F>> {
        switch Parse.date(text, today: today) {
        case let .failure(e): return .failure(.init(field, e.sentence))
        case let .success(d):
            if let a = after, d <= a { return .failure(.init(field, Sentence("{0} is not after today", d.iso))) }
            if let n = notBefore, d < n { return .failure(.init(field, Sentence("{0} is in the past", d.iso))) }
            return .success(d)
        }
    }

    /// `text` as a positive amount in `currency`, or a problem in `field`.
    static func amount<F>(_ text: String, _ field: F, currency: Currency, decimalMark: Character) -> Result<Money, InputProblem<F>> {
        switch Parse.typedMoney(text, currency: currency, decimalMark: decimalMark) {
        case let .failure(e): return .failure(.init(field, e.sentence))
        case let .success(m):
            return m.isPositive ? .success(m) : .failure(.init(field, Sentence("must be more than zero")))
        }
    }

    /// The client, or a problem in `field` when the book has no such client.
    static func client<F>(_ id: ClientID, _ field: F, in book: Book) -> Result<Client, InputProblem<F>> {
        book.clients[id].map { .success($0) } ?? .failure(.init(field, Sentence("unknown client {0}", id)))
    }

    /// The balance a plan, offer or write-off acts on, or a problem in `field` when nothing is owed.
    static func balance<F>(of client: Client, _ field: F, in book: Book) -> Result<Money, InputProblem<F>> {
        book.primaryBalance(of: client.id).map { .success($0) } ?? .failure(.init(field, Sentence("{0} owes nothing", client.name)))
    }
}
