/// An invoice added or edited by hand, from the app's form or `tagih add
/// invoice` / `tagih edit invoice`, checked as an import checks its rows.
public struct InvoiceInput: Sendable, Equatable {
    /// The invoice edited; nil adds one for `clientID`.
    public var invoiceID: InvoiceID?
    public var clientID: ClientID?
    /// What was typed, by field (a field not given is left as it is).
    public var values: [Field: String]

    public enum Field: String, Sendable, CaseIterable { case client, number, amount, currency, issued, due, terms }

    public init(invoiceID: InvoiceID? = nil, clientID: ClientID? = nil, values: [Field: String]) {
        self.invoiceID = invoiceID
        self.clientID = clientID
        self.values = values
    }

    /// The record to write, or the first problem and its field. `currency`
    /// is the book's default, used when neither the input nor the client names one.
    public func validate(book: Book, today: CivilDate, currency fallback: Currency, decimalMark: Character = ".",
                         money: MoneyFormat = .standard) -> Result<Invoice, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            func text(_ f: Field) -> String? { values[f].map(ClientInput.line).flatMap { $0.isEmpty ? nil : $0 } }
            let old = try invoiceID.map { id throws(InputProblem<Field>) in
                guard let i = book.invoices[id] else { throw InputProblem(.number, Sentence("unknown invoice {0}", id)) }
                return i
            }
            guard let cid = old?.clientID ?? clientID else { throw InputProblem(.client, Sentence("say which client")) }
            let client = try InputRules.client(cid, Field.client, in: book).get()
            if let v = old, book.voiding(v) != nil { throw InputProblem(.number, Sentence("{0} is void", v.number)) }
            let number = old?.number ?? text(.number) ?? ""
            if old == nil {
                if number.isEmpty { throw InputProblem(.number, Sentence("an invoice needs a number")) }
                let key = ClientInput.sameKey(number)
                if let same = book.findInvoices(number).first ?? book.invoices.values.first(where: { ClientInput.sameKey($0.number) == key }) {
                    throw InputProblem(.number, Sentence("{0} is already an invoice of {1}", same.number, book.clients[same.clientID]?.name ?? same.clientID.raw))
                }
            } else if let n = text(.number), n != number {
                throw InputProblem(.number, Sentence("an invoice's number cannot change; void it and add it again"))
            }
            var currency = old?.amount.currency ?? client.currency ?? fallback
            if let code = text(.currency) {
                guard let c = Currency(code: code.uppercased()) else { throw InputProblem(.currency, Sentence("unknown currency \"{0}\"", code)) }
                if let o = old, c != o.amount.currency, book.paid(o).isPositive || book.writtenOff(o).isPositive || book.credited(o).isPositive {
                    throw InputProblem(.currency, Sentence("{0} has payments in {1}; its currency cannot change", o.number, o.amount.currency))
                }
                currency = c
            }
            var amount = old.map { Money(minor: $0.amount.minor, currency: currency) }
            if let a = text(.amount) {
                amount = try InputRules.amount(a, Field.amount, currency: currency, decimalMark: decimalMark).get()
            }
            guard let amount else { throw InputProblem(.amount, Sentence("an invoice needs an amount")) }
            if amount.minor > Money.limit { throw InputProblem(.amount, Sentence("invoice amount is too large")) }
            if let o = old {
                let settled = book.paid(o).minor + book.writtenOff(o).minor + book.credited(o).minor
                if amount.minor < settled {
                    throw InputProblem(.amount, Sentence("{0} is less than what is already paid, credited or written off ({1})", money.string(amount),
                                                         money.string(Money(minor: settled, currency: currency))))
                }
            }
            let issued = try text(.issued).map { t throws(InputProblem<Field>) in try InputRules.date(t, Field.issued, today: today).get() } ?? old?.issued ?? today
            if issued > today.adding(days: 366) { throw InputProblem(.issued, Sentence("issue date {0} is more than a year ahead", issued.iso)) }
            if issued.year < 1990 { throw InputProblem(.issued, Sentence("issue date {0} is before 1990", issued.iso)) }
            if text(.due) != nil && text(.terms) != nil { throw InputProblem(.terms, Sentence("give a due date or terms, not both")) }
            let due = try dueDate(text(.due), text(.terms), issued: issued, old: old, client: client, today: today)
            if due < issued { throw InputProblem(values[.due] != nil ? .due : .issued, Sentence("due date {0} is before the issue date {1}", due.iso, issued.iso)) }
            return Invoice(id: old?.id ?? book.newInvoiceID(number: number), number: number, clientID: cid, issued: issued, due: due, amount: amount)
        }
    }

    /// The due date: as typed, or the issue date plus the terms given, the
    /// client's terms, or (for an edit) as it was.
    private func dueDate(_ due: String?, _ terms: String?, issued: CivilDate, old: Invoice?, client: Client, today: CivilDate) throws(InputProblem<Field>) -> CivilDate {
        if let d = due { return try InputRules.date(d, Field.due, today: today).get() }
        if let t = terms {
            guard let n = Int(t), EventLimits.termsDays.contains(n) else { throw InputProblem(.terms, Sentence("payment terms are a number of days from 0 to 3650")) }
            return issued.adding(days: n)
        }
        if let o = old { return values[.issued] != nil ? issued.adding(days: o.issued.days(until: o.due)) : o.due }
        guard let n = client.termsDays else {
            throw InputProblem(.due, Sentence("give a due date or terms; {0} has no terms on file", client.name))
        }
        return issued.adding(days: n)
    }
}
