/// Accepting or rejecting a client's open settlement offer, from the form or `tagih offer --accept|--reject`.
public struct OfferAnswerInput: Sendable, Equatable {
    public var clientID: ClientID
    /// The offer answered; nil for the client's latest open one.
    public var offerID: String?
    public var accept: Bool

    public init(clientID: ClientID, offerID: String? = nil, accept: Bool) {
        self.clientID = clientID
        self.offerID = offerID
        self.accept = accept
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, answer }

    /// The offer being answered, if it is still open.
    public func openOffer(book: Book, today: CivilDate, policy: Policy) -> SettlementOffer? {
        let open = book.status(clientID, today: today, policy: policy).offers.filter { $0.status == .proposed }.map(\.offer)
        return offerID.map { id in open.first { $0.id == id } } ?? open.last
    }

    /// The events to save: accepting records the payment and writes off the
    /// rest as "settlement"; rejecting records the answer. A problem when no offer is open.
    public func validate(book: Book, today: CivilDate, policy: Policy) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            guard let offer = openOffer(book: book, today: today, policy: policy) else {
                throw InputProblem(.answer, Sentence("{0} has no open offer", c.name))
            }
            return accept
                ? book.acceptance(of: offer, on: today)
                : [.offerAnswered(OfferAnswer(offerID: offer.id, status: .rejected, date: today))]
        }
    }
}
