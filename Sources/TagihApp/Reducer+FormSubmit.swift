import TagihCore
import TerminalCore
import Widgets

/// Keys in a workflow form.
func formKey(_ state: inout AppState, _ key: Key, _ command: Command?) -> [Effect] {
    guard var f = state.form else { return [] }
    var closing = false
    defer { if !closing { state.form = f } }
    switch command {
    case .cancel:
        closing = true
        state.form = nil
        return []
    case .nextField, .previousField:
        f.focus = (f.focus + (command == .nextField ? 1 : f.fields.count - 1)) % f.fields.count
        return []
    case .newline where f.focus < f.fields.count - 1:
        f.focus += 1
        return []
    case .newline, .save:
        closing = true
        state.form = f
        return submitForm(&state)
    case .previousChoice, .nextChoice:
        if case let .choice(options, i) = f.fields[f.focus].kind {
            let step = command == .nextChoice ? 1 : options.count - 1
            f.fields[f.focus].kind = .choice(options, (i + step) % options.count)
            f.problem = nil
        }
        return []
    default:
        guard case var .text(t) = f.fields[f.focus].kind else { return [] }
        if editText(&t, key: key, command: command, width: 40, height: 1, multiline: false) {
            f.fields[f.focus].kind = .text(t)
            f.problem = nil
            f.confirmed = false
        }
        return []
    }
}

/// Checks a form through its typed input and turns it into changes to save.
private func submitForm(_ state: inout AppState) -> [Effect] {
    guard let f = state.form else { return [] }
    switch formEvents(state, f) {
    case let .failure(problem):
        state.form?.problem = problem.message
        if let id = problem.field { state.form?.focus(on: id) }
        return []
    case let .success((events, message)):
        if !f.warnings.isEmpty && !f.confirmed {
            state.form?.confirmed = true
            let ask = state.text.tr("Before writing off: {0}. Ctrl-S again to write off anyway.", f.warnings.joined(separator: "; "))
            state.form?.problem = ask
            return []
        }
        if events.isEmpty {
            state.form = nil
            state.message = StatusMessage(.info, message)
            return []
        }
        var reason = SaveReason.workflow(message)
        if f.purpose == .addClient, case let .clientRecorded(c)? = events.first { reason = .clientAdded(c.id, message) }
        return [.save(events.map { PendingEvent(at: state.now, author: state.user, body: $0) }, reason)]
    }
}

/// A problem with a form, in the field it is in (nil: the form as a whole).
struct FormProblem: Error {
    let field: FormState.FieldID?
    let message: String
}

/// The events a form records and the message saying so, or the problem its input found.
private func formEvents(_ state: AppState, _ f: FormState) -> FormVerdict {
    let book = state.book, today = state.today, fmt = state.moneyFormat, mark = state.decimalMark
    /// The input's verdict, its problem put in the form's field and started with that field's label.
    func checked<F>(_ r: Result<[EventBody], InputProblem<F>>, _ id: (F) -> FormState.FieldID,
                    _ message: ([EventBody]) -> String) -> FormVerdict {
        switch r {
        case let .success(events): return .success((events, message(events)))
        case let .failure(p):
            let field = f.fields.first { $0.id == id(p.field) }
            let label = field.map { $0.label + ": " } ?? ""
            return .failure(FormProblem(field: field?.id, message: label + state.text.say(p.sentence)))
        }
    }
    let name = book.clients[f.purpose.clientID]?.name ?? f.purpose.clientID.raw
    switch f.purpose {
    case let .snooze(id):
        let input = SnoozeInput(clientID: id, until: f.text(.snooze(.until)), note: f.text(.snooze(.note)))
        return checked(input.validate(book: book, today: today), FormState.FieldID.snooze) { events in
            guard case let .followUpScheduled(s)? = events.first else { return "" }
            return state.text.tr("{0}: next follow-up {1}", name, s.date.iso)
        }
    case let .reason(id):
        let reason = f.chosen(.reason(.reason), of: NonPaymentReason.self)
        let about = f.text(.reason(.invoice)) == state.text.tr("the client as a whole") ? "" : f.text(.reason(.invoice))
        let input = ReasonInput(clientID: id, reason: reason, invoice: about, note: f.text(.reason(.note)))
        let label = state.text.reason(reason)
        return checked(input.validate(book: book), FormState.FieldID.reason) { _ in
            about.isEmpty ? state.text.tr("{0}: reason {1}", name, label) : state.text.tr("{0}: reason {1} for {2}", name, label, about)
        }
    case let .plan(id):
        let input = PlanInput(clientID: id, cadence: f.chosen(.plan(.cadence), of: PlanInput.Cadence.self), count: f.text(.plan(.count)),
                              first: f.text(.plan(.first)), schedule: f.text(.plan(.schedule)), note: f.text(.plan(.note)))
        return checked(input.validate(book: book, today: today, decimalMark: mark, money: fmt), FormState.FieldID.plan) { events in
            guard case let .planAgreed(p)? = events.first else { return "" }
            return state.text.tr("{0}: plan of {1} instalments agreed", name, p.instalments.count)
        }
    case let .offer(id):
        let input = OfferInput(clientID: id, amount: f.text(.offer(.amount)), offeredBy: f.chosen(.offer(.offeredBy), of: OfferedByChoice.self).party,
                               expires: f.text(.offer(.expires)), note: f.text(.offer(.note)))
        return checked(input.validate(book: book, today: today, decimalMark: mark, money: fmt), FormState.FieldID.offer) { events in
            guard case let .offerMade(o)? = events.first else { return "" }
            return state.text.tr("{0}: offer of {1} recorded", name, fmt.string(o.amount))
        }
    case let .answerOffer(id, offerID):
        let accept = f.chosen(.answer(.answer), of: OfferAnswerChoice.self) == .accept
        let input = OfferAnswerInput(clientID: id, offerID: offerID, accept: accept, payBy: f.text(.answer(.payBy)), instalments: f.text(.answer(.instalments)))
        let offer = input.openOffer(book: book, today: today, policy: state.policy)
        return checked(input.validate(book: book, today: today, policy: state.policy), FormState.FieldID.answer) { events in
            guard accept, case let .offerAnswered(a)? = events.first else { return state.text.tr("{0}: offer rejected", name) }
            return state.text.tr("{0}: {1} agreed, to be paid by {2}; the rest is written off once it is paid", name, offer.map { fmt.string($0.amount) } ?? "",
                                 a.payBy.map(state.dates.short) ?? "")
        }
    case let .reminder(id, guardOverride):
        return reminderEvents(state, f, client: id, name: name, guardOverride: guardOverride, checked: checked)
    case let .escalate(id), let .ownerNote(id):
        let kind: EscalationRecord.Kind
        if case .ownerNote = f.purpose { kind = .ownerNote } else { kind = .escalated }
        let input = EscalationInput(clientID: id, kind: kind, owner: f.text(.escalation(.owner)), note: f.text(.escalation(.note)))
        return checked(input.validate(book: book), FormState.FieldID.escalation) { events in
            guard case let .escalation(e)? = events.first else { return "" }
            return kind == .ownerNote ? state.text.tr("{0}: owner's note recorded", name) : state.text.tr("{0}: escalated to {1}", name, e.owner)
        }
    case let .assignOwner(id):
        let before = book.clients[id]?.owner
        return checked(AssignInput(clientID: id, owner: f.text(.assign(.owner))).validate(book: book), FormState.FieldID.assign) { events in
            guard case let .clientRecorded(c)? = events.first, let owner = c.owner else { return state.text.tr("{0} is already owned by {1}", name, before ?? "") }
            return before.map { state.text.tr("{0}: owner {1} (was {2})", name, owner, $0) } ?? state.text.tr("{0}: owner {1}", name, owner)
        }
    case .addClient, .editClient, .addInvoice, .editInvoice, .reversePayment, .credit, .voidInvoice, .amendContact:
        return recordFormEvents(state, f)
    case let .writeOff(id):
        let input = WriteOffInput(clientID: id, amount: f.text(.writeOff(.amount)), reason: f.text(.writeOff(.reason)))
        return checked(input.validate(book: book, today: today, decimalMark: mark, money: fmt), FormState.FieldID.writeOff) { events in
            let offs = events.compactMap { e -> Money? in if case let .writtenOff(w) = e { return w.amount } else { return nil } }
            guard let currency = offs.first?.currency else { return "" }
            return state.text.tr("{0}: {1} written off", name, fmt.string(Money(minor: offs.reduce(0) { $0 + $1.minor }, currency: currency)))
        }
    }
}

