/// Event ids that name more than one record, and the limit on a book's totals.
extension Book {
    /// Ids carried by two or more events with different content, sorted. Each
    /// such event is folded (none is dropped, whatever order the journals are
    /// read in); the store and `tagih check` say where each one is.
    public var idConflicts: [EventID] { seenEvents.extra.keys.sorted() }

    /// How many records share the id `id` (1 when it is not a conflict, 0 when unknown).
    public func recordCount(of id: EventID) -> Int {
        guard seenEvents.contains(id) else { return 0 }
        return 1 + (seenEvents.extra[id]?.count ?? 0)
    }

    /// Why an invoice would take the book past `Money.bookLimit` in its
    /// currency; nil when it fits. A new version of an invoice counts only
    /// what it adds to the one it replaces.
    func bookTotalProblem(_ invoice: Invoice) -> String? {
        let before = invoicedTotals.exact(in: invoice.amount.currency)
        let replaced = invoices[invoice.id].map { Int128($0.amount.minor) } ?? 0
        let after = before - replaced + Int128(invoice.amount.minor)
        guard after > Int128(Money.bookLimit) else { return nil }
        let limit = Money(minor: Money.bookLimit, currency: invoice.amount.currency)
        return tr("the book's invoices in {0} would total more than {1}, the most tagih supports in one currency",
                  invoice.amount.currency.code, MoneyFormat.standard.string(limit))
    }
}
