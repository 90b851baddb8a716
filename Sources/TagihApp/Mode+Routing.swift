import TagihCore
import TerminalCore

// Everything that depends on what is open is decided here, from `state.mode`:
// the live key contexts, where a key goes, whether the mouse acts, and what
// is drawn on top (see `render`).

/// The contexts whose keys are live now, most specific first.
public func activeContexts(_ state: AppState) -> [KeyContext] {
    contexts(of: state.mode, state)
}

/// The contexts of `mode` over the main screen of `state`.
func contexts(of mode: Mode, _ state: AppState) -> [KeyContext] {
    switch mode {
    case .help: return [.help]
    case .prompt: return [.prompt]
    case .palette: return [.palette]
    case let .editor(e): return e.focus.isChoice ? [.editor, .choice] : [.editor, .text]
    case let .form(f): return f.focusedIsChoice ? [.form, .choice] : [.form, .text]
    case .payment: return [.payment, .text]
    case .filtering: return [.filter, .text]
    case .browsing: return browsingContexts(state)
    }
}

/// The main screen's contexts: the detail pane's when it has the focus.
private func browsingContexts(_ state: AppState) -> [KeyContext] {
    if state.detailOpen || (state.screen == .list && state.layout.sideBySide && state.focus == .detail) {
        return [.detail, .client, .global]
    }
    switch state.screen {
    case .list: return [.list, .client, .global]
    case .today: return [.today, .client, .global]
    case .dashboard: return [.dashboard, .global]
    }
}

/// The contexts the help overlay lists: those of what lies under it, every
/// field kind of a form or the editor included.
func helpContexts(_ state: AppState) -> [KeyContext] {
    guard case let .help(under) = state.mode else { return activeContexts(state) }
    let c = contexts(of: under, state)
    if c.contains(.editor) { return [.editor, .choice, .text] }
    if c.contains(.form) { return [.form, .choice, .text] }
    return c
}

/// Whether a mouse event acts: only on the main screen with nothing open over it.
func mouseActs(_ state: AppState) -> Bool {
    state.mode == .browsing && !state.layout.isTooSmall
}

/// A key, sent to what has the keys.
func keyPressed(_ state: inout AppState, _ key: Key, keymap: Keymap) -> [Effect] {
    state.message = nil
    if state.layout.isTooSmall && !state.mode.keepsKeysWhenTooSmall {
        // Only quitting makes sense on a screen too small to show anything.
        return keymap.command(for: key, in: .global) == .quit ? quit(&state) : []
    }
    let contexts = activeContexts(state)
    let command = keymap.command(for: key, in: contexts)
    if case let .alt(c) = key, command == nil {
        // Esc and a key typed quickly arrive as one Alt key; unbound, it is both.
        return keyPressed(&state, .escape, keymap: keymap) + keyPressed(&state, .char(c), keymap: keymap)
    }
    switch state.mode {
    case .help:
        if command == .closeHelp { state.showingHelp = false }
        return []
    case .prompt: return promptAnswered(&state, command)
    case .palette: return paletteKey(&state, key, command, keymap: keymap)
    case .editor: return editorKey(&state, key, command)
    case .form: return formKey(&state, key, command)
    case .payment: return paymentKey(&state, key, command)
    case .filtering: return filterKey(&state, key, command)
    case .browsing: return browsingKey(&state, command, contexts: contexts, keymap: keymap)
    }
}

/// A command on the main screen: the palette, a screen switch, a client
/// action, or the list's, Today's or the detail's own.
func browsingKey(_ state: inout AppState, _ command: Command?, contexts: [KeyContext], keymap: Keymap) -> [Effect] {
    guard let command else { return [] }
    if command == .openPalette {
        state.palette = PaletteState(contexts: Array(contexts.filter { $0 != .global }) + [.global])
        state.refreshPalette(keymap: keymap)
        return []
    }
    if let effects = screenCommand(&state, command) { return effects }
    if let effects = recordCommand(&state, command, contexts: contexts) { return effects }
    if let effects = clientCommand(&state, command) { return effects }
    switch contexts.first {
    case .detail?: return detailCommand(&state, command)
    case .today?: return todayCommand(&state, command)
    case .dashboard?: return dashboardCommand(&state, command)
    default: return listCommand(&state, command)
    }
}

extension Mode {
    /// Typing that must not be lost goes on even on a screen too small to
    /// show it: the editor, the payment form, a question asked.
    var keepsKeysWhenTooSmall: Bool {
        if prompt != nil { return true }
        switch base {
        case .editor, .payment: return true
        default: return false
        }
    }
}
