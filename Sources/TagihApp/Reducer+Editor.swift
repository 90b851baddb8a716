import TagihCore
import TerminalCore
import Widgets

/// `c`: opens the call-notes editor on the selected client and starts the call timer.
func openEditor(_ state: inout AppState, guardOverride: String? = nil, promise: Bool = false) -> [Effect] {
    guard let clientID = state.currentClient, let client = state.book.clients[clientID] else {
        state.message = StatusMessage(.warn, state.text.tr("Select a client first"))
        return []
    }
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", reason))
        return []
    }
    let invoices: [Invoice]
    if let inv = state.currentInvoice {
        invoices = [inv]
    } else {
        invoices = state.book.invoices(of: clientID).filter {
            state.book.balance($0).isPositive && $0.daysLate(on: state.today) >= 1
        }
    }
    let ids = invoices.map(\.id)
    var e = ContactEditor(
        clientID: clientID, clientName: client.name, invoiceIDs: ids, invoiceLabel: invoiceLabel(invoices, state.text),
        startedAt: state.now, nextFollowUp: state.today.adding(days: state.policy.cadence.lowerBound), by: state.user,
        promiseCurrency: state.book.promiseCurrency(client: clientID, invoices: ids))
    e.guardOverride = guardOverride
    if promise {
        e.outcome = .promised
        e.focus = .promiseAmount
    }
    state.editor = e
    return []
}

/// What a contact is about: one invoice's number, several, or all.
func invoiceLabel(_ invoices: [Invoice], _ t: Strings) -> String {
    switch invoices.count {
    case 0: return t.tr("all invoices")
    case 1: return invoices[0].number
    default: return t.trn("{0} invoice", "{0} invoices", invoices.count)
    }
}

/// Keys in the call-notes editor.
func editorKey(_ state: inout AppState, _ key: Key, _ command: Command?) -> [Effect] {
    guard var e = state.editor else { return [] }
    var closing = false
    defer { if !closing { state.editor = e } }
    let area = EditorLayout(form: state.layout.form, editor: e)
    switch command {
    case .help:
        state.showingHelp = true
        return []
    case .save:
        return saveEditor(&state, &e)
    case .cancel:
        if e.dirty {
            state.prompt = Prompt(purpose: .discardEditor, question: state.text.tr("Discard this unsaved note?"))
            return []
        }
        closing = true
        state.editor = nil
        return [.deleteDraft]
    case .nextField: e.moveFocus(1); return []
    case .previousField: e.moveFocus(-1); return []
    case .switchKind:
        e.cycleKind()
        return [draft(e, state)]
    case .externalEditor:
        return [.editExternally(e.notes.text)]
    case .previousChoice, .nextChoice:
        let step = command == .nextChoice ? 1 : -1
        if e.focus == .kind { e.cycleKind(step) } else { e.cycleOutcome(step) }
        return [draft(e, state)]
    case .undo, .redo:
        let field = e.focus
        e.updateText(field) { t in if command == .undo { t.undo() } else { t.redo() } }
        e.touched()
        return [draft(e, state)]
    default:
        break
    }
    if command == .newline && e.focus.isChoice {
        e.moveFocus(1)
        return []
    }
    guard e.text(e.focus) != nil else { return [] }
    let field = e.focus
    let multiline = field == .notes
    let width = multiline ? area.notes.width : area.fieldWidth
    let height = multiline ? area.notes.height : 1
    let before = e.text(field)
    if command == .newline && !multiline {
        e.moveFocus(1)
        return []
    }
    var changed = false
    e.updateText(field) { t in changed = editText(&t, key: key, command: command, width: width, height: height, multiline: multiline) }
    guard changed else { return [] }
    if e.text(field)?.lines != before?.lines {
        e.touched()
        return [draft(e, state)]
    }
    return []
}

