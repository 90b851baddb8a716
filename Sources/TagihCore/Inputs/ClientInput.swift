/// A client added or edited by hand, from the app's form or `tagih add
/// client` / `tagih edit client`. Only the fields given change; an edit
/// writes the whole record again, and the book keeps the earlier version
/// with its author ("Record changes").
public struct ClientInput: Sendable, Equatable {
    /// The client edited; nil adds a new one.
    public var clientID: ClientID?
    /// What was typed, by field; a field not given is left as it is (empty for a new client).
    public var values: [Field: String]

    public enum Field: String, Sendable, CaseIterable { case name, contact, phone, email, address, terms, contract, owner, currency }

    public init(clientID: ClientID? = nil, values: [Field: String]) {
        self.clientID = clientID
        self.values = values
    }

    /// The record to write, or the first problem and its field.
    public func validate(book: Book) -> Result<Client, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            var c: Client
            if let id = clientID {
                c = try InputRules.client(id, Field.name, in: book).get()
            } else {
                let name = ClientInput.line(values[.name] ?? "")
                if name.isEmpty { throw InputProblem(.name, Sentence("a client needs a name")) }
                let key = ClientInput.sameKey(name)
                if let same = book.clients.values.first(where: { ClientInput.sameKey($0.name) == key }) {
                    throw InputProblem(.name, Sentence("{0} is already a client ({1})", same.name, same.id))
                }
                c = Client(id: book.newClientID(name: name), name: name)
            }
            let before = c
            try apply(to: &c)
            if clientID != nil && c == before { throw InputProblem(values.keys.sorted { $0.rawValue < $1.rawValue }.first ?? .name, Sentence("nothing changes")) }
            return c
        }
    }

    /// Typed text as it is stored: control characters out, runs of spaces as one, trimmed.
    static func line(_ s: String) -> String {
        CleanText.line(s).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// What makes two names the same client: case, accents, width and spacing aside.
    static func sameKey(_ s: String) -> String { SearchText.fold(line(s)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    private func apply(to c: inout Client) throws(InputProblem<Field>) {
        func text(_ f: Field) -> String? { values[f].map { f == .address ? CleanText.multiline($0).trimmingWhitespace : ClientInput.line($0) } }
        if let n = text(.name) {
            if n.isEmpty { throw InputProblem(.name, Sentence("a client needs a name")) }
            c.name = n
        }
        if let v = text(.contact) { c.contactPerson = v }
        if let v = text(.phone) {
            let digits = v.filter(\.isASCIIDigit).count
            if !v.isEmpty && v.contains(where: { !($0.isASCIIDigit || " +-().".contains($0)) }) {
                throw InputProblem(.phone, Sentence("\"{0}\" is not a phone number (digits, spaces, + - ( ) only)", v))
            }
            if !v.isEmpty && digits < 6 { throw InputProblem(.phone, Sentence("\"{0}\" is too short for a phone number (at least 6 digits)", v)) }
            c.phone = v
        }
        if let v = text(.email) {
            let parts = v.split(separator: "@", omittingEmptySubsequences: false)
            if !v.isEmpty && (parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || v.contains(" ")) {
                throw InputProblem(.email, Sentence("\"{0}\" is not an e-mail address", v))
            }
            c.email = v
        }
        if let v = text(.address) { c.address = v }
        if let v = text(.terms) {
            if v.isEmpty { c.termsDays = nil } else {
                guard let d = Int(v), EventLimits.termsDays.contains(d) else {
                    throw InputProblem(.terms, Sentence("payment terms are a number of days from 0 to 3650"))
                }
                c.termsDays = d
            }
        }
        if let v = text(.contract) { c.contractRef = v.isEmpty ? nil : v }
        if let v = text(.owner) { c.owner = v.isEmpty ? nil : v }
        if let v = text(.currency) {
            if v.isEmpty { c.currencyCode = nil } else {
                guard let cur = Currency(code: v.uppercased()) else { throw InputProblem(.currency, Sentence("unknown currency \"{0}\"", v)) }
                c.currencyCode = cur.code
            }
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Book {
    /// A readable id for a new client (`c-maju-jaya`), not yet taken.
    public func newClientID(name: String) -> ClientID {
        let base = "c-" + Book.slug(name, fallback: "client")
        var id = base, n = 2
        while clients[ClientID(id)] != nil { id = "\(base)-\(n)"; n += 1 }
        return ClientID(id)
    }

    /// A readable id for a new invoice (`i-inv-2026-0042`), not yet taken.
    public func newInvoiceID(number: String) -> InvoiceID {
        let base = "i-" + Book.slug(number, fallback: "invoice")
        var id = base, n = 2
        while invoices[InvoiceID(id)] != nil { id = "\(base)-\(n)"; n += 1 }
        return InvoiceID(id)
    }

    /// Lower-case letters and digits of `text` joined by dashes, at most 40 characters.
    static func slug(_ text: String, fallback: String) -> String {
        var out = "", dash = false
        for ch in SearchText.fold(text) {
            if ch.isLetter || ch.isNumber, ch.isASCII { if dash && !out.isEmpty { out.append("-") }; out.append(ch); dash = false } else { dash = true }
            if out.count >= 40 { break }
        }
        return out.isEmpty ? fallback : out
    }
}
