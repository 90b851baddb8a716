import TagihCore
import TerminalCore
import Widgets

/// Keys on the overdue list.
func listCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
    let page = state.viewportHeight
    switch command {
    case .quit: return quit(&state)
    case .help: state.showingHelp = true
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
    case .openDetail, .switchPane:
        guard state.list.current != nil else { return [] }
        if state.layout.sideBySide { state.focus = .detail } else if command == .openDetail { state.detailOpen = true }
        state.detailScroll = 0
    case .startFilter:
        state.filtering = true
        state.filterInput = TextEditor(text: state.list.query)
    case .clearFilter:
        state.list.marked.removeAll()
        state.list.setQuery("")
    case .cycleSort: state.list.cycleSort()
    case .reverseSort: state.list.reverseSort()
    case .toggleGrouping: state.list.toggleGrouping()
    case .toggleDisputes:
        state.list.toggleDisputes()
        state.list.selected = 0
    case .toggleMark:
        guard let key = state.list.current?.key else { return [] }
        if state.list.marked.remove(key) == nil { state.list.marked.insert(key) }
        state.list.selected += 1
    case .logContact: return openEditor(&state)
    case .recordPayment: return openPayment(&state)
    default: return []
    }
    let before = state.list.current?.clientID
    state.list.clamp(viewport: state.viewportHeight)
    if state.list.current?.clientID != before { state.detailScroll = 0 }
    return []
}

/// Keys on the client detail (full screen on narrow terminals, or the focused right pane).
func detailCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
    let page = max(1, state.layout.detailPane.height - 3)
    switch command {
    case .quit: return quit(&state)
    case .help: state.showingHelp = true
    case .moveDown: state.detailScroll += 1
    case .moveUp: state.detailScroll -= 1
    case .pageDown: state.detailScroll += page
    case .pageUp: state.detailScroll -= page
    case .top: state.detailScroll = 0
    case .bottom: state.detailScroll = Int.max / 2
    case .back, .switchPane:
        state.detailOpen = false
        state.showStatement = false
        state.focus = .list
    case .startFilter:
        // The filter is the list's: back to the list (from Today too), its focus, then the filter.
        if state.screen != .list { _ = screenCommand(&state, .showList) }
        state.detailOpen = false
        state.focus = .list
        return listCommand(&state, .startFilter)
    case .logContact: return openEditor(&state)
    case .recordPayment: return openPayment(&state)
    case .toggleVersions: state.showEarlierVersions.toggle()
    case .toggleStatement:
        state.showStatement.toggle()
        state.detailScroll = 0
    default: return []
    }
    state.clampDetailScroll()
    return []
}

/// Typing in the filter line filters the list at every key.
func filterKey(_ state: inout AppState, _ key: Key, _ command: Command?) -> [Effect] {
    switch command {
    case .acceptFilter:
        state.filtering = false
        if state.list.rows.isEmpty && !state.list.query.isEmpty {
            state.message = StatusMessage(.warn, state.text.tr("Nothing matches \"{0}\"; Esc clears the filter", state.list.query))
        }
        return []
    case .cancelFilter:
        state.filtering = false
        state.list.setQuery("")
        state.list.clamp(viewport: state.viewportHeight)
        return []
    default:
        break
    }
    if !editText(&state.filterInput, key: key, command: command, width: 200, height: 1, multiline: false) { return [] }
    state.list.setQuery(state.filterInput.text)
    state.list.selected = 0
    state.list.offset = 0
    state.list.clamp(viewport: state.viewportHeight)
    return []
}

/// Applies a text-editing key to a field; returns true when it changed or moved.
/// Printable characters are typed; Enter adds a line only in a multi-line field.
func editText(_ t: inout TextEditor, key: Key, command: Command?, width: Int, height: Int, multiline: Bool) -> Bool {
    switch command {
    case .cursorLeft: t.moveLeft()
    case .cursorRight: t.moveRight()
    case .cursorUp: if multiline { t.moveVertically(-1, width: width) } else { return false }
    case .cursorDown: if multiline { t.moveVertically(1, width: width) } else { return false }
    case .lineStart: t.moveToRowEdge(end: false, width: width)
    case .lineEnd: t.moveToRowEdge(end: true, width: width)
    case .wordLeft: t.moveWordLeft()
    case .wordRight: t.moveWordRight()
    case .textPageUp: if multiline { t.moveVertically(-max(1, height - 1), width: width) } else { return false }
    case .textPageDown: if multiline { t.moveVertically(max(1, height - 1), width: width) } else { return false }
    case .deleteBackward: t.backspace()
    case .deleteForward: t.deleteForward()
    case .newline: if multiline { t.newline() } else { return false }
    case nil:
        guard case let .char(c) = key else { return false }
        t.insert(String(c))
    default: return false
    }
    t.scrollToCursor(width: width, height: height)
    return true
}