/// What a checked form gives: the events and the message, or the problem.
typealias FormVerdict = Result<([EventBody], String), FormProblem>

/// The reminder form: the letter rendered from the chosen template (or the
/// note) becomes the copy on record; `ReminderInput` checks the rest.
private func reminderEvents(_ state: AppState, _ f: FormState, client id: ClientID, name: String, guardOverride: String?,
                            checked: (Result<[EventBody], InputProblem<ReminderInput.Field>>, (ReminderInput.Field) -> FormState.FieldID,
                                      ([EventBody]) -> String) -> FormVerdict) -> FormVerdict {
    let book = state.book, today = state.today
    let level = f.choice(.reminder(.level)) + 1
    var text = f.text(.reminder(.text))
    let letter = f.chosen(.reminder(.letter), of: ReminderLetter.self)
    if letter != .none {
        let lang = letter.rawValue
        let template = state.letterTemplates[lang]?[Letters.templateName(level: level)] ?? Letters.builtIn(language: lang, level: level)
        switch Letters.render(template, book: book, client: id, today: today, sender: state.user, level: level, language: lang) {
        case let .success(rendered): text = rendered + (text.isEmpty ? "" : "\n" + text)
        case let .failure(e):
            return .failure(FormProblem(field: .reminder(.letter), message: state.text.tr("the {0} template: {1}", lang, state.text.say(e.sentence))))
        }
    }
    let input = ReminderInput(clientID: id, level: level, text: text, guardOverride: guardOverride)
    let escalates = input.escalates(book: book, today: today, policy: state.policy)
    let rung = state.policy.ladderName(level)
    return checked(input.validate(book: book, today: today, policy: state.policy), FormState.FieldID.reminder) { _ in
        escalates ? state.text.tr("{0}: reminder {1} ({2}) recorded; escalated to {3}", name, level, rung, book.clients[id]?.owner ?? state.text.tr("the owner"))
                  : state.text.tr("{0}: reminder {1} ({2}) recorded", name, level, rung)
    }
}

extension FormState.Purpose {
    /// The client the form is about.
    var clientID: ClientID {
        switch self {
        case let .snooze(id), let .reason(id), let .plan(id), let .offer(id), let .answerOffer(id, _), let .reminder(id, _),
             let .escalate(id), let .ownerNote(id), let .assignOwner(id), let .writeOff(id), let .editClient(id), let .addInvoice(id),
             let .editInvoice(_, id), let .reversePayment(id), let .credit(id), let .voidInvoice(id), let .amendContact(id):
            return id
        case .addClient: return ClientID("")
        }
    }
}
