extension Book {
    /// Clients whose id or name matches what a person typed: an exact id or
    /// name wins; otherwise every client whose name contains all the words
    /// (case and accents ignored), sorted by name.
    public func findClients(_ query: String) -> [Client] {
        if let c = clients[ClientID(query)] { return [c] }
        let folded = SearchText.fold(query.trimmingWhitespace)
        let all = clients.values.sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }
        let exact = all.filter { SearchText.fold($0.name) == folded }
        if !exact.isEmpty { return exact }
        let words = SearchText.words(query)
        guard !words.isEmpty else { return [] }
        return all.filter { SearchText.matches(folded: SearchText.fold($0.name), query: words) }
    }

    /// Invoices whose printed number (case-insensitive) or id is `query`.
    public func findInvoices(_ query: String) -> [Invoice] {
        if let i = invoices[InvoiceID(query)] { return [i] }
        let q = query.trimmingWhitespace.lowercased()
        return invoices.values.filter { $0.number.lowercased() == q }.sorted { $0.id < $1.id }
    }

    /// A client's invoices, oldest due date first.
    public func invoices(of client: ClientID) -> [Invoice] {
        (invoicesByClient[client] ?? []).compactMap { invoices[$0] }
            .sorted { $0.due != $1.due ? $0.due < $1.due : $0.number < $1.number }
    }

    /// The currency a promise from this client is in: that of the invoices it
    /// is about, else of the client's largest open balance, else IDR.
    public func promiseCurrency(client: ClientID, invoices ids: [InvoiceID]) -> Currency {
        if let first = ids.first, let inv = invoices[first] { return inv.amount.currency }
        let open = invoices(of: client).filter { balance($0).isPositive }
        if let biggest = open.max(by: { balance($0).minor < balance($1).minor }) { return biggest.amount.currency }
        return invoices(of: client).first?.amount.currency ?? .idr
    }

    /// When to contact a client next: the latest follow-up set by a contact
    /// or a snooze, else the day after the oldest overdue invoice fell due
    /// (chasing starts on day 1).
    public func nextFollowUp(_ client: ClientID, today: CivilDate) -> CivilDate? {
        scheduledFollowUp(client, today: today)
    }
}