/// Pasted text goes into the focused text field (as many lines as it has, one undo step).
func textPasted(_ state: inout AppState, _ text: String) -> [Effect] {
    if var e = state.editor, e.text(e.focus) != nil {
        let area = EditorLayout(form: state.layout.form, editor: e)
        let field = e.focus
        let pasted = field == .notes ? text : text.replacingOccurrences(of: "\n", with: " ")
        e.updateText(field) { t in
            t.insert(pasted)
            t.scrollToCursor(width: field == .notes ? area.notes.width : area.fieldWidth,
                             height: field == .notes ? area.notes.height : 1)
        }
        e.touched()
        state.editor = e
        return [draft(e, state)]
    }
    if state.payment != nil {
        state.payment?.update { $0.insert(text.replacingOccurrences(of: "\n", with: " ")) }
        return []
    }
    if state.filtering {
        state.filterInput.insert(text.replacingOccurrences(of: "\n", with: " "))
        state.list.setQuery(state.filterInput.text)
        state.list.clamp(viewport: state.viewportHeight)
    }
    return []
}

private func saveEditor(_ state: inout AppState, _ e: inout ContactEditor) -> [Effect] {
    guard !e.saving else { return [] }
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Not saved, the book is read-only: {0}", reason))
        return []
    }
    let seconds = max(0, Int((state.now.millis - e.startedAt.millis) / 1000))
    switch e.input(durationSeconds: e.kind == .call ? seconds : nil).validate(book: state.book, today: state.today, at: state.now,
                                                                                   decimalMark: state.decimalMark) {
    case let .failure(problem):
        e.problem = problem
        if let f = EditorField(rawValue: problem.field.rawValue), e.fields.contains(f) { e.focus = f }
        state.message = StatusMessage(.error, state.text.tr("Not saved: {0}", state.text.say(problem.sentence)))
        return []
    case let .success(interaction):
        e.saving = true
        return [.save([PendingEvent(at: state.now, author: interaction.by, body: .interactionLogged(interaction))],
                      .contact(clientName: e.clientName, kind: e.kind))]
    }
}

/// The draft effect for the editor's current content.
func draft(_ e: ContactEditor, _ state: AppState) -> Effect {
    let seconds = max(0, Int((state.now.millis - e.startedAt.millis) / 1000))
    return .writeDraft(Draft(input: e.input(durationSeconds: seconds), startedAt: e.startedAt, savedAt: state.now))
}

func externalEditFinished(_ state: inout AppState, _ text: String?) -> [Effect] {
    guard var e = state.editor else { return [] }
    guard let text else {
        state.message = StatusMessage(.warn, state.text.tr("The external editor failed; the notes are unchanged"))
        return []
    }
    let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
    guard trimmed != e.notes.text else { return [] }
    e.notes.replaceAll(trimmed)
    e.focus = .notes
    let area = EditorLayout(form: state.layout.form, editor: e)
    e.notes.scrollToCursor(width: area.notes.width, height: area.notes.height)
    e.touched()
    state.editor = e
    return [draft(e, state)]
}

/// At start: an unsaved contact from a crash is offered back.
func draftFound(_ state: inout AppState, _ draft: Draft) -> [Effect] {
    let name = state.book.clients[draft.input.clientID]?.name ?? draft.input.clientID.raw
    let when = draft.savedAt.civilDate(offsetSeconds: state.zoneOffset).iso + " " + draft.savedAt.clock(offsetSeconds: state.zoneOffset)
    state.prompt = Prompt(purpose: .restoreDraft(draft),
                          question: state.text.tr("An unsaved {0} note for {1} from {2} was found. Restore it?", state.text.kind(draft.input.kind), name, when))
    return []
}

func restoreDraft(_ state: inout AppState, _ draft: Draft) -> [Effect] {
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", state.text.tr("{0}; the draft is kept for the session that can write", reason)))
        return []
    }
    guard state.book.clients[draft.input.clientID] != nil else {
        state.message = StatusMessage(.error, state.text.tr("The draft's client {0} is not in this book; the draft file is kept", draft.input.clientID))
        return []
    }
    let invoices = draft.input.invoiceIDs.compactMap { state.book.invoices[$0] }
    let name = state.book.clients[draft.input.clientID]?.name ?? ""
    var e = ContactEditor(draft: draft, clientName: name, invoiceLabel: invoiceLabel(invoices, state.text),
                          promiseCurrency: state.book.promiseCurrency(client: draft.input.clientID, invoices: draft.input.invoiceIDs))
    // The call timer goes on from what was on it, not from when the call began (tagih was down in between).
    e.startedAt = Timestamp(millis: state.now.millis - Int64(draft.input.durationSeconds ?? 0) * 1000)
    let area = EditorLayout(form: state.layout.form, editor: e)
    e.notes.scrollToCursor(width: area.notes.width, height: area.notes.height)
    state.editor = e
    if let i = state.list.rows.firstIndex(where: { $0.clientID == draft.input.clientID }) { state.list.selected = i }
    state.list.clamp(viewport: state.viewportHeight)
    state.message = StatusMessage(.info, state.text.tr("Draft restored"))
    return []
}

