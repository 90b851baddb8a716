import Foundation
import TagihCore
import TerminalCore
import Widgets

/// One line of the detail pane: spans of text, each with a theme role.
struct DetailLine: Equatable {
    var spans: [(text: String, role: String)]
    static func == (a: DetailLine, b: DetailLine) -> Bool {
        a.spans.map(\.text) == b.spans.map(\.text) && a.spans.map(\.role) == b.spans.map(\.role)
    }
    init(_ spans: [(String, String)]) { self.spans = spans.map { (text: $0.0, role: $0.1) } }
    static let blank = DetailLine([])

    /// The line broken between spans so that each piece fits `width` cells;
    /// continuation lines are indented. A single span too wide is cut when drawn.
    func wrapped(width: Int) -> [DetailLine] {
        var out: [DetailLine] = []
        var current: [(String, String)] = []
        var used = 0
        for span in spans {
            let w = DisplayWidth.of(span.text)
            if used + w > width && !current.isEmpty {
                out.append(DetailLine(current))
                let trimmed = String(span.text.drop { $0 == " " })
                current = [("    " + trimmed, span.role)]
                used = 4 + DisplayWidth.of(trimmed)
            } else {
                current.append((span.text, span.role))
                used += w
            }
        }
        out.append(DetailLine(current))
        return out
    }
}

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
