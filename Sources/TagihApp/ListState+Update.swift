import TagihCore

extension ListState {
    /// Updates the rows of a few clients in place after a change to them (a
    /// call logged, a payment, a sync bringing someone's note), instead of
    /// rebuilding the whole list: their rows are replaced, the order sorted
    /// again, their search text and statuses worked out anew. Returns false,
    /// changing nothing, when the change is more than that (an invoice
    /// opened or settled, a client renamed): the caller then rebuilds.
    mutating func update(clients: Set<ClientID>, rows fresh: [OverdueRow], book: Book, today: CivilDate, policy: Policy,
                         zoneOffset: Int) -> Bool {
        let overdue = fresh.filter { $0.daysLate >= 1 }
        var byInvoice: [InvoiceID: OverdueRow] = [:]
        for r in overdue { byInvoice[r.invoice.id] = r }
        var positions: [Int] = []
        for (i, r) in base.enumerated() where clients.contains(r.invoice.clientID) {
            guard let new = byInvoice[r.invoice.id], new.clientName == r.clientName else { return false }
            positions.append(i)
        }
        guard positions.count == overdue.count else { return false }
        // A currency new to the list changes the balance sort's groups: rebuild.
        for r in overdue where currencyOrder[r.balance.currency] == nil { return false }
        for i in positions { base[i] = byInvoice[base[i].invoice.id]! }
        for id in clients {
            statuses[id] = nil
            termsMissing.remove(id)
        }
        for i in positions where base[i].client?.termsDays == nil || base[i].client?.contractRef == nil {
            termsMissing.insert(base[i].invoice.clientID)
        }
        statusSource = StatusSource(book: book, today: today, policy: policy, zoneOffset: zoneOffset)
        if disputesOnly { ensureStatuses(clients) }
        if var idx = index {
            idx.refold(rows: base, positions: positions, book: book)
            index = idx
        } else {
            // An index being built elsewhere holds the old notes: let it be dropped.
            version += 1
        }
        sortedFor = nil
        everyClientRows = nil
        apply()
        measure()
        return true
    }
}

extension SearchIndex {
    /// Folds again the text of clients whose notes changed.
    mutating func refold(rows: [OverdueRow], positions: [Int], book: Book) {
        var folder = SearchText.Folder()
        var done: Set<Int32> = []
        for i in positions {
            let c = clientOfRow[i]
            guard done.insert(c).inserted else { continue }
            clientTexts[Int(c)] = SearchIndex.clientText(rows[i], notes: book.interactionsByClient[rows[i].invoice.clientID] ?? [],
                                                          folder: &folder)
        }
    }
}
