/// A settlement offer for less than the balance, made by the client or by us, from the form or `tagih offer`.
public struct OfferInput: Sendable, Equatable {
    public var clientID: ClientID
    public var amount: String
    public var offeredBy: OfferParty
    /// Valid until, as typed; empty for in 14 days.
    public var expires: String
    public var note: String

    public init(clientID: ClientID, amount: String, offeredBy: OfferParty = .client, expires: String = "", note: String = "") {
        self.clientID = clientID
        self.amount = amount
        self.offeredBy = offeredBy
        self.expires = expires
        self.note = note
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, amount, offeredBy, expires, note }

    /// The offer to save, or the first problem: more than zero, less than the balance, valid from today on.
    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".",
                         money: MoneyFormat = .standard) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let total = try InputRules.balance(of: c, Field.client, in: book).get()
            let m = try InputRules.amount(amount, Field.amount, currency: total.currency, decimalMark: decimalMark).get()
            guard m.minor < total.minor else {
                throw InputProblem(.amount, Sentence("a settlement is for less than the balance ({0})", money.string(total)))
            }
            let until = expires.trimmingWhitespace.isEmpty
                ? today.adding(days: 14)
                : try InputRules.date(expires, Field.expires, today: today, notBefore: today).get()
            return [.offerMade(SettlementOffer(id: "", clientID: c.id, amount: m, offeredBy: offeredBy, date: today,
                                               expires: until, note: CleanText.line(note)))]
        }
    }
}
