import TagihCore
import TerminalCore
import Widgets

/// Renders the whole screen for a state: a pure function of (state, theme).
public func render(_ state: AppState, theme: Theme, keymap: Keymap = .standard) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
        TooSmallView.draw(into: &buffer, size: state.size, theme: theme, text: state.text)
        return buffer
    }
    buffer.fill(buffer.area, style: theme["text"])
    TitleBarView.draw(state, theme: theme, area: layout.titleBar, into: &buffer)
    switch state.screen {
    case .dashboard:
        DashboardView.draw(state, theme: theme, area: layout.body, into: &buffer)
    case .today:
        if layout.sideBySide {
            TodayView.draw(state, theme: theme, area: layout.listPane, into: &buffer)
            DetailView.draw(state, theme: theme, area: layout.detailPane, focused: state.detailOpen, into: &buffer)
        } else if state.detailOpen {
            DetailView.draw(state, theme: theme, area: layout.detailPane, focused: true, into: &buffer)
        } else {
            TodayView.draw(state, theme: theme, area: layout.body, into: &buffer)
        }
    case .list:
        if layout.sideBySide {
            OverdueListView.draw(state, theme: theme, layout: layout, into: &buffer)
            DetailView.draw(state, theme: theme, area: layout.detailPane, focused: state.focus == .detail, into: &buffer)
        } else if state.detailOpen {
            DetailView.draw(state, theme: theme, area: layout.detailPane, focused: true, into: &buffer)
        } else {
            OverdueListView.draw(state, theme: theme, layout: layout, into: &buffer)
        }
    }
    // What is open is drawn over the screen: the editor or a form under the
    // status bar, the palette above it, then any question, then the help.
    switch state.mode.base {
    case let .editor(e): EditorView.draw(e, state: state, theme: theme, into: &buffer)
    case let .payment(p): PaymentView.draw(p, state: state, theme: theme, into: &buffer)
    case let .form(f): FormView.draw(f, state: state, theme: theme, into: &buffer)
    default: break
    }
    StatusBarView.draw(state, theme: theme, keymap: keymap, area: layout.statusBar, into: &buffer)
    if case let .palette(p) = state.mode.base { PaletteView.draw(p, state: state, theme: theme, into: &buffer) }
    if let p = state.prompt { PromptView.draw(p, theme: theme, text: state.text, area: buffer.area, into: &buffer) }
    if state.showingHelp {
        HelpOverlay.draw(keymap.help(for: helpContexts(state)), theme: theme, text: state.text, area: buffer.area, into: &buffer)
    }
    return buffer
}

/// The "terminal too small" screen.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer, size: Size, theme: Theme, text t: Strings) {
        let need = Layout.minimum
        CenteredText.draw([
            (t(.tooSmall), theme["toosmall"]),
            (t(.needHave, "\(need.width)×\(need.height)", "\(size.width)×\(size.height)"), theme["text"]),
            (t(.resizeOrQuit), theme["text.dim"]),
        ], into: &buffer, area: buffer.area)
    }
}

/// The top line: the app, the screen, the day aging is computed for.
enum TitleBarView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(area, style: theme["title"])
        var left: String
        let t = state.text
        switch state.screen {
        case .list:
            let n = state.list.rows.count
            let noun = state.list.grouping == .invoice ? t(n == 1 ? .invoiceOne : .invoiceMany) : t(n == 1 ? .clientOne : .clientMany)
            left = state.list.grouping == .allClients ? " tagih · " + t.tr("every client") + " · \(n) \(noun)" : " tagih · \(t(.overdue)) · \(n) \(noun)"
            if !state.list.query.isEmpty { left += " " + t(.matching) }
            if state.list.disputesOnly { left += " · " + t(.disputesOnly) }
            if !state.list.marked.isEmpty { left += " · " + t(.marked, state.list.marked.count) }
        case .today: left = " tagih · \(t(.todayTitle)) · " + t(.toContact, state.todayQueue.entries.count)
            + (state.todayQueue.mineOnly ? " · " + state.text.tr("mine ({0})", state.user) : "")
        case .dashboard: left = " tagih · " + t(.dashboardTitle)
        }
        let right = t(.today, state.dates.short(state.today)) + " "
        let rw = DisplayWidth.of(right)
        buffer.write(left, x: area.x, y: area.y, maxWidth: max(0, area.width - rw - 1), style: theme["title"])
        if area.width > DisplayWidth.of(left) + rw {
            buffer.writeRight(right, maxX: area.maxX, y: area.y, maxWidth: rw, style: theme["title"])
        }
    }
}

/// A yes/no question in a box over everything.
enum PromptView {
    static func draw(_ p: Prompt, theme: Theme, text t: Strings, area: Rect, into buffer: inout ScreenBuffer) {
        let text = p.question
        let hint = t(.yesNo)
        let w = min(area.width - 4, max(DisplayWidth.of(text), DisplayWidth.of(hint)) + 4)
        let lines = wrapWords(text, width: w - 4)
        let h = min(area.height - 2, lines.count + 4)
        let box = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        let inner = Panel.draw(into: &buffer, area: box, title: t(.confirm), border: theme["border.focus"],
                               titleStyle: theme["overlay.key"], fill: theme["overlay"])
        for (i, l) in lines.enumerated() where i < inner.height - 2 {
            buffer.write(l, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: theme["overlay"])
        }
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: theme["overlay.key"])
    }
}
