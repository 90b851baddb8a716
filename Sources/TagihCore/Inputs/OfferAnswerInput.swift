/// Accepting or rejecting a client's open settlement offer, from the form or `tagih offer --accept|--reject`.
public struct OfferAnswerInput: Sendable, Equatable {
    public var clientID: ClientID
    /// The offer answered; nil for the client's latest open one.
    public var offerID: String?
    public var accept: Bool
    /// For an acceptance: the day the agreed amount is to be paid by ("" for in 14 days).
    public var payBy: String
    /// For an acceptance: in how many instalments ("" or "1" for one sum).
    public var instalments: String

    public init(clientID: ClientID, offerID: String? = nil, accept: Bool, payBy: String = "", instalments: String = "") {
        self.clientID = clientID
        self.offerID = offerID
        self.accept = accept
        self.payBy = payBy
        self.instalments = instalments
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, answer, payBy, instalments }

    /// The offer being answered, if it is still open.
    public func openOffer(book: Book, today: CivilDate, policy: Policy) -> SettlementOffer? {
        let open = book.status(clientID, today: today, policy: policy).offers.filter { $0.status == .proposed }.map(\.offer)
        return offerID.map { id in open.first { $0.id == id } } ?? open.last
    }

    /// The events to save: accepting records the agreement (the day to pay
    /// by, and a plan for instalments); the rest is written off only when the
    /// agreed amount is paid. Rejecting records the answer. A problem when no offer is open.
    public func validate(book: Book, today: CivilDate, policy: Policy) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            guard let offer = openOffer(book: book, today: today, policy: policy) else {
                throw InputProblem(.answer, Sentence("{0} has no open offer", c.name))
            }
            guard accept else { return [.offerAnswered(OfferAnswer(offerID: offer.id, status: .rejected, date: today))] }
            let by = payBy.trimmingWhitespace.isEmpty ? nil : try InputRules.date(payBy, Field.payBy, today: today, notBefore: today).get()
            if let by, by > today.adding(days: 5 * 366) { throw InputProblem(.payBy, Sentence("{0} is more than five years ahead", by.iso)) }
            var count = 1
            if !instalments.trimmingWhitespace.isEmpty {
                guard let n = Int(instalments.trimmingWhitespace), (1...EventLimits.instalments).contains(n) else {
                    throw InputProblem(.instalments, Sentence("a number of instalments from 1 to {0}", EventLimits.instalments))
                }
                count = n
            }
            return book.acceptance(of: offer, on: today, payBy: by, instalments: count)
        }
    }
}
