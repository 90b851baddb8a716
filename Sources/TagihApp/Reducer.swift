import TagihCore
import TerminalCore

/// The one function that changes app state: an action in, effects out.
/// Pure: no I/O, no clock, no randomness.
public func reduce(_ state: inout AppState, _ action: Action, keymap: Keymap = .standard) -> [Effect] {
    switch action {
    case let .terminalResized(size):
        state.size = size
        state.list.clamp(viewport: state.viewportHeight)
        return []
    case let .bookChanged(book):
        state.replaceBook(book)
        return []
    case let .dayChanged(day):
        state.setToday(day)
        return []
    case let .noticeRaised(message):
        state.message = message
        return []
    case let .keyPressed(key):
        return keyPressed(&state, key, keymap: keymap)
    }
}

private func keyPressed(_ state: inout AppState, _ key: Key, keymap: Keymap) -> [Effect] {
    state.message = nil
    if Layout(size: state.size).isTooSmall {
        // Only quitting makes sense on a screen too small to show anything.
        return keymap.command(for: key, in: .global) == .quit ? quit(&state) : []
    }
    let context: KeyContext = state.showingHelp ? .help : .list
    guard let command = keymap.command(for: key, in: context) else { return [] }
    return run(command, &state)
}

private func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    let page = state.viewportHeight
    switch command {
    case .quit: return quit(&state)
    case .help: state.showingHelp = true
    case .closeHelp: state.showingHelp = false
    case .moveDown: state.list.selected += 1
    case .moveUp: state.list.selected -= 1
    case .pageDown:
        state.list.selected += page
        state.list.offset += page
    case .pageUp:
        state.list.selected -= page
        state.list.offset -= page
    case .top: state.list.selected = 0
    case .bottom: state.list.selected = state.list.rows.count - 1
    }
    state.list.clamp(viewport: page)
    return []
}

private func quit(_ state: inout AppState) -> [Effect] {
    state.quitting = true
    return [.quit]
}
