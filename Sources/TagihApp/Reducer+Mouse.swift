import Foundation
import TagihCore
import TerminalCore
import Widgets

/// A press selects a row or focuses a pane; a press on a column title sorts by
/// it (again: reverses); the wheel scrolls what is under it.
func mouseUsed(_ state: inout AppState, _ m: MouseEvent) {
    guard mouseActs(state) else { return }
    state.message = nil
    switch state.spot(x: m.x, y: m.y) {
    case .detail:
        switch m.kind {
        case .press: if state.layout.sideBySide && state.screen == .list { state.focus = .detail }
        case .wheelUp: state.detailScroll -= 3
        case .wheelDown: state.detailScroll += 3
        }
        state.clampDetailScroll()
    case let .todayEntry(i):
        switch m.kind {
        case .press: state.todayQueue.selected = i
        case .wheelUp: state.todayQueue.selected -= 1
        case .wheelDown: state.todayQueue.selected += 1
        }
        state.todayQueue.clamp(viewport: state.layout.todayBodyHeight)
        state.detailScroll = 0
    case let .listTitle(column):
        state.focus = .list
        if m.kind == .press, let sort = column?.sort {
            if state.list.sort == sort { state.list.reverseSort() } else { state.list.sortBy(sort) }
        } else if m.kind != .press {
            listWheel(&state, m.kind)
        }
    case let .listRow(i):
        state.focus = .list
        if m.kind == .press {
            guard i < state.list.rows.count else { return }
            state.list.selected = i
        }
        listWheel(&state, m.kind)
    case .elsewhere:
        if state.screen == .today, m.kind != .press {
            state.todayQueue.selected += m.kind == .wheelDown ? 1 : -1
            state.todayQueue.clamp(viewport: state.layout.todayBodyHeight)
            state.detailScroll = 0
        } else if state.screen == .list, m.kind != .press {
            state.focus = .list
            listWheel(&state, m.kind)
        }
    }
}

/// The wheel moves the list's selection three rows; the detail follows a new client from its top.
private func listWheel(_ state: inout AppState, _ kind: MouseEvent.Kind) {
    switch kind {
    case .wheelUp: state.list.selected -= 3
    case .wheelDown: state.list.selected += 3
    case .press: break
    }
    let before = state.list.current?.clientID
    state.list.clamp(viewport: state.viewportHeight)
    if state.list.current?.clientID != before { state.detailScroll = 0 }
}
