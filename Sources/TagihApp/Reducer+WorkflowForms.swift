import TagihCore
import TerminalCore
import Widgets

/// The client actions, the same from the list, the detail and Today.
func clientCommand(_ state: inout AppState, _ command: Command) -> [Effect]? {
    switch command {
    case .logContact: return guarded(&state, .logContact)
    case .logPromise: return guarded(&state, .logPromise)
    case .sendReminder: return guarded(&state, .reminder)
    case .recordPayment: return openPayment(&state)
    case .snooze, .recordReason, .agreePlan, .makeOffer, .escalate, .ownerNote, .assignOwner, .writeOff:
        return openForm(&state, command)
    default: return nil
    }
}

/// The current client, when one is selected and the book can be changed; else says why not.
private func actionableClient(_ state: inout AppState) -> Client? {
    guard let id = state.currentClient, let c = state.book.clients[id] else {
        state.message = StatusMessage(.warn, state.text.tr("Select a client first"))
        return nil
    }
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", reason))
        return nil
    }
    return c
}

/// Contacting a client too soon or too often asks first; going ahead is recorded.
private func guarded(_ state: inout AppState, _ action: Prompt.GuardedAction) -> [Effect] {
    guard let client = actionableClient(&state) else { return [] }
    if let w = state.book.contactWarning(client.id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset) {
        state.prompt = Prompt(purpose: .contactGuard(w, then: action),
                              question: state.text.guardQuestion(w, client: client.name, dates: state.dates, policy: state.policy,
                                                                 zoneOffset: state.zoneOffset))
        return []
    }
    switch action {
    case .logContact: return openEditor(&state)
    case .logPromise: return openEditor(&state, promise: true)
    case .reminder: return openReminderForm(&state, guardOverride: nil)
    }
}

/// The reminder form: the next rung, the letter's language, or a note where the copy is kept.
func openReminderForm(_ state: inout AppState, guardOverride: String?) -> [Effect] {
    guard let id = state.currentClient, let c = state.book.clients[id] else { return [] }
    let status = state.book.status(id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset)
    let input = ReminderInput(clientID: id)
    let next = input.rung(book: state.book, today: state.today, policy: state.policy)
    let levels = (1...min(ReminderInput.maxLevel, max(state.policy.ladder.count + 1, next))).map { "\($0) \(state.text.rung(state.policy.ladderName($0)))" }
    var info = [state.text.tr("Reminders sent so far: {0}.", status.remindersSent)]
    if input.escalates(book: state.book, today: state.today, policy: state.policy), let o = c.owner {
        info.append(state.text.tr("This is reminder {0}: the client goes to its owner, {1}, once it is recorded.", next, o))
    }
    if next > state.policy.ladder.count { info.append(state.text.tr("The ladder is exhausted: next comes a settlement or a write-off proposal.")) }
    if guardOverride != nil { info.append(state.text.tr("Sent anyway: the guard's warning and your choice are recorded with the reminder.")) }
    state.form = FormState(
        title: state.text.tr("Reminder") + " · " + c.name, info: info,
        fields: [.choice(.reminder(.level), state.text.tr("Level"), levels, min(next, levels.count) - 1),
                 .choice(.reminder(.letter), state.text.tr("Letter"), ReminderLetter.allCases.map { $0.shown(state.text) }, state.letterLanguage == "id" ? 1 : 0,
                         hint: state.text.tr("rendered from the template and kept as the copy")),
                 .text(.reminder(.text), state.text.tr("Or a note"), hint: state.text.tr("e.g. where the letter is kept"))],
        purpose: .reminder(id, guardOverride: guardOverride))
    return []
}

/// The reminder form's letter choice: a language to render the template in, or none.
enum ReminderLetter: String, CaseIterable {
    case en, id, none
    func shown(_ t: Strings) -> String { self == .none ? t.tr(context: "form choice: no letter (send the reminder without one)", "none") : rawValue }
}

extension PlanInput.Cadence {
    /// The cadence as the plan form offers it.
    func shown(_ t: Strings) -> String {
        switch self {
        case .month: return t.tr("month")
        case .fortnight: return t.tr("fortnight")
        case .week: return t.tr("week")
        case .custom: return t.tr("custom")
        }
    }
}

