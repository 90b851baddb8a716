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

/// Contacting a client too soon or too often asks first; going ahead is recorded.
private func guarded(_ state: inout AppState, _ action: Prompt.GuardedAction) -> [Effect] {
    guard let client = state.currentClient else {
        state.message = StatusMessage(.warn, "Select a client first")
        return []
    }
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, "Read-only: \(reason)")
        return []
    }
    if let w = state.book.contactWarning(client, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset) {
        let name = state.book.clients[client]?.name ?? client.raw
        state.prompt = Prompt(purpose: .contactGuard(w, then: action),
                              question: state.text.guardQuestion(w, client: name, dates: state.dates, policy: state.policy, zoneOffset: state.zoneOffset))
        return []
    }
    switch action {
    case .logContact: return openEditor(&state)
    case .logPromise: return openEditor(&state, promise: true)
    case .reminder: return openReminderForm(&state, guardOverride: nil)
    }
}

func openReminderForm(_ state: inout AppState, guardOverride: String?) -> [Effect] {
    guard let id = state.currentClient, let c = state.book.clients[id] else { return [] }
    let status = state.book.status(id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset)
    let next = status.lastReminderLevel + 1
    let levels = (1...max(state.policy.ladder.count + 1, next)).map { "\($0) \(state.policy.ladderName($0))" }
    var info = [tr("Reminders sent so far: {0}.", status.remindersSent)]
    if next >= state.policy.escalateAfterReminders && !status.escalated, let o = c.owner {
        info.append(tr("This is reminder {0}: the client goes to its owner, {1}, once it is recorded.", next, o))
    }
    if next > state.policy.ladder.count { info.append(tr("The ladder is exhausted: next comes a settlement or a write-off proposal.")) }
    if let g = guardOverride { info.append(tr("Guard overridden: {0}.", g)) }
    state.form = FormState(
        title: "Reminder · \(c.name)", info: info,
        fields: [.choice("Level", levels, min(next, levels.count) - 1),
                 .choice("Letter", ["en", "id", "none"], state.letterLanguage == "id" ? 1 : 0,
                         hint: "rendered from the template and kept as the copy"),
                 .text("Or a note", hint: "e.g. where the letter is kept")],
        purpose: .reminder(id, guardOverride: guardOverride))
    return []
}

