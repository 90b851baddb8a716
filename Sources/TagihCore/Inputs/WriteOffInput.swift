/// Writing off a client's balance or part of it, with a reason, from the form or `tagih writeoff`.
public struct WriteOffInput: Sendable, Equatable {
    public var clientID: ClientID
    /// The amount as typed; empty for the whole balance in its largest currency.
    public var amount: String
    public var reason: String

    public init(clientID: ClientID, amount: String = "", reason: String) {
        self.clientID = clientID
        self.amount = amount
        self.reason = reason
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, amount, reason }

    /// Why a write-off would be premature (the ladder not exhausted, no
    /// settlement tried): both paths ask the user to confirm these first.
    public func warnings(book: Book, today: CivilDate, policy: Policy) -> [Sentence] {
        book.writeOffWarnings(clientID, status: book.status(clientID, today: today, policy: policy), policy: policy)
    }

    /// The write-offs, oldest invoice first, or the first problem: more than zero, at most the balance, a reason.
    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".",
                         money: MoneyFormat = .standard) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let total = try InputRules.balance(of: c, Field.client, in: book).get()
            let m = amount.trimmingWhitespace.isEmpty
                ? total
                : try InputRules.amount(amount, Field.amount, currency: total.currency, decimalMark: decimalMark).get()
            guard m.minor <= total.minor else { throw InputProblem(.amount, Sentence("more than the balance ({0})", money.string(total))) }
            let why = CleanText.line(reason.trimmingWhitespace)
            guard !why.isEmpty else { throw InputProblem(.reason, Sentence("say why it is written off")) }
            var left = m.minor
            var events: [EventBody] = []
            for inv in book.openInvoices(of: c.id, currency: total.currency) where left > 0 {
                let take = min(left, book.balance(inv).minor)
                events.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: take, currency: total.currency),
                                                   reason: why, date: today)))
                left -= take
            }
            return events
        }
    }
}
