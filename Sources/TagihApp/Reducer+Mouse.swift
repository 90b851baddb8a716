import Foundation
import TagihCore
import TerminalCore
import Widgets

/// A press selects a row or focuses a pane; a press on a column title sorts by
/// it (again: reverses); the wheel scrolls what is under it.
func mouseUsed(_ state: inout AppState, _ m: MouseEvent) {
    guard state.editor == nil, state.form == nil, state.payment == nil, state.prompt == nil, !state.showingHelp,
          !state.filtering, !state.layout.isTooSmall else { return }
    state.message = nil
    let layout = state.layout
    func inside(_ r: Rect) -> Bool { m.x >= r.x && m.x < r.maxX && m.y >= r.y && m.y < r.maxY }
    let onDetail = (state.detailOpen && !layout.sideBySide)
        || (layout.sideBySide && state.screen != .dashboard && inside(layout.detailPane))
    if onDetail {
        switch m.kind {
        case .press: if layout.sideBySide && state.screen == .list { state.focus = .detail }
        case .wheelUp: state.detailScroll -= 3
        case .wheelDown: state.detailScroll += 3
        }
        state.clampDetailScroll()
        return
    }
    switch state.screen {
    case .dashboard:
        return
    case .today:
        let area = layout.sideBySide ? layout.listPane : layout.body
        switch m.kind {
        case .press:
            guard m.y >= area.y + 2 else { return }
            state.todayQueue.selected = state.todayQueue.offset + (m.y - area.y - 2) / 2
        case .wheelUp: state.todayQueue.selected -= 1
        case .wheelDown: state.todayQueue.selected += 1
        }
        state.todayQueue.clamp(viewport: layout.todayBodyHeight)
        state.detailScroll = 0
    case .list:
        let list = layout.list
        state.focus = .list
        switch m.kind {
        case .wheelUp: state.list.selected -= 3
        case .wheelDown: state.list.selected += 3
        case .press:
            guard inside(list) else { return }
            if m.y == list.y {
                headerPressed(&state, x: m.x - list.x, width: list.width)
                return
            }
            let i = state.list.offset + (m.y - list.y - 1)
            guard i < state.list.rows.count else { return }
            state.list.selected = i
        }
        let before = state.list.current?.clientID
        state.list.clamp(viewport: state.viewportHeight)
        if state.list.current?.clientID != before { state.detailScroll = 0 }
    }
}

/// Which sort a column title stands for, found from where the table put it.
private func headerPressed(_ state: inout AppState, x: Int, width: Int) {
    let columns = OverdueListView.columns(state)
    let widths = Table.layout(columns, width: width)
    var left = 0
    for (i, c) in columns.enumerated() {
        guard let w = widths[i] else { continue }
        if x >= left && x < left + w {
            let title = c.title.trimmingCharacters(in: CharacterSet(charactersIn: "↑↓"))
            let t = state.text
            let sorts: [String: ListSort] = [t(.colClient): .client, t(.colLate): .daysLate, t(.colBalance): .balance,
                                             t(.colContact): .lastContact, t(.colFollow): .nextFollowUp]
            guard let sort = sorts[title] else { return }
            if state.list.sort == sort { state.list.reverseSort() } else { state.list.sortBy(sort) }
            return
        }
        left += w + 1
    }
}
