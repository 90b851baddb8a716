import Foundation
import TagihApp
import TagihCore
import TagihStore
import TerminalCore

/// The run loop: draws the state, waits for input, feeds actions to the
/// reducer and carries out the effects it returns. All I/O lives here.
@MainActor
final class AppRunner {
    private let terminal: Terminal
    private let store: BookStore
    private let theme: Theme
    private let todayIsFixed: Bool
    private(set) var state: AppState

    init(terminal: Terminal, store: BookStore, today: CivilDate, todayIsFixed: Bool, theme: Theme) {
        self.terminal = terminal
        self.store = store
        self.theme = theme
        self.todayIsFixed = todayIsFixed
        state = AppState(book: store.book, today: today, size: terminal.size, dataPath: store.directory.path)
        state.readOnlyReason = store.readOnlyReason
        if let reason = store.readOnlyReason, reason != "opened read-only" {
            state.message = StatusMessage(.warn, reason)
        } else if let w = store.warnings.first {
            state.message = StatusMessage(.warn, w)
        }
    }

    /// Runs until the user quits or a termination signal arrives.
    func run() {
        terminal.draw(render(state, theme: theme))
        while !state.quitting && !SignalWatch.terminationRequested {
            guard let event = terminal.nextEvent(timeoutMillis: 1000) else {
                tick()
                continue
            }
            switch event {
            case let .key(k): dispatch(.keyPressed(k))
            case let .resize(s): dispatch(.terminalResized(s))
            }
        }
    }

    private func tick() {
        guard !todayIsFixed else { return }
        let now = Clock.now().civilDate(offsetSeconds: Clock.zoneOffset())
        if now != state.today { dispatch(.dayChanged(now)) }
    }

    private func dispatch(_ action: Action) {
        let effects = reduce(&state, action)
        for e in effects { perform(e) }
        if !state.quitting { terminal.draw(render(state, theme: theme)) }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .quit: break
        }
    }
}
