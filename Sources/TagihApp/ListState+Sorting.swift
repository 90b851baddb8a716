import TagihCore

/// The list's order: invoices by the sort key, rows grouped and ordered per client.
extension ListState {
    func group(_ rows: [OverdueRow]) -> [ClientRow] {
        var byClient: [ClientID: [OverdueRow]] = [:]
        for r in rows { byClient[r.invoice.clientID, default: []].append(r) }
        return byClient.map { id, rs in
            var totals = MoneyTotals()
            for r in rs { totals.add(r.balance) }
            let oldest = rs.max { $0.daysLate < $1.daysLate }!
            return ClientRow(clientID: id, name: oldest.clientName, invoiceCount: rs.count,
                             oldestDaysLate: oldest.daysLate, bucket: oldest.bucket,
                             balances: totals.amounts.sorted { $0.minor > $1.minor },
                             lastContact: oldest.lastContact, nextFollowUp: oldest.nextFollowUp)
        }
    }

    /// Orders rows by the chosen column, then by name and number so ties are stable.
    /// Sorts by a precomputed integer key per row (names by their rank), so
    /// sorting 100,000 rows compares numbers, not strings.
    func sortInvoices() -> [Int32] {
        let desc = descending
        func key(_ r: OverdueRow, _ i: Int) -> Int64 {
            switch sort {
            case .daysLate: return Int64(r.daysLate)
            case .balance: return r.balance.minor
            case .client: return Int64(rowNameRank[i])
            case .nextFollowUp: return Int64(r.nextFollowUp?.dayNumber ?? Int.min)
            case .lastContact: return r.lastContact?.millis ?? Int64.min
            }
        }
        // Amounts compare within a currency: the currency code orders first.
        let currencyRank: (OverdueRow) -> Int = { sort == .balance ? (currencyOrder[$0.balance.currency] ?? 0) : 0 }
        var keyed = base.indices.map { i in
            let r = base[i]
            return (row: Int32(i), group: currencyRank(r), key: key(r, i), name: Int(rowNameRank[i]))
        }
        keyed.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.key != b.key { return desc ? a.key > b.key : a.key < b.key }
            if a.name != b.name { return a.name < b.name }
            return base[Int(a.row)].invoice.number < base[Int(b.row)].invoice.number
        }
        return keyed.map(\.row)
    }

    func sortClients(_ rows: [ClientRow]) -> [ClientRow] {
        let desc = descending
        return rows.sorted { a, b in
            let o: Order
            switch sort {
            case .daysLate: o = order(a.oldestDaysLate, b.oldestDaysLate)
            case .balance: o = orderMoney(a.balances.first, b.balances.first)
            case .client: o = order(a.name, b.name)
            case .nextFollowUp: o = orderOptional(a.nextFollowUp, b.nextFollowUp)
            case .lastContact: o = orderOptional(a.lastContact, b.lastContact)
            }
            if o != .same { return desc ? o == .after : o == .before }
            return a.name != b.name ? a.name < b.name : a.clientID < b.clientID
        }
    }

    /// Amounts compare within a currency; currencies group by code (no exchange rates).
    func orderMoney(_ a: Money?, _ b: Money?) -> Order {
        guard let a, let b else { return orderOptional(a?.minor, b?.minor) }
        if a.currency != b.currency { return order(b.currency.code, a.currency.code) }
        return order(a.minor, b.minor)
    }

    /// Missing values (never contacted, no follow-up) sort as the most urgent: first.
    func orderOptional<T: Comparable>(_ a: T?, _ b: T?) -> Order {
        switch (a, b) {
        case (nil, nil): return .same
        case (nil, _): return .before
        case (_, nil): return .after
        case let (x?, y?): return order(x, y)
        }
    }

    func order<T: Comparable>(_ a: T, _ b: T) -> Order { a < b ? .before : a > b ? .after : .same }

    enum Order { case before, same, after }
}