/// `p`: the payment form for the selected invoice (or the client's oldest open one).
func openPayment(_ state: inout AppState) -> [Effect] {
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", reason))
        return []
    }
    guard let id = state.currentInvoice?.clientID ?? state.currentClient, let total = state.book.primaryBalance(of: id) else {
        state.message = StatusMessage(.warn, state.text.tr("No open invoice here"))
        return []
    }
    let on = state.currentInvoice.flatMap { state.book.balance($0).isPositive ? $0 : nil }
    let owed = on.map { state.book.balance($0) } ?? total
    let name = state.book.clients[id]?.name ?? id.raw
    state.payment = PaymentForm(
        clientID: id, title: name + " · " + state.text(.balance, state.book.balances(of: id).map(state.moneyFormat.string).joined(separator: " + ")),
        currency: owed.currency, amount: TextEditor(text: state.moneyFormat.number(owed)), allocate: TextEditor(text: on?.number ?? "oldest"),
        date: TextEditor(text: state.today.iso), method: TextEditor(text: "transfer"))
    return []
}

/// Keys in the payment form.
func paymentKey(_ state: inout AppState, _ key: Key, _ command: Command?) -> [Effect] {
    guard var form = state.payment else { return [] }
    var closing = false
    defer { if !closing { state.payment = form } }
    let fields = PaymentForm.Field.allCases
    switch command {
    case .cancel:
        closing = true
        state.payment = nil
        return []
    case .nextField, .newline:
        if command == .newline && form.focus == .method { return savePayment(&state, &form) }
        form.focus = fields[(fields.firstIndex(of: form.focus)! + 1) % fields.count]
        return []
    case .previousField:
        form.focus = fields[(fields.firstIndex(of: form.focus)! + fields.count - 1) % fields.count]
        return []
    case .save:
        return savePayment(&state, &form)
    default:
        form.update { t in _ = editText(&t, key: key, command: command, width: 24, height: 1, multiline: false) }
        return []
    }
}

private func savePayment(_ state: inout AppState, _ form: inout PaymentForm) -> [Effect] {
    switch form.input.validate(book: state.book, today: state.today, decimalMark: state.decimalMark, money: state.moneyFormat) {
    case let .failure(p):
        form.problem = p
        switch p.field {
        case .amount, .client: form.focus = .amount
        case .allocate: form.focus = .allocate
        case .date: form.focus = .date
        case .method: form.focus = .method
        }
        state.message = StatusMessage(.error, state.text.tr("Not saved: {0}", state.text.say(p.sentence)))
        return []
    case let .success(payments):
        let numbers = payments.compactMap { state.book.invoices[$0.invoiceID]?.number }.joined(separator: ", ")
        let bodies = state.book.paymentEvents(payments, today: state.today)
        if let p = payments.first(where: { state.book.duplicate(of: $0) != nil }) {
            let number = state.book.invoices[p.invoiceID]?.number ?? ""
            state.prompt = Prompt(purpose: .duplicatePayment(bodies, invoiceNumber: numbers),
                                  question: state.text.tr("{0} on {1} dated {2} is already recorded. Record it again?", state.moneyFormat.string(p.amount), number,
                                                          state.dates.short(p.date)))
            return []
        }
        return [.save(bodies.map { PendingEvent(at: state.now, author: state.user, body: $0) }, .payment(invoiceNumber: numbers))]
    }
}

extension AppState {
    /// How amounts typed in forms are read: the decimal mark the app writes
    /// them with, so a prefilled `266.250.000` (Indonesian format) reads back.
    var decimalMark: Character { moneyFormat.decimalSeparator.first ?? "." }

    /// After a resize, the editor's text stays in view.
    mutating func editorScrollToCursor() {
        guard var e = editor else { return }
        let area = EditorLayout(form: layout.form, editor: e)
        e.notes.scrollToCursor(width: area.notes.width, height: area.notes.height)
        editor = e
    }
}
