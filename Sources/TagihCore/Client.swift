/// A customer who owes money, with the terms agreed with them.
public struct Client: Hashable, Sendable, Codable {
    public var id: ClientID
    public var name: String
    public var contactPerson: String
    public var phone: String
    public var email: String
    public var address: String
    /// Payment terms in days (net 30 is 30); nil when no terms were agreed.
    public var termsDays: Int?
    /// Where the signed contract is: a file path or a reference number.
    public var contractRef: String?
    /// The salesperson who owns the relationship.
    public var owner: String?
    /// The currency the client is invoiced in (a code such as `IDR`), when set.
    public var currencyCode: String?

    public init(id: ClientID, name: String, contactPerson: String = "", phone: String = "",
                email: String = "", address: String = "", termsDays: Int? = nil,
                contractRef: String? = nil, owner: String? = nil, currencyCode: String? = nil) {
        self.id = id
        self.name = name
        self.contactPerson = contactPerson
        self.phone = phone
        self.email = email
        self.address = address
        self.termsDays = termsDays
        self.contractRef = contractRef
        self.owner = owner
        self.currencyCode = currencyCode
    }

    /// The client's own currency, when one is set.
    public var currency: Currency? { currencyCode.flatMap(Currency.init(code:)) }
}

extension Client {
    /// The fields that differ from `old`, by name, with the old and new values
    /// (empty when a field was not set), in the order the detail pane shows them.
    public func changes(from old: Client) -> [(field: Sentence, old: String, new: String)] {
        var out: [(Sentence, String, String)] = []
        func add(_ field: Sentence, _ a: String?, _ b: String?) { if (a ?? "") != (b ?? "") { out.append((field, a ?? "", b ?? "")) } }
        add(Sentence("name"), old.name, name)
        add(Sentence("contact"), old.contactPerson, contactPerson)
        add(Sentence("phone"), old.phone, phone)
        add(Sentence("e-mail"), old.email, email)
        add(Sentence("address"), old.address, address)
        add(Sentence("terms"), old.termsDays.map(String.init), termsDays.map(String.init))
        add(Sentence("contract"), old.contractRef, contractRef)
        add(Sentence("owner"), old.owner, owner)
        add(Sentence("currency"), old.currencyCode, currencyCode)
        return out
    }
}
