import Foundation
import TagihCore
import TerminalCore
import Widgets

/// The client detail pane.
enum DetailView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let title = state.currentClient.flatMap { state.book.clients[$0]?.name } ?? state.text(.colClient)
        let inner = Panel.draw(into: &buffer, area: area, title: title, border: focused ? theme["border.focus"] : theme["border"],
                               titleStyle: focused ? theme["border.focus"] : theme["border"], fill: theme["text"])
        guard inner.width > 2, inner.height > 0 else { return }
        let lines = DetailContent.lines(state, width: inner.width)
        if lines.isEmpty {
            CenteredText.draw([(state.text(.noClient), theme["text.dim"])], into: &buffer, area: inner)
            return
        }
        for row in 0..<inner.height {
            let i = state.detailScroll + row
            guard i < lines.count else { break }
            var x = inner.x
            for span in lines[i].spans where x < inner.maxX {
                x += buffer.write(span.text, x: x, y: inner.y + row, maxWidth: inner.maxX - x, style: theme[span.role])
            }
        }
        if lines.count > inner.height {
            let pos = "\(min(lines.count, state.detailScroll + inner.height))/\(lines.count)"
            buffer.writeRight(" \(pos) ", maxX: area.maxX - 1, y: area.maxY - 1, maxWidth: 12, style: theme["border"])
        }
    }
}
