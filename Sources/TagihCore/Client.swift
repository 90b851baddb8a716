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

    public init(id: ClientID, name: String, contactPerson: String = "", phone: String = "",
                email: String = "", address: String = "", termsDays: Int? = nil,
                contractRef: String? = nil, owner: String? = nil) {
        self.id = id
        self.name = name
        self.contactPerson = contactPerson
        self.phone = phone
        self.email = email
        self.address = address
        self.termsDays = termsDays
        self.contractRef = contractRef
        self.owner = owner
    }
}
