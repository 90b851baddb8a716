/// Folding corrections, and the sums and checks they change.
///
/// A correction never edits the record it corrects: the book keeps every
/// correction per client and works out again what they add up to (`Fixes`)
/// each time one arrives, so any order of arrival gives the same book.
extension Book {
    /// Folds a contact, as amended when amendments for it arrived first.
    mutating func foldContact(_ i: Interaction) {
        if let f = fixes[i.clientID], f.amendments[i.id] != nil {
            originalContacts[i.id] = i
            if let shown = f.amended(i) { interactionsByClient[i.clientID, default: []].insertKeepingOrder(shown, by: Interaction.foldLess) }
        } else {
            interactionsByClient[i.clientID, default: []].insertKeepingOrder(i, by: Interaction.foldLess)
        }
    }

    mutating func foldCorrection(_ raw: Correction, _ e: Event, _ key: Event.OrderKey) {
        var c = raw
        if c.id.isEmpty { c.id = e.id.raw }
        let client = c.clientID
        corrections[client, default: []].insertSorted(Dated(c, e, key))
        if c.kind == .withdraw {
            let target = EventID(c.target)
            withdrawnEvents.insert(target)
            removeWithdrawn(target, client: client)
        }
        refreshFixes(client)
    }

    /// Works a client's `Fixes` out again and moves what they change: payments
    /// in and out of the reversed list, contacts to their amended version.
    mutating func refreshFixes(_ client: ClientID) {
        let old = fixes[client] ?? Fixes()
        let new = Fixes(corrections[client] ?? [], withdrawn: withdrawnEvents)
        fixes[client] = new
        var touched: Set<InvoiceID> = []
        for (id, d) in old.reversed where new.reversed[id] == nil {
            reversedPaymentIDs.remove(id)
            if let i = d.value.invoiceID { touched.insert(i) }
        }
        for (id, d) in new.reversed where old.reversed[id] == nil {
            reversedPaymentIDs.insert(id)
            if let i = d.value.invoiceID { touched.insert(i) }
        }
        for inv in touched { sortPayments(inv) }
        for id in Set(old.amendments.keys).union(new.amendments.keys) where old.amendments[id] != new.amendments[id] {
            reapplyAmendments(contact: id, client: client)
        }
    }

    /// Puts each payment of an invoice in the live or the reversed list.
    private mutating func sortPayments(_ inv: InvoiceID) {
        let all = (paymentsByInvoice[inv] ?? []) + (reversedPayments[inv] ?? [])
        var live: [Payment] = [], reversed: [Payment] = []
        for p in all {
            if reversedPaymentIDs.contains(p.id) { reversed.insertKeepingOrder(p, by: Payment.foldLess) } else { live.insertKeepingOrder(p, by: Payment.foldLess) }
        }
        paymentsByInvoice[inv] = live.isEmpty ? nil : live
        reversedPayments[inv] = reversed.isEmpty ? nil : reversed
    }

    /// Replaces a contact by its version after every amendment (none when withdrawn).
    private mutating func reapplyAmendments(contact id: String, client: ClientID) {
        var list = interactionsByClient[client] ?? []
        let current = list.firstIndex { $0.id == id }
        guard let original = originalContacts[id] ?? current.map({ list[$0] }) else { return }
        originalContacts[id] = original
        if let k = current { list.remove(at: k) }
        if let shown = (fixes[client] ?? Fixes()).amended(original) { list.insertKeepingOrder(shown, by: Interaction.foldLess) }
        interactionsByClient[client] = list.isEmpty ? nil : list
    }

    /// Takes a withdrawn record out of the client's workflow lists and write-offs.
    private mutating func removeWithdrawn(_ target: EventID, client: ClientID) {
        followUps[client]?.removeAll { $0.event == target }
        reasons[client]?.removeAll { $0.event == target }
        plans[client]?.removeAll { $0.event == target }
        offers[client]?.removeAll { $0.event == target }
        reminders[client]?.removeAll { $0.event == target }
        escalations[client]?.removeAll { $0.event == target }
        for (k, a) in offerAnswers where a.event == target { offerAnswers[k] = nil }
        for inv in invoicesByClient[client] ?? [] {
            writeOffsByInvoice[inv]?.removeAll { $0.id == target.raw }
            if writeOffsByInvoice[inv]?.isEmpty == true { writeOffsByInvoice[inv] = nil }
        }
    }

    /// Works out every client's fixes from the corrections (after reading a snapshot).
    mutating func rebuildAllFixes() {
        fixes = [:]
        reversedPaymentIDs = []
        for client in corrections.keys {
            let f = Fixes(corrections[client] ?? [], withdrawn: withdrawnEvents)
            fixes[client] = f
            reversedPaymentIDs.formUnion(f.reversed.keys)
        }
    }

    /// Credit notes on an invoice, summed exactly.
    func creditedExactly(_ invoice: Invoice) -> Int128 {
        guard !fixes.isEmpty, let credits = fixes[invoice.clientID]?.credits[invoice.id] else { return 0 }
        var total: Int128 = 0
        for d in credits where d.value.amount?.currency == invoice.amount.currency { total += Int128(d.value.amount?.minor ?? 0) }
        return total
    }

    /// Credit notes on an invoice, in its currency.
    public func credited(_ invoice: Invoice) -> Money {
        Money(minor: MoneyTotals.clamped(creditedExactly(invoice)), currency: invoice.amount.currency)
    }

    /// The correction that voided an invoice, if one did.
    public func voiding(_ invoice: Invoice) -> Dated<Correction>? { fixes[invoice.clientID]?.voided[invoice.id] }

    /// Whether a client was removed (added by mistake).
    public func isRemoved(_ client: ClientID) -> Bool { fixes[client]?.removed != nil }

    /// The reversal of a payment, if it was reversed.
    public func reversal(ofPayment id: String, client: ClientID) -> Dated<Correction>? { fixes[client]?.reversed[id] }

    /// The versions of a contact: as first logged, then after each amendment, oldest first.
    public func contactVersions(_ id: String, client: ClientID) -> [Interaction] {
        guard let amendments = fixes[client]?.amendments[id], !amendments.isEmpty else { return [] }
        guard var current = originalContacts[id] ?? interactionsByClient[client]?.first(where: { $0.id == id }) else { return [] }
        var out = [current]
        for d in amendments where d.value.kind == .amendContact {
            current = d.value.amending(current)
            out.append(current)
        }
        return out
    }

    /// Whether a contact was amended since it was logged.
    public func isAmended(contact id: String, client: ClientID) -> Bool { fixes[client]?.amendments[id]?.isEmpty == false }
}
