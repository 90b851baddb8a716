import TagihCore

/// The events the entry and correction forms record, checked by their typed inputs.
func recordFormEvents(_ state: AppState, _ f: FormState) -> FormVerdict {
    let book = state.book, today = state.today, fmt = state.moneyFormat, mark = state.decimalMark
    func problem<F>(_ p: InputProblem<F>, _ id: FormState.FieldID) -> FormVerdict {
        let field = f.fields.first { $0.id == id }
        return .failure(FormProblem(field: field?.id, message: (field.map { $0.label + ": " } ?? "") + state.text.say(p.sentence)))
    }
    func values<F: CaseIterable & Hashable>(_ wrap: (F) -> FormState.FieldID) -> [F: String] {
        var v: [F: String] = [:]
        for field in F.allCases where f.fields.contains(where: { $0.id == wrap(field) }) { v[field] = f.text(wrap(field)) }
        return v
    }
    let name = book.clients[f.purpose.clientID]?.name ?? f.purpose.clientID.raw
    switch f.purpose {
    case .addClient, .editClient:
        var id: ClientID?
        if case let .editClient(c) = f.purpose { id = c }
        switch ClientInput(clientID: id, values: values(FormState.FieldID.client)).validate(book: book) {
        case let .failure(p): return problem(p, .client(p.field))
        case let .success(c):
            return .success(([.clientRecorded(c)], id == nil ? state.text.tr("Client {0} added", c.name) : state.text.tr("{0} updated", c.name)))
        }
    case let .addInvoice(client), let .editInvoice(_, client):
        var id: InvoiceID?
        if case let .editInvoice(i, _) = f.purpose { id = i }
        let input = InvoiceInput(invoiceID: id, clientID: client, values: values(FormState.FieldID.invoice))
        switch input.validate(book: book, today: today, currency: state.defaultCurrency, decimalMark: mark, money: fmt) {
        case let .failure(p): return problem(p, .invoice(p.field))
        case let .success(inv):
            if let id, book.invoices[id] == inv { return .success(([], state.text.tr("{0}: nothing changes", inv.number))) }
            return .success(([.invoiceIssued(inv)], id == nil ? state.text.tr("{0}: invoice {1} added, due {2}", name, inv.number, state.dates.short(inv.due))
                                                         : state.text.tr("{0} updated", inv.number)))
        }
    case let .reversePayment(client):
        let list = reversiblePayments(book, client)
        let i = f.choice(.reversal(.payment))
        guard list.indices.contains(i) else { return .failure(FormProblem(field: nil, message: state.text.tr("{0} has no payment to reverse", name))) }
        switch ReversalInput(paymentID: list[i].0.id, reason: f.text(.reversal(.reason))).validate(book: book, today: today) {
        case let .failure(p): return problem(p, .reversal(p.field))
        case let .success(c):
            return .success((book.reversalEvents(c, today: today), state.text.tr("{0}: payment of {1} on {2} reversed", name, fmt.string(list[i].0.amount), list[i].1.number)))
        }
    case let .credit(client):
        let list = correctableInvoices(state, client, void: false), i = f.choice(.credit(.invoice))
        guard list.indices.contains(i) else { return .failure(FormProblem(field: nil, message: state.text.tr("{0} has no open invoice", name))) }
        switch CreditInput(invoiceID: list[i].id, amount: f.text(.credit(.amount)), reason: f.text(.credit(.reason))).validate(book: book, today: today, decimalMark: mark, money: fmt) {
        case let .failure(p): return problem(p, .credit(p.field))
        case let .success(c): return .success(([.corrected(c)], state.text.tr("{0}: {1} credited on {2}", name, c.amount.map(fmt.string) ?? "", list[i].number)))
        }
    case let .voidInvoice(client):
        let list = correctableInvoices(state, client, void: true), i = f.choice(.void(.invoice))
        guard list.indices.contains(i) else { return .failure(FormProblem(field: nil, message: state.text.tr("{0} has no open invoice", name))) }
        switch VoidInput(invoiceID: list[i].id, reason: f.text(.void(.reason))).validate(book: book, today: today) {
        case let .failure(p): return problem(p, .void(p.field))
        case .success(let c): return .success(([.corrected(c)], state.text.tr("{0} is void", list[i].number)))
        }
    case let .amendContact(client):
        let list = amendableContacts(book, client), i = f.choice(.amend(.contact))
        guard list.indices.contains(i) else { return .failure(FormProblem(field: nil, message: state.text.tr("no contact recorded with {0} yet", name))) }
        let outcome = amendOutcomes.indices.contains(f.choice(.amend(.outcome))) ? amendOutcomes[f.choice(.amend(.outcome))] : nil
        let note = f.text(.amend(.notes)), promise = f.text(.amend(.promise))
        let input = AmendInput(contactID: list[i].id, notes: note.isEmpty ? nil : note, outcome: outcome?.rawValue,
                               promise: promise.isEmpty ? nil : promise, reason: f.text(.amend(.reason)))
        switch input.validate(book: book, today: today, decimalMark: mark) {
        case let .failure(p): return problem(p, .amend(p.field))
        case let .success(c): return .success(([.corrected(c)], state.text.tr("{0}: contact amended", name)))
        }
    default:
        return .failure(FormProblem(field: nil, message: ""))
    }
}
