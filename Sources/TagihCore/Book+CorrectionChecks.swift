/// What a correction must find in the book before it is written.
extension Book {
    /// Why the correction cannot be made, or nil.
    func correctionProblem(_ c: Correction) -> String? {
        guard clients[c.clientID] != nil else { return tr("unknown client {0}", c.clientID) }
        if c.kind != .amendContact && c.reason.trimmingCharacters(in: .whitespaces).isEmpty { return tr("a correction needs a reason") }
        let inv = c.invoiceID.flatMap { invoices[$0] }
        if c.invoiceID != nil, inv?.clientID != c.clientID { return tr("invoice {0} is not one of this client's", c.invoiceID?.raw ?? "") }
        switch c.kind {
        case .reversePayment:
            guard let inv else { return tr("a reversal names the payment's invoice") }
            if !(paymentsByInvoice[inv.id] ?? []).contains(where: { $0.id == c.target }) {
                return reversedPayments[inv.id]?.contains { $0.id == c.target } == true
                    ? tr("payment {0} is already reversed", c.target) : tr("no payment {0} on {1}", c.target, inv.number)
            }
        case .credit:
            guard let inv, let m = c.amount else { return tr("a credit note names an invoice and an amount") }
            if m.currency != inv.amount.currency { return tr("credit in {0} for an invoice in {1}", m.currency, inv.amount.currency) }
            if !m.isPositive { return tr("a credit must be more than zero") }
            if m.minor > balance(inv).minor { return tr("the credit is more than the balance of {0} ({1})", inv.number, balance(inv)) }
        case .void:
            guard let inv else { return tr("a void names an invoice") }
            if voiding(inv) != nil { return tr("{0} is already void", inv.number) }
            if !(paymentsByInvoice[inv.id] ?? []).isEmpty { return tr("{0} has payments; reverse them before voiding it", inv.number) }
        case .amendContact, .withdrawContact:
            guard interactionsByClient[c.clientID]?.contains(where: { $0.id == c.target }) == true else {
                return tr("no contact {0} with this client", c.target)
            }
            if c.kind == .amendContact, c.notes == nil, c.outcome == nil, c.promise == nil, !c.dropsPromise { return tr("the amendment changes nothing") }
            if let p = c.promise, !p.amount.isPositive { return tr("promised amount must be positive") }
        case .withdraw:
            if !canWithdraw(EventID(c.target), client: c.clientID) { return tr("nothing to undo for {0}", c.target) }
        case .removeClient:
            if isRemoved(c.clientID) { return tr("{0} is already removed", c.clientID) }
            if !(invoicesByClient[c.clientID] ?? []).isEmpty || !(interactionsByClient[c.clientID] ?? []).isEmpty {
                return tr("{0} has invoices or contacts; it cannot be removed", c.clientID)
            }
        }
        return nil
    }

    /// Whether an event's record is one an undo may take back: a workflow
    /// record, a write-off or a correction (not a withdrawal) of this client.
    func canWithdraw(_ id: EventID, client: ClientID) -> Bool {
        if withdrawnEvents.contains(id) { return false }
        func has<V>(_ list: [Dated<V>]?) -> Bool { list?.contains { $0.event == id } == true }
        if has(followUps[client]) || has(reasons[client]) || has(plans[client]) || has(offers[client]) || has(reminders[client])
            || has(escalations[client]) { return true }
        if offerAnswers.values.contains(where: { $0.event == id }) { return true }
        if corrections[client]?.contains(where: { $0.event == id && $0.value.kind != .withdraw }) == true { return true }
        return (invoicesByClient[client] ?? []).contains { inv in writeOffsByInvoice[inv]?.contains { $0.id == id.raw } == true }
    }
}
