import TagihCore
import TerminalCore

/// The one function that changes app state: an action in, effects out.
/// Pure: no I/O, no clock, no randomness.
public func reduce(_ state: inout AppState, _ action: Action, keymap: Keymap = .standard) -> [Effect] {
    switch action {
    case let .terminalResized(size):
        state.size = size
        state.list.clamp(viewport: state.viewportHeight)
        state.todayQueue.clamp(viewport: state.layout.todayBodyHeight)
        state.clampDetailScroll()
        state.editorScrollToCursor()
        return []
    case let .clockTicked(t):
        state.now = t
        return []
    case let .bookChanged(book):
        state.replaceBook(book)
        return []
    case let .journalsChanged(book, events):
        state.replaceBook(book, after: events)
        if let said = ChangeNews.describe(events, in: book, text: state.text) { state.message = StatusMessage(.info, said) }
        return []
    case let .searchIndexBuilt(index, version):
        state.list.install(index, version: version)
        return []
    case let .saveSucceeded(book, reason, saved):
        return saveSucceeded(&state, book, reason, saved)
    case let .saveFailed(message):
        state.editor?.saving = false
        state.message = StatusMessage(.error, message)
        return []
    case let .dayChanged(day):
        state.setToday(day)
        return []
    case let .noticeRaised(message):
        state.message = message
        return []
    case let .draftFound(draft):
        return draftFound(&state, draft)
    case let .externalEditFinished(text):
        return externalEditFinished(&state, text)
    case let .textPasted(text):
        return textPasted(&state, text)
    case let .keyPressed(key):
        return keyPressed(&state, key, keymap: keymap)
    case let .mouseUsed(event):
        mouseUsed(&state, event)
        return []
    }
}

func quit(_ state: inout AppState) -> [Effect] {
    if state.editor?.dirty == true {
        state.prompt = Prompt(purpose: .discardEditor, question: state.text.tr("Discard the unsaved note and quit?"))
        return []
    }
    state.quitting = true
    return [.quit]
}

func promptAnswered(_ state: inout AppState, _ command: Command?) -> [Effect] {
    guard let prompt = state.prompt, command == .answerYes || command == .answerNo else { return [] }
    state.prompt = nil
    let yes = command == .answerYes
    switch prompt.purpose {
    case .discardEditor:
        guard yes else { return [] }
        state.editor = nil
        state.message = StatusMessage(.info, state.text.tr("Note discarded"))
        return [.deleteDraft]
    case let .restoreDraft(draft):
        if yes { return restoreDraft(&state, draft) }
        state.message = StatusMessage(.info, state.text.tr("Unsaved note discarded"))
        return [.deleteDraft]
    case let .contactGuard(warning, then):
        guard yes else {
            state.message = StatusMessage(.info, state.text.tr("Not contacted. Next follow-up stays as it is (z snoozes it)."))
            return []
        }
        switch then {
        case .logContact: return openEditor(&state, guardOverride: warning.overrideNote)
        case .logPromise: return openEditor(&state, guardOverride: warning.overrideNote, promise: true)
        case .reminder: return openReminderForm(&state, guardOverride: warning.overrideNote)
        }
    case let .undo(bodies, said):
        guard yes else { return [] }
        return [.save(bodies.map { PendingEvent(at: state.now, author: state.user, body: $0) }, .undo(said))]
    case let .duplicatePayment(bodies, number):
        guard yes else { state.message = StatusMessage(.info, state.text.tr("Not recorded again")); return [] }
        return [.save(bodies.map { PendingEvent(at: state.now, author: state.user, body: $0) }, .payment(invoiceNumber: number))]
    }
}

private func saveSucceeded(_ state: inout AppState, _ book: Book, _ reason: SaveReason, _ saved: [Event]) -> [Effect] {
    let acted = state.currentClient
    state.replaceBook(book, after: saved.isEmpty ? nil : saved)
    if case .undo = reason {
        _ = state.undoStack.popLast()
        state.undidAny = true
    } else if !saved.isEmpty {
        state.undoStack.append(saved)
    }
    switch reason {
    case let .contact(name, kind):
        let client = state.editor?.clientID ?? acted
        state.editor = nil
        state.message = StatusMessage(.info, savedContactMessage(state.text, kind, name))
        state.detailScroll = 0
        state.advanceQueue(after: client)
        return [.deleteDraft]
    case let .payment(number):
        state.payment = nil
        state.message = StatusMessage(.info, state.text.tr("Payment on {0} saved", number))
        state.advanceQueue(after: acted)
        return []
    case let .workflow(text):
        state.form = nil
        state.message = StatusMessage(.info, text)
        state.advanceQueue(after: acted)
        return []
    case let .clientAdded(id, text):
        state.form = addInvoiceForm(state, id)
        state.message = StatusMessage(.info, text + " · " + state.text.tr("now its first invoice (Esc to skip)"))
        return []
    case let .undo(text):
        state.form = nil
        state.message = StatusMessage(.info, text)
        return []
    }
}

extension AppState {
    /// Keeps the detail's scroll within its content.
    mutating func clampDetailScroll() {
        let lines = DetailContent.lines(self, width: layout.detailPane.width - 2).count
        let h = max(1, layout.detailPane.height - 2)
        detailScroll = max(0, min(detailScroll, lines - h))
    }
}

/// "Call with CV Maju Jaya saved", in the user's language.
private func savedContactMessage(_ t: Strings, _ kind: InteractionKind, _ name: String) -> String {
    switch kind {
    case .call: return t.tr("Call with {0} saved", name)
    case .letter: return t.tr("Letter with {0} saved", name)
    case .email: return t.tr("Email with {0} saved", name)
    case .visit: return t.tr("Visit with {0} saved", name)
    }
}
