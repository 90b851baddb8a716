/// An invoice issued to a client.
public struct Invoice: Hashable, Sendable, Codable {
    public var id: InvoiceID
    /// The number printed on the invoice (e.g. `INV-2026-0042`).
    public var number: String
    public var clientID: ClientID
    public var issued: CivilDate
    public var due: CivilDate
    public var amount: Money

    public init(id: InvoiceID, number: String, clientID: ClientID, issued: CivilDate,
                due: CivilDate, amount: Money) {
        self.id = id
        self.number = number
        self.clientID = clientID
        self.issued = issued
        self.due = due
        self.amount = amount
    }

    /// Days past the due date on `today` (0 or less when not yet due).
    public func daysLate(on today: CivilDate) -> Int { due.days(until: today) }
}

/// Money received against one invoice; several partial payments may add up.
public struct Payment: Hashable, Sendable, Codable {
    public var id: String
    public var invoiceID: InvoiceID
    public var date: CivilDate
    public var amount: Money
    /// How it was paid (transfer, cash, cheque...), free text.
    public var method: String

    public init(id: String, invoiceID: InvoiceID, date: CivilDate, amount: Money, method: String = "") {
        self.id = id
        self.invoiceID = invoiceID
        self.date = date
        self.amount = amount
        self.method = method
    }
}

extension Invoice {
    /// The fields that differ from `old`, by name, with the old and new values.
    public func changes(from old: Invoice, money: (Money) -> String = { $0.description }) -> [(field: Sentence, old: String, new: String)] {
        var out: [(Sentence, String, String)] = []
        if old.number != number { out.append((Sentence("number"), old.number, number)) }
        if old.clientID != clientID { out.append((Sentence("client"), old.clientID.raw, clientID.raw)) }
        if old.issued != issued { out.append((Sentence("issued"), old.issued.iso, issued.iso)) }
        if old.due != due { out.append((Sentence("due"), old.due.iso, due.iso)) }
        if old.amount != amount { out.append((Sentence("amount"), money(old.amount), money(amount))) }
        return out
    }
}
