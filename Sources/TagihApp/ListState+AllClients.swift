import TagihCore

extension ListState {
    /// Every client of the book (not those removed), with what it owes, overdue
    /// or not: the view that reaches a paid client or one not yet due, so a
    /// reminder can go out before the due date. Filtered by name.
    mutating func everyClient(matching words: [String]) -> [ClientRow] {
        let all: [ClientRow]
        if let cached = everyClientRows {
            all = cached
        } else if let src = statusSource {
            let book = src.book
            all = book.clients.values.filter { !book.isRemoved($0.id) }.map { c in
                let open = book.openInvoices(of: c.id)
                let late = open.map { $0.daysLate(on: src.today) }.max() ?? 0
                return ClientRow(clientID: c.id, name: c.name, invoiceCount: open.count, oldestDaysLate: late,
                                 bucket: late >= 1 ? buckets.index(daysLate: late) : 0, balances: book.balances(of: c.id),
                                 lastContact: book.lastTouch(c.id), nextFollowUp: book.nextFollowUp(c.id, today: src.today))
            }
            everyClientRows = all
        } else {
            all = []
        }
        guard !words.isEmpty else { return all }
        return all.filter { SearchText.matches(folded: SearchText.fold($0.name), query: words) }
    }
}
