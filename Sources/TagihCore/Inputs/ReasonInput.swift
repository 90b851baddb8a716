/// Why a client does not pay, for the client as a whole or one invoice, from the form or `tagih reason`.
public struct ReasonInput: Sendable, Equatable {
    public var clientID: ClientID
    public var reason: NonPaymentReason
    /// An invoice number or id as typed; empty for the client as a whole.
    public var invoice: String
    public var note: String

    public init(clientID: ClientID, reason: NonPaymentReason, invoice: String = "", note: String = "") {
        self.clientID = clientID
        self.reason = reason
        self.invoice = invoice
        self.note = note
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, reason, invoice, note }

    /// The event to save, or the first problem: the invoice must be one of the client's.
    public func validate(book: Book) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            var invoiceID: InvoiceID?
            let typed = invoice.trimmingWhitespace
            if !typed.isEmpty {
                let mine = book.invoices(of: c.id)
                guard let inv = mine.first(where: { $0.number == typed })
                        ?? book.findInvoices(typed).first(where: { $0.clientID == c.id }) ?? mine.first(where: { $0.id.raw == typed }) else {
                    throw InputProblem(.invoice, Sentence("{0} has no invoice {1}", c.name, typed))
                }
                invoiceID = inv.id
            }
            return [.reasonRecorded(ReasonRecord(clientID: c.id, invoiceID: invoiceID, reason: reason, note: CleanText.line(note)))]
        }
    }
}
