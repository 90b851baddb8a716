import TagihCore
import TerminalCore

/// 1, 2, 3: the overdue list, Today, the dashboard.
func screenCommand(_ state: inout AppState, _ command: Command) -> [Effect]? {
    let target: MainScreen
    switch command {
    case .showList: target = .list
    case .showToday: target = .today
    case .showDashboard: target = .dashboard
    default: return nil
    }
    state.screen = target
    state.detailOpen = false
    state.focus = .list
    state.detailScroll = 0
    state.refreshScreen()
    return []
}

/// Keys on the dashboard: it has no rows of its own; quitting and the help work there as everywhere.
func dashboardCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
    switch command {
    case .quit: return quit(&state)
    case .help: state.showingHelp = true
    default: break
    }
    return []
}

/// Keys on the Today queue.
func todayCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
    let page = state.layout.todayBodyHeight
    switch command {
    case .quit: return quit(&state)
    case .help: state.showingHelp = true
    case .moveDown: state.todayQueue.selected += 1
    case .moveUp: state.todayQueue.selected -= 1
    case .pageDown: state.todayQueue.selected += page
    case .pageUp: state.todayQueue.selected -= page
    case .top: state.todayQueue.selected = 0
    case .bottom: state.todayQueue.selected = state.todayQueue.entries.count - 1
    case .toggleMine:
        state.todayQueue.mineOnly.toggle()
        state.refreshScreen()
        state.message = StatusMessage(.info, state.todayQueue.mineOnly ? state.text.tr("Your queue: clients owned by {0}", state.user) : state.text.tr("Everyone's queue"))
    case .openDetail:
        guard state.todayQueue.current != nil else { return [] }
        state.detailOpen = true
        state.detailScroll = 0
    default: return []
    }
    let before = state.todayQueue.current?.clientID
    state.todayQueue.clamp(viewport: page)
    if state.todayQueue.current?.clientID != before { state.detailScroll = 0 }
    return []
}

extension AppState {
    /// After an action on the Today screen, moves on to the next client: the
    /// queue is rebuilt, and if the client is still in it the selection steps past it.
    mutating func advanceQueue(after acted: ClientID?) {
        guard screen == .today else { return }
        refreshScreen()
        if let acted, todayQueue.current?.clientID == acted { todayQueue.selected += 1 }
        todayQueue.clamp(viewport: layout.todayBodyHeight)
        detailOpen = false
    }
}
