import TagihCore
import TerminalCore
import Widgets

/// Renders the whole screen for a state: a pure function of (state, theme, size).
public func render(_ state: AppState, theme: Theme, keymap: Keymap = .standard) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    let layout = Layout(size: state.size)
    if layout.isTooSmall {
        TooSmallView.draw(into: &buffer, size: state.size, theme: theme)
        return buffer
    }
    buffer.fill(buffer.area, style: theme["text"])
    TitleBarView.draw(state, theme: theme, area: layout.titleBar, into: &buffer)
    switch state.screen {
    case .list: OverdueListView.draw(state, theme: theme, layout: layout, into: &buffer)
    }
    StatusBarView.draw(state, theme: theme, keymap: keymap, area: layout.statusBar, into: &buffer)
    if state.showingHelp {
        HelpOverlay.draw(keymap.help(for: .list), theme: theme, area: buffer.area, into: &buffer)
    }
    return buffer
}

/// The "terminal too small" screen.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer, size: Size, theme: Theme) {
        let need = Layout.minimum
        CenteredText.draw([
            ("Terminal too small", theme["toosmall"]),
            ("need \(need.width)×\(need.height), have \(size.width)×\(size.height)", theme["text"]),
            ("resize, or q to quit", theme["text.dim"]),
        ], into: &buffer, area: buffer.area)
    }
}

/// The top line: the app, the screen and the day aging is computed for.
enum TitleBarView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(area, style: theme["title"])
        let n = state.list.rows.count
        let left = " tagih · Overdue · \(n) invoice\(n == 1 ? "" : "s")"
        let right = "today \(state.today.iso) "
        let rw = DisplayWidth.of(right)
        buffer.write(left, x: area.x, y: area.y, maxWidth: max(0, area.width - rw - 1), style: theme["title"])
        if area.width > DisplayWidth.of(left) + rw {
            buffer.writeRight(right, maxX: area.maxX, y: area.y, maxWidth: rw, style: theme["title"])
        }
    }
}
