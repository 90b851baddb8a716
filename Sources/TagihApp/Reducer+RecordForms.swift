import TagihCore

/// Entering and correcting by hand: the forms for adding and editing clients
/// and invoices, reversing a payment, a credit note and a void. Each fills a
/// typed input of the core (`ClientInput`, `InvoiceInput`, `ReversalInput`…),
/// the same the commands `tagih add`, `edit`, `reverse`, `credit`, `void` use.
func recordCommand(_ state: inout AppState, _ command: Command, contexts: [KeyContext]) -> [Effect]? {
    switch command {
    case .addRecord:
        if contexts.first == .detail, let id = state.currentClient { return openRecordForm(&state, addInvoiceForm(state, id)) }
        return openRecordForm(&state, addClientForm(state))
    case .addInvoice:
        guard let id = state.currentClient else { state.message = StatusMessage(.warn, state.text.tr("Select a client first")); return [] }
        return openRecordForm(&state, addInvoiceForm(state, id))
    case .editRecord:
        if let inv = state.currentInvoice, contexts.first != .detail { return openRecordForm(&state, editInvoiceForm(state, inv)) }
        guard let id = state.currentClient, let c = state.book.clients[id] else { state.message = StatusMessage(.warn, state.text.tr("Select a client first")); return [] }
        return openRecordForm(&state, editClientForm(state, c))
    case .amendContact:
        guard let id = state.currentClient, let c = state.book.clients[id] else { state.message = StatusMessage(.warn, state.text.tr("Select a client first")); return [] }
        guard let form = amendForm(state, c) else { state.message = StatusMessage(.warn, state.text.tr("no contact recorded with {0} yet", c.name)); return [] }
        return openRecordForm(&state, form)
    case .reversePayment, .creditNote, .voidInvoice:
        guard let id = state.currentClient, let c = state.book.clients[id] else { state.message = StatusMessage(.warn, state.text.tr("Select a client first")); return [] }
        let form = command == .reversePayment ? reversalForm(state, c) : command == .creditNote ? creditForm(state, c) : voidForm(state, c)
        guard let form else {
            state.message = StatusMessage(.warn, command == .reversePayment ? state.text.tr("{0} has no payment to reverse", c.name)
                                                                          : state.text.tr("{0} has no open invoice", c.name))
            return []
        }
        return openRecordForm(&state, form)
    case .undoChange: return askUndo(&state)
    default: return nil
    }
}

private func openRecordForm(_ state: inout AppState, _ form: FormState) -> [Effect] {
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", reason))
        return []
    }
    state.form = form
    return []
}

/// The client fields, filled from `c` (empty for a new client).
private func clientFields(_ t: Strings, _ c: Client?, currency: String) -> [FormState.Field] {
    [.text(.client(.name), t.tr("Name"), c?.name ?? ""), .text(.client(.contact), t.tr("Contact"), c?.contactPerson ?? ""),
     .text(.client(.phone), t.tr("Phone"), c?.phone ?? "", hint: "+62 812 555 0101"),
     .text(.client(.email), t.tr("E-mail"), c?.email ?? ""), .text(.client(.address), t.tr("Address"), c?.address ?? ""),
     .text(.client(.terms), t.tr("Terms (days)"), c?.termsDays.map(String.init) ?? "", hint: t.tr("30 for net 30")),
     .text(.client(.contract), t.tr("Contract"), c?.contractRef ?? "", hint: t.tr("a reference or a file path")),
     .text(.client(.owner), t.tr("Owner"), c?.owner ?? ""), .text(.client(.currency), t.tr("Currency"), c?.currencyCode ?? currency)]
}

func addClientForm(_ state: AppState) -> FormState {
    FormState(title: state.text.tr("New client"), info: [state.text.tr("Terms and a contract on file are the first practice: ask for them now.")],
              fields: clientFields(state.text, nil, currency: state.defaultCurrency.code), purpose: .addClient)
}

private func editClientForm(_ state: AppState, _ c: Client) -> FormState {
    FormState(title: state.text.tr("Edit client") + " · " + c.name, info: [state.text.tr("The earlier version is kept under Record changes.")],
              fields: clientFields(state.text, c, currency: ""), purpose: .editClient(c.id))
}

func addInvoiceForm(_ state: AppState, _ id: ClientID) -> FormState {
    let c = state.book.clients[id]
    let terms = c?.termsDays.map { state.text.tr("Due from the client's terms ({0} days) when left empty.", $0) }
        ?? state.text.tr("The client has no terms on file: give a due date.")
    return FormState(
        title: state.text.tr("New invoice") + " · " + (c?.name ?? id.raw), info: [terms],
        fields: [.text(.invoice(.number), state.text.tr("Number"), hint: "INV-2026-0042"), .text(.invoice(.amount), state.text.tr("Amount")),
                 .text(.invoice(.currency), state.text.tr("Currency"), c?.currencyCode ?? state.defaultCurrency.code),
                 .text(.invoice(.issued), state.text.tr("Issued"), state.today.iso), .text(.invoice(.due), state.text.tr("Due"), hint: "YYYY-MM-DD")],
        purpose: .addInvoice(id))
}

