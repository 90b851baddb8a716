import TagihCore

/// `u`: asks before taking back the last change made since the app opened.
func askUndo(_ state: inout AppState) -> [Effect] {
    if let reason = state.readOnlyReason {
        state.message = StatusMessage(.error, state.text.tr("Read-only: {0}", reason))
        return []
    }
    while let last = state.undoStack.last {
        let said = last.map { ChangeNews.sentence($0, in: state.book, text: state.text) }.joined(separator: "; ")
        guard let bodies = state.book.undoing(last, today: state.today) else {
            state.undoStack.removeLast()
            state.message = StatusMessage(.warn, state.text.tr("Cannot undo \"{0}\": it was already taken back, or a later change rests on it", said))
            return []
        }
        state.prompt = Prompt(purpose: .undo(bodies, said: state.text.tr("Undone: {0}", said)), question: state.text.tr("Undo \"{0}\"?", said))
        return []
    }
    state.message = StatusMessage(.info, state.undidAny ? state.text.tr("Nothing more to undo: every change since tagih opened is taken back")
                                                        : state.text.tr("Nothing to undo: no change was made since tagih opened"))
    return []
}