/// Opens the form for a workflow action on the current client.
func openForm(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard let id = state.currentClient, let c = state.book.clients[id] else {
        state.message = StatusMessage(.warn, "Select a client first")
        return []
    }
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, "Read-only: \(reason)")
        return []
    }
    let book = state.book, fmt = state.moneyFormat, today = state.today
    let status = book.status(id, today: today, policy: state.policy, zoneOffset: state.zoneOffset)
    let balances = book.balances(of: id)
    let owed = balances.map(fmt.string).joined(separator: " + ")
    switch command {
    case .snooze:
        let current = status.nextFollowUp.map { tr("Next follow-up now: {0}.", $0.iso) } ?? tr("No follow-up set.")
        state.form = FormState(title: "Snooze · \(c.name)", info: [current],
                               fields: [.text("Until", today.adding(days: state.policy.cadence.lowerBound).iso, hint: "YYYY-MM-DD, +7, tomorrow"),
                                        .text("Why")], purpose: .snooze(id))
    case .recordReason:
        let reasons = NonPaymentReason.allCases
        let open = book.openInvoices(of: id)
        var scope = ["the client as a whole"] + open.map(\.number)
        if let inv = state.currentInvoice, let i = open.firstIndex(where: { $0.id == inv.id }) {
            scope.swapAt(0, i + 1)
            scope[1...].sort()
        }
        let currentReason = status.reason?.reason ?? .unknown
        state.form = FormState(
            title: "Why they do not pay · \(c.name)",
            info: [tr("A dispute pauses chasing for that invoice until another reason is recorded.")],
            fields: [.choice("Reason", reasons.map(\.label), reasons.firstIndex(of: currentReason) ?? 0),
                     .choice("About", scope, 0), .text("Note")],
            purpose: .reason(id))
    case .agreePlan:
        guard let total = book.primaryBalance(of: id) else { return noBalance(&state, c) }
        state.form = FormState(
            title: "Payment plan · \(c.name)",
            info: [tr("Covers the open {0} invoices: {1}.", total.currency.code, fmt.string(total)),
                   tr("Custom: list dates and amounts instead, e.g. 2026-12-15 5000000, 2027-01-15 5000000.")],
            fields: [.choice("Every", ["month", "fortnight", "week", "custom"], 0),
                     .text("Instalments", "3"), .text("First on", today.adding(days: 14).iso),
                     .text("Custom schedule", hint: "date amount, date amount…"), .text("Note")],
            purpose: .plan(id))
    case .makeOffer:
        if let open = status.offers.last(where: { $0.status == .proposed }) {
            let o = open.offer
            let offered: String
            switch (o.offeredBy, o.expires) {
            case let (.client, until?): offered = tr("They offered {0} on {1}, valid until {2}.", fmt.string(o.amount), o.date.iso, until.iso)
            case (.client, nil): offered = tr("They offered {0} on {1}.", fmt.string(o.amount), o.date.iso)
            case let (.us, until?): offered = tr("We offered {0} on {1}, valid until {2}.", fmt.string(o.amount), o.date.iso, until.iso)
            case (.us, nil): offered = tr("We offered {0} on {1}.", fmt.string(o.amount), o.date.iso)
            }
            var info = [offered]
            if let b = balances.first(where: { $0.currency == o.amount.currency }),
               let r = book.recovery(id, today: today, status: status) {
                let cmp = OfferComparison(balance: b, offer: o.amount, recovery: r.probability)
                info.append(tr("Holding out is worth about {0} ({1} of {2}); accepting gives {3}.", fmt.string(cmp.holdOut), r.percent, fmt.string(b), fmt.string(cmp.accept)))
                info.append(cmp.acceptIsBetter ? tr("Accepting is worth more than holding out.") : tr("Holding out is worth more, if the estimate is right."))
            }
            info.append(tr("Accepting records the payment and writes off the rest as \"settlement\"."))
            state.form = FormState(title: "Answer the offer · \(c.name)", info: info,
                                   fields: [.choice("Answer", ["accept", "reject"], 0)],
                                   purpose: .answerOffer(id, offerID: o.id))
        } else {
            guard let b = book.primaryBalance(of: id) else { return noBalance(&state, c) }
            var info = [tr("Owed: {0}.", owed)]
            if let r = book.recovery(id, today: today, status: status) {
                info.append(tr("Recovery estimate {0}: {1}", r.percent, r.basis.joined(separator: " ")))
                info.append(tr("Expected if holding out: {0}.", fmt.string(OfferComparison(balance: b, offer: b, recovery: r.probability).holdOut)))
            }
            state.form = FormState(
                title: "Settlement offer · \(c.name)", info: info,
                fields: [.choice("Offered by", ["client", "us"], 0), .text("Amount", hint: b.currency.code),
                         .text("Valid until", today.adding(days: 14).iso), .text("Note")],
                purpose: .offer(id))
        }
    case .escalate:
        let owner = c.owner ?? ""
        state.form = FormState(title: "Escalate · \(c.name)",
                               info: [tr("The owner sees the client in their queue and is asked for the sales side of the story.")],
                               fields: [.text("To", owner), .text("Note")], purpose: .escalate(id))
    case .ownerNote:
        state.form = FormState(title: "The owner's side · \(c.name)",
                               info: [tr("What sales knows: the relationship, promises made, why they may not pay.")],
                               fields: [.text("Owner", c.owner ?? state.user), .text("Note")], purpose: .ownerNote(id))
    case .assignOwner:
        state.form = FormState(title: "Owner · \(c.name)",
                               info: [tr("The client then appears in that person's queue (m on the Today screen, tagih queue --owner).")],
                               fields: [.text("Owner", c.owner ?? "")], purpose: .assignOwner(id))
    case .writeOff:
        guard let b = book.primaryBalance(of: id) else { return noBalance(&state, c) }
        let warnings = book.writeOffWarnings(id, status: status, policy: state.policy)
        state.form = FormState(
            title: "Write off · \(c.name)", info: [tr("Owed: {0}. A write-off is the last resort.", owed)],
            fields: [.text("Amount", fmt.number(b), hint: b.currency.code), .text("Reason", hint: "e.g. insolvent, uneconomic to pursue")],
            purpose: .writeOff(id), warnings: warnings)
    default:
        return []
    }
    return []
}