private func editInvoiceForm(_ state: AppState, _ inv: Invoice) -> FormState {
    FormState(
        title: state.text.tr("Edit invoice") + " · " + inv.number,
        info: [state.text.tr("The number stays; a wrong invoice is voided instead. The earlier version is kept.")],
        fields: [.text(.invoice(.amount), state.text.tr("Amount"), state.moneyFormat.number(inv.amount), hint: inv.amount.currency.code),
                 .text(.invoice(.currency), state.text.tr("Currency"), inv.amount.currency.code),
                 .text(.invoice(.issued), state.text.tr("Issued"), inv.issued.iso), .text(.invoice(.due), state.text.tr("Due"), inv.due.iso)],
        purpose: .editInvoice(inv.id, client: inv.clientID))
}

/// A client's live payments in the order the reversal form lists them (newest first).
func reversiblePayments(_ book: Book, _ id: ClientID) -> [(Payment, Invoice)] {
    book.invoices(of: id).flatMap { inv in (book.paymentsByInvoice[inv.id] ?? []).map { ($0, inv) } }
        .sorted { $0.0.date != $1.0.date ? $0.0.date > $1.0.date : $0.0.id < $1.0.id }
}

private func reversalForm(_ state: AppState, _ c: Client) -> FormState? {
    let list = reversiblePayments(state.book, c.id)
    guard !list.isEmpty else { return nil }
    let shown = list.map { p, inv in "\(inv.number) · \(state.dates.short(p.date)) · \(state.moneyFormat.string(p.amount)) · \(p.id.shortID)" }
    return FormState(title: state.text.tr("Reverse a payment") + " · " + c.name,
                     info: [state.text.tr("The payment stays on record, marked reversed; the balance returns and a promise it kept is broken again.")],
                     fields: [.choice(.reversal(.payment), state.text.tr("Payment"), shown, 0),
                              .text(.reversal(.reason), state.text.tr("Reason"), hint: state.text.tr("bounced transfer, giro/cek tolak, entered twice, wrong invoice"))],
                     purpose: .reversePayment(c.id))
}

/// The invoices a credit or void form offers, the selected one first.
func correctableInvoices(_ state: AppState, _ id: ClientID, void: Bool) -> [Invoice] {
    var list = state.book.invoices(of: id).filter { inv in
        void ? state.book.voiding(inv) == nil && (state.book.paymentsByInvoice[inv.id] ?? []).isEmpty : state.book.balance(inv).isPositive
    }
    if let cur = state.currentInvoice, let i = list.firstIndex(where: { $0.id == cur.id }) { list.insert(list.remove(at: i), at: 0) }
    return list
}

private func creditForm(_ state: AppState, _ c: Client) -> FormState? {
    let list = correctableInvoices(state, c.id, void: false)
    guard !list.isEmpty else { return nil }
    return FormState(title: state.text.tr("Credit note") + " · " + c.name,
                     info: [state.text.tr("Less is owed; nothing is counted as collected.")],
                     fields: [.choice(.credit(.invoice), state.text.tr("Invoice"), list.map { "\($0.number) · \(state.moneyFormat.string(state.book.balance($0)))" }, 0),
                              .text(.credit(.amount), state.text.tr("Amount")),
                              .text(.credit(.reason), state.text.tr("Reason"), hint: state.text.tr("e.g. damaged goods returned"))],
                     purpose: .credit(c.id))
}

private func voidForm(_ state: AppState, _ c: Client) -> FormState? {
    let list = correctableInvoices(state, c.id, void: true)
    guard !list.isEmpty else { return nil }
    return FormState(title: state.text.tr("Void an invoice") + " · " + c.name,
                     info: [state.text.tr("For an invoice issued by mistake: it stays on record, marked void, and nothing is owed on it.")],
                     fields: [.choice(.void(.invoice), state.text.tr("Invoice"), list.map { "\($0.number) · \(state.moneyFormat.string($0.amount))" }, 0),
                              .text(.void(.reason), state.text.tr("Reason"))],
                     purpose: .voidInvoice(c.id))
}

/// The contacts the amend form offers: the last ten, newest first.
func amendableContacts(_ book: Book, _ id: ClientID) -> [Interaction] { Array(book.timeline(id).prefix(10)) }

/// The choices of the amend form's outcome: unchanged, then every outcome.
let amendOutcomes: [Outcome?] = [nil] + Outcome.allCases

private func amendForm(_ state: AppState, _ c: Client) -> FormState? {
    let list = amendableContacts(state.book, c.id)
    guard !list.isEmpty else { return nil }
    let t = state.text
    let shown = list.map { i in
        "\(state.dates.short(i.at.civilDate(offsetSeconds: state.zoneOffset))) \(t.kind(i.kind)) · \(t.outcome(i.outcome))" + (i.notes.isEmpty ? "" : " · " + i.notes.prefix(30))
    }
    return FormState(title: t.tr("Amend a contact") + " · " + c.name,
                     info: [t.tr("Left empty, a field stays as it was. The earlier version is kept; H in the detail shows it.")],
                     fields: [.choice(.amend(.contact), t.tr("Contact"), shown, 0),
                              .choice(.amend(.outcome), t.tr("Outcome"), amendOutcomes.map { $0.map(t.outcome) ?? t.tr("unchanged") }, 0),
                              .text(.amend(.promise), t.tr("Promise"), hint: t.tr("AMOUNT@DATE, or none")),
                              .text(.amend(.notes), t.tr("Note"), hint: t.tr("the corrected note")),
                              .text(.amend(.reason), t.tr("Reason"))],
                     purpose: .amendContact(c.id))
}
