import TagihCore

/// Look-ups an import makes once per row, built once per import, so that
/// importing stays linear in the rows (a file of 60,000 rows is not 60,000
/// scans of the book).
struct ImportIndex {
    /// Each client by its folded name (the one with the smallest id when two share a name).
    let clientsByName: [String: Client]
    /// Each invoice by its number in lower case, sorted by id.
    let invoicesByNumber: [String: [Invoice]]
    /// Each client's invoices by number in lower case (the first by due date when a number repeats).
    let invoicesByClientNumber: [String: Invoice]

    init(_ book: Book) {
        var names: [String: Client] = [:]
        for c in book.clients.values {
            let key = SearchText.fold(c.name)
            if let old = names[key], old.id < c.id { continue }
            names[key] = c
        }
        clientsByName = names
        var numbers: [String: [Invoice]] = [:]
        for inv in book.invoices.values { numbers[inv.number.lowercased(), default: []].append(inv) }
        for k in numbers.keys { numbers[k]!.sort { $0.id < $1.id } }
        invoicesByNumber = numbers
        var byClient: [String: Invoice] = [:]
        for inv in book.invoices.values {
            let key = inv.clientID.raw + "\u{1F}" + inv.number.lowercased()
            if let old = byClient[key], (old.due, old.number) <= (inv.due, inv.number) { continue }
            byClient[key] = inv
        }
        invoicesByClientNumber = byClient
    }

    /// The client's invoice numbered `number`, as the book's own list finds it first.
    func invoice(client: ClientID, number: String) -> Invoice? {
        invoicesByClientNumber[client.raw + "\u{1F}" + number.lowercased()]
    }

    /// The invoices numbered `query` (or with that id), as `Book.findInvoices` finds them.
    func findInvoices(_ query: String, in book: Book) -> [Invoice] {
        if let i = book.invoices[InvoiceID(query)] { return [i] }
        return invoicesByNumber[query.trimmingWhitespace.lowercased()] ?? []
    }
}

/// The running total of a book's invoices per currency as an import adds
/// and changes them, held to `Money.bookLimit`.
struct ImportTotals {
    var totals: MoneyTotals

    init(_ book: Book) { totals = book.invoicedTotals }

    /// Takes the invoice (replacing `old`) unless the book would pass its
    /// limit; the error message when it would.
    mutating func take(_ inv: Invoice, replacing old: Invoice?) -> String? {
        if let why = problem(inv.amount, replacing: old?.amount) { return why }
        totals.replace(old?.amount, with: inv.amount)
        return nil
    }

    /// Why an amount (replacing `old`) would take the book past its limit; nil when it fits.
    func problem(_ amount: Money, replacing old: Money?) -> String? {
        var next = totals
        next.replace(old, with: amount)
        guard next.exact(in: amount.currency) > Int128(Money.bookLimit) else { return nil }
        return tr("with this invoice the book's invoices in {0} would total more than {1}, the most tagih supports in one currency",
                  amount.currency.code, MoneyFormat.standard.string(Money(minor: Money.bookLimit, currency: amount.currency)))
    }
}