private func noBalance(_ state: inout AppState, _ c: Client) -> [Effect] {
    state.message = StatusMessage(.warn, tr("{0} owes nothing", c.name))
    return []
}

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
    case .newline:
        if f.focus < f.fields.count - 1 { f.focus += 1; return [] }
        return submitForm(&state, &f)
    case .save:
        return submitForm(&state, &f)
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

/// Checks a form and turns it into changes to save.
private func submitForm(_ state: inout AppState, _ f: inout FormState) -> [Effect] {
    switch formEvents(state, f) {
    case let .failure(problem):
        f.problem = problem.message
        if let i = f.fields.firstIndex(where: { $0.label == problem.field }) { f.focus = i }
        return []
    case let .success((events, message)):
        if !f.warnings.isEmpty && !f.confirmed {
            f.confirmed = true
            f.problem = tr("Before writing off: {0}. Ctrl-S again to write off anyway.", f.warnings.joined(separator: "; "))
            return []
        }
        return [.save(events.map { PendingEvent(at: state.now, author: state.user, body: $0) }, .workflow(message))]
    }
}

struct FormProblem: Error {
    let field: String
    let message: String
}

private func formEvents(_ state: AppState, _ f: FormState) -> Result<([EventBody], String), FormProblem> {
    let book = state.book, today = state.today, fmt = state.moneyFormat
    /// A field's label as the form shows it, to start a problem with.
    func shown(_ label: String) -> String { Phrases.text(label, language: state.text.language) }
    func date(_ label: String, notBefore: CivilDate? = nil) -> Result<CivilDate, FormProblem> {
        switch Parse.date(f.value(label), today: today) {
        case let .failure(e): return .failure(FormProblem(field: label, message: "\(shown(label)): \(e)"))
        case let .success(d):
            if let n = notBefore, d < n { return .failure(FormProblem(field: label, message: "\(shown(label)): " + tr("{0} is in the past", d.iso))) }
            return .success(d)
        }
    }
    func money(_ label: String, _ c: Currency) -> Result<Money, FormProblem> {
        switch Parse.money(f.value(label), currency: c, decimalMark: state.decimalMark) {
        case let .failure(e): return .failure(FormProblem(field: label, message: "\(shown(label)): \(e)"))
        case let .success(m):
            return m.isPositive ? .success(m) : .failure(FormProblem(field: label, message: "\(shown(label)): " + tr("must be more than zero")))
        }
    }
    func client(_ id: ClientID) -> String { book.clients[id]?.name ?? id.raw }
    do {
        switch f.purpose {
        case let .snooze(id):
            let d = try date("Until", notBefore: today.adding(days: 1)).get()
            return .success(([.followUpScheduled(FollowUpScheduled(clientID: id, date: d, note: f.value("Why")))],
                             tr("{0}: next follow-up {1}", client(id), d.iso)))
        case let .reason(id):
            let reason = NonPaymentReason.allCases[f.index("Reason")]
            let about = f.value("About")
            let invoice = book.openInvoices(of: id).first { $0.number == about }?.id
            return .success(([.reasonRecorded(ReasonRecord(clientID: id, invoiceID: invoice, reason: reason, note: f.value("Note")))],
                             invoice == nil ? tr("{0}: reason {1}", client(id), shown(reason.label)) : tr("{0}: reason {1} for {2}", client(id), shown(reason.label), about)))
        case let .plan(id):
            guard let total = book.primaryBalance(of: id) else { throw FormProblem(field: "Every", message: tr("nothing is owed")) }
            let covered = book.openInvoices(of: id, currency: total.currency).map(\.id)
            var instalments: [Instalment]
            if f.value("Every") == "custom" {
                instalments = []
                for part in f.value("Custom schedule").split(separator: ",") {
                    let bits = part.split(separator: " ", omittingEmptySubsequences: true)
                    guard bits.count == 2 else {
                        throw FormProblem(field: "Custom schedule", message: tr("write each instalment as DATE AMOUNT, separated by commas"))
                    }
                    let d = try Parse.date(String(bits[0]), today: today).mapError { FormProblem(field: "Custom schedule", message: $0.description) }.get()
                    let m = try Parse.money(String(bits[1]), currency: total.currency, decimalMark: state.decimalMark).mapError { FormProblem(field: "Custom schedule", message: $0.description) }.get()
                    instalments.append(Instalment(date: d, amount: m))
                }
                let sum = instalments.reduce(Int64(0)) { $0 + $1.amount.minor }
                guard sum == total.minor else {
                    throw FormProblem(field: "Custom schedule", message: tr("the instalments add up to {0}, the balance is {1}", fmt.string(Money(minor: sum, currency: total.currency)), fmt.string(total)))
                }
            } else {
                guard let n = Int(f.value("Instalments").trimmingCharacters(in: .whitespaces)), (1...120).contains(n) else {
                    throw FormProblem(field: "Instalments", message: tr("Instalments: a number from 1 to 120"))
                }
                let first = try date("First on", notBefore: today).get()
                let every = f.value("Every")
                instalments = Book.schedule(total: total, count: n, first: first, stepDays: every == "week" ? 7 : 14, monthly: every == "month")
            }
            guard !instalments.isEmpty else { throw FormProblem(field: "Custom schedule", message: tr("the plan has no instalments")) }
            let plan = PaymentPlan(id: "", clientID: id, invoiceIDs: covered, agreedOn: today, instalments: instalments, note: f.value("Note"))
            return .success(([.planAgreed(plan)], tr("{0}: plan of {1} instalments agreed", client(id), instalments.count)))
        case let .offer(id):
            guard let total = book.primaryBalance(of: id) else { throw FormProblem(field: "Amount", message: tr("nothing is owed")) }
            let m = try money("Amount", total.currency).get()
            guard m.minor < total.minor else {
                throw FormProblem(field: "Amount", message: tr("a settlement is for less than the balance ({0})", fmt.string(total)))
            }
            let until = try date("Valid until", notBefore: today).get()
            let by: OfferParty = f.value("Offered by") == "us" ? .us : .client
            let offer = SettlementOffer(id: "", clientID: id, amount: m, offeredBy: by, date: today, expires: until, note: f.value("Note"))
            return .success(([.offerMade(offer)], tr("{0}: offer of {1} recorded", client(id), fmt.string(m))))
        case let .answerOffer(id, offerID):
            guard let offer = book.offers[id]?.first(where: { $0.value.id == offerID })?.value else {
                throw FormProblem(field: "Answer", message: tr("the offer is gone"))
            }
            if f.value("Answer") == "accept" {
                return .success((book.acceptance(of: offer, on: today), tr("{0}: settled for {1}; the rest is written off", client(id), fmt.string(offer.amount))))
            }
            return .success(([.offerAnswered(OfferAnswer(offerID: offerID, status: .rejected, date: today))], tr("{0}: offer rejected", client(id))))
        case let .reminder(id, guardOverride):
            let level = f.index("Level") + 1
            var text = f.value("Or a note")
            let lang = f.value("Letter")
            if lang != "none" {
                let template = state.letterTemplates[lang]?[Letters.templateName(level: level)] ?? Letters.builtIn(language: lang, level: level)
                switch Letters.render(template, book: book, client: id, today: today, sender: state.user, level: level, language: lang) {
                case let .success(letter): text = letter + (text.isEmpty ? "" : "\n" + text)
                case let .failure(e): throw FormProblem(field: "Letter", message: tr("the {0} template: {1}", lang, e))
                }
            }
            if let g = guardOverride { text += (text.isEmpty ? "" : "\n") + "[guard overridden: \(g)]" }
            let invoices = book.openInvoices(of: id).filter { $0.daysLate(on: today) >= 1 }.map(\.id)
            var events: [EventBody] = [.reminderSent(ReminderSent(clientID: id, level: level, invoiceIDs: invoices, text: text))]
            events.append(.followUpScheduled(FollowUpScheduled(clientID: id, date: today.adding(days: state.policy.cadence.lowerBound),
                                                               note: "after reminder \(level)")))
            let status = book.status(id, today: today, policy: state.policy, zoneOffset: state.zoneOffset)
            let rung = state.policy.ladderName(level)
            let msg = status.remindersSent + 1 >= state.policy.escalateAfterReminders && !status.escalated
                ? tr("{0}: reminder {1} ({2}) recorded; escalated to {3}", client(id), level, rung, book.clients[id]?.owner ?? tr("the owner"))
                : tr("{0}: reminder {1} ({2}) recorded", client(id), level, rung)
            return .success((events, msg))
        case let .escalate(id):
            let to = f.value("To").trimmingCharacters(in: .whitespaces)
            guard !to.isEmpty else { throw FormProblem(field: "To", message: tr("To: name the owner salesperson")) }
            return .success(([.escalation(EscalationRecord(clientID: id, kind: .escalated, owner: to, note: f.value("Note")))],
                             tr("{0}: escalated to {1}", client(id), to)))
        case let .ownerNote(id):
            let note = f.value("Note").trimmingCharacters(in: .whitespaces)
            guard !note.isEmpty else { throw FormProblem(field: "Note", message: tr("Note: what is the owner's side?")) }
            return .success(([.escalation(EscalationRecord(clientID: id, kind: .ownerNote, owner: f.value("Owner"), note: note))],
                             tr("{0}: owner's note recorded", client(id))))
        case let .assignOwner(id):
            let name = f.value("Owner").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, var c = book.clients[id] else { throw FormProblem(field: "Owner", message: tr("give the owner's name")) }
            let before = c.owner
            c.owner = name
            return .success(([.clientRecorded(c)], before.map { tr("{0}: owner {1} (was {2})", c.name, name, $0) } ?? tr("{0}: owner {1}", c.name, name)))
        case let .writeOff(id):
            guard let total = book.primaryBalance(of: id) else { throw FormProblem(field: "Amount", message: tr("nothing is owed")) }
            let m = try money("Amount", total.currency).get()
            guard m.minor <= total.minor else { throw FormProblem(field: "Amount", message: tr("more than the balance ({0})", fmt.string(total))) }
            let reason = f.value("Reason").trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { throw FormProblem(field: "Reason", message: tr("Reason: say why it is written off")) }
            var left = m.minor
            var events: [EventBody] = []
            for inv in book.openInvoices(of: id, currency: total.currency) where left > 0 {
                let take = min(left, book.balance(inv).minor)
                events.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: take, currency: total.currency),
                                                   reason: reason, date: today)))
                left -= take
            }
            return .success((events, tr("{0}: {1} written off", client(id), fmt.string(m))))
        }
    } catch let p as FormProblem {
        return .failure(p)
    } catch {
        return .failure(FormProblem(field: "", message: "\(error)"))
    }
}