/// Opens the form for a workflow action on the current client.
func openForm(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard let c = actionableClient(&state) else { return [] }
    let form: FormState?
    switch command {
    case .snooze: form = snoozeForm(state, c)
    case .recordReason: form = reasonForm(state, c)
    case .agreePlan: form = planForm(state, c)
    case .makeOffer: form = offerForm(state, c)
    case .escalate:
        form = FormState(title: state.text.tr("Escalate") + " · " + c.name,
                         info: [state.text.tr("The owner sees the client in their queue and is asked for the sales side of the story.")],
                         fields: [.text(.escalation(.owner), state.text.tr("To"), c.owner ?? ""), .text(.escalation(.note), state.text.tr("Note"))],
                         purpose: .escalate(c.id))
    case .ownerNote:
        form = FormState(title: state.text.tr("The owner's side") + " · " + c.name,
                         info: [state.text.tr("What sales knows: the relationship, promises made, why they may not pay.")],
                         fields: [.text(.escalation(.owner), state.text.tr("Owner"), c.owner ?? state.user), .text(.escalation(.note), state.text.tr("Note"))],
                         purpose: .ownerNote(c.id))
    case .assignOwner:
        form = FormState(title: state.text.tr("Owner") + " · " + c.name,
                         info: [state.text.tr("The client then appears in that person's queue (m on the Today screen, tagih queue --owner).")],
                         fields: [.text(.assign(.owner), state.text.tr("Owner"), c.owner ?? "")], purpose: .assignOwner(c.id))
    case .writeOff: form = writeOffForm(state, c)
    default: return []
    }
    if let form { state.form = form } else { state.message = StatusMessage(.warn, state.text.tr("{0} owes nothing", c.name)) }
    return []
}

private func snoozeForm(_ state: AppState, _ c: Client) -> FormState {
    let status = state.book.status(c.id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset)
    let current = status.nextFollowUp.map { state.text.tr("Next follow-up now: {0}.", state.dates.short($0)) } ?? state.text.tr("No follow-up set.")
    return FormState(title: state.text.tr("Snooze") + " · " + c.name, info: [current],
                     fields: [.text(.snooze(.until), state.text.tr("Until"), state.today.adding(days: state.policy.cadence.lowerBound).iso,
                                    hint: state.text.tr("YYYY-MM-DD, +7, tomorrow")),
                              .text(.snooze(.note), state.text.tr("Why"))], purpose: .snooze(c.id))
}

private func reasonForm(_ state: AppState, _ c: Client) -> FormState {
    let reasons = NonPaymentReason.allCases
    let open = state.book.openInvoices(of: c.id)
    var scope = [state.text.tr("the client as a whole")] + open.map(\.number)
    if let inv = state.currentInvoice, let i = open.firstIndex(where: { $0.id == inv.id }) {
        scope.swapAt(0, i + 1)
        scope[1...].sort()
    }
    let status = state.book.status(c.id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset)
    let current = status.reason?.reason ?? .unknown
    return FormState(
        title: state.text.tr("Why they do not pay") + " · " + c.name,
        info: [state.text.tr("A dispute pauses chasing for that invoice until another reason is recorded.")],
        fields: [.choice(.reason(.reason), state.text.tr("Reason"), reasons.map(state.text.reason), reasons.firstIndex(of: current) ?? 0),
                 .choice(.reason(.invoice), state.text.tr("About"), scope, 0), .text(.reason(.note), state.text.tr("Note"))],
        purpose: .reason(c.id))
}

private func planForm(_ state: AppState, _ c: Client) -> FormState? {
    guard let total = state.book.primaryBalance(of: c.id) else { return nil }
    return FormState(
        title: state.text.tr("Payment plan") + " · " + c.name,
        info: [state.text.tr("Covers the open {0} invoices: {1}.", total.currency.code, state.moneyFormat.string(total)),
               state.text.tr("Custom: list dates and amounts instead, e.g. 2026-12-15 5000000, 2027-01-15 5000000.")],
        fields: [.choice(.plan(.cadence), state.text.tr("Every"), PlanInput.Cadence.allCases.map { $0.shown(state.text) }, 0),
                 .text(.plan(.count), state.text.tr("Instalments"), "3"), .text(.plan(.first), state.text.tr("First on"), state.today.adding(days: 14).iso),
                 .text(.plan(.schedule), state.text.tr("Custom schedule"), hint: state.text.tr("date amount, date amount…")), .text(.plan(.note), state.text.tr("Note"))],
        purpose: .plan(c.id))
}

private func writeOffForm(_ state: AppState, _ c: Client) -> FormState? {
    guard let b = state.book.primaryBalance(of: c.id) else { return nil }
    let owed = state.book.balances(of: c.id).map(state.moneyFormat.string).joined(separator: " + ")
    let warnings = WriteOffInput(clientID: c.id, reason: "").warnings(book: state.book, today: state.today, policy: state.policy)
    return FormState(
        title: state.text.tr("Write off") + " · " + c.name, info: [state.text.tr("Owed: {0}. A write-off is the last resort.", owed)],
        fields: [.text(.writeOff(.amount), state.text.tr("Amount"), state.moneyFormat.number(b), hint: b.currency.code),
                 .text(.writeOff(.reason), state.text.tr("Reason"), hint: state.text.tr("e.g. insolvent, uneconomic to pursue"))],
        purpose: .writeOff(c.id), warnings: warnings.map(state.text.say))
}
