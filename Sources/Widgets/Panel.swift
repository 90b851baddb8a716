import TerminalCore

/// Box drawing around an area, with an optional title in the top edge.
public enum Panel {
    /// Draws a border and returns the area inside it.
    @discardableResult
    public static func draw(into buffer: inout ScreenBuffer, area: Rect, title: String?, border: Style,
                            titleStyle: Style, fill: Style) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        buffer.fill(area, style: fill)
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        for x in (left + 1)..<right {
            buffer.write("─", x: x, y: top, style: border)
            buffer.write("─", x: x, y: bottom, style: border)
        }
        for y in (top + 1)..<bottom {
            buffer.write("│", x: left, y: y, style: border)
            buffer.write("│", x: right, y: y, style: border)
        }
        buffer.write("┌", x: left, y: top, style: border)
        buffer.write("┐", x: right, y: top, style: border)
        buffer.write("└", x: left, y: bottom, style: border)
        buffer.write("┘", x: right, y: bottom, style: border)
        if let t = title, area.width > 4 {
            buffer.write(" \(t) ", x: left + 2, y: top, maxWidth: area.width - 4, style: titleStyle)
        }
        return area.inset(1)
    }
}

/// Lines of text centred in an area (messages, empty states).
public enum CenteredText {
    public static func draw(_ lines: [(String, Style)], into buffer: inout ScreenBuffer, area: Rect) {
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() where top + i < area.maxY {
            let w = min(DisplayWidth.of(text), area.width)
            buffer.write(text, x: area.x + max(0, (area.width - w) / 2), y: top + i, maxWidth: area.width, style: style)
        }
    }
}
