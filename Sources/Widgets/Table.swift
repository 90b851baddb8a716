import TerminalCore

/// A column of a `Table`: its title, how wide it wants to be, and how readily
/// it gives way on a narrow screen.
public struct TableColumn: Sendable, Equatable {
    public enum Alignment: Sendable { case left, right }

    public var title: String
    /// Preferred width in cells.
    public var width: Int
    /// A flexible column takes the width left over, never less than `minWidth`.
    public var flexible: Bool
    public var minWidth: Int
    public var alignment: Alignment
    /// Columns with a higher number are hidden first when space runs out; 0 never.
    public var dropOrder: Int

    public init(_ title: String, width: Int, flexible: Bool = false, minWidth: Int = 1,
                alignment: Alignment = .left, dropOrder: Int = 0) {
        self.title = title
        self.width = width
        self.flexible = flexible
        self.minWidth = minWidth
        self.alignment = alignment
        self.dropOrder = dropOrder
    }
}

/// One cell of a table row: text and its style.
public struct TableCell: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

/// A scrolling table: header, rows drawn on demand, one selected row.
public struct Table {
    public var columns: [TableColumn]
    public var headerStyle: Style
    public var selectedStyle: Style
    public var baseStyle: Style
    public var gap = 1

    public init(columns: [TableColumn], headerStyle: Style, selectedStyle: Style, baseStyle: Style) {
        self.columns = columns
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.baseStyle = baseStyle
    }

    /// Widths for each column in `width` cells; nil for a column hidden to make room.
    public static func layout(_ columns: [TableColumn], width: Int, gap: Int = 1) -> [Int?] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            var total = 0, count = 0
            for (i, c) in columns.enumerated() where shown[i] {
                total += c.flexible ? c.minWidth : c.width
                count += 1
            }
            return total + max(0, count - 1) * gap
        }
        let dropOrder = columns.indices.filter { columns[$0].dropOrder > 0 }
            .sorted { columns[$0].dropOrder > columns[$1].dropOrder }
        var next = 0
        while needed() > width && next < dropOrder.count {
            shown[dropOrder[next]] = false
            next += 1
        }
        var widths: [Int?] = columns.indices.map { shown[$0] ? columns[$0].width : nil }
        let fixed = columns.indices.filter { shown[$0] && !columns[$0].flexible }.reduce(0) { $0 + columns[$1].width }
        let visible = shown.filter { $0 }.count
        let flex = columns.indices.filter { shown[$0] && columns[$0].flexible }
        let spare = width - fixed - max(0, visible - 1) * gap
        if !flex.isEmpty {
            let each = max(0, spare / flex.count)
            for (k, i) in flex.enumerated() {
                widths[i] = max(columns[i].minWidth, each + (k == 0 ? max(0, spare - each * flex.count) : 0))
            }
        }
        return widths
    }

    /// Draws the header and rows `offset..<offset + visible` into `area`.
    /// `row(i)` gives the cells of row `i`, one per column.
    public func render(into buffer: inout ScreenBuffer, area: Rect, rowCount: Int, offset: Int,
                       selected: Int?, marked: (Int) -> Bool = { _ in false },
                       row: (Int) -> [TableCell]) {
        guard area.height > 0, area.width > 0 else { return }
        let widths = Table.layout(columns, width: area.width, gap: gap)
        buffer.fill(area, style: baseStyle)
        buffer.fill(area.row(0), style: headerStyle)
        var x = area.x
        for (i, c) in columns.enumerated() {
            guard let w = widths[i] else { continue }
            put(c.title, x: x, y: area.y, width: w, alignment: c.alignment, style: headerStyle, into: &buffer)
            x += w + gap
        }
        let bodyHeight = area.height - 1
        guard bodyHeight > 0 else { return }
        for line in 0..<bodyHeight {
            let index = offset + line
            guard index < rowCount else { break }
            let y = area.y + 1 + line
            let isSelected = index == selected
            if isSelected { buffer.fill(area.row(1 + line), style: selectedStyle) }
            let cells = row(index)
            var cx = area.x
            for (i, c) in columns.enumerated() {
                guard let w = widths[i] else { continue }
                if i < cells.count {
                    let style = isSelected ? selectedStyle : cells[i].style
                    put(cells[i].text, x: cx, y: y, width: w, alignment: c.alignment, style: style, into: &buffer)
                }
                cx += w + gap
            }
            if marked(index) {
                buffer.write("▌", x: area.x, y: y, maxWidth: 1, style: isSelected ? selectedStyle : headerStyle)
            }
        }
    }

    private func put(_ text: String, x: Int, y: Int, width: Int, alignment: TableColumn.Alignment,
                     style: Style, into buffer: inout ScreenBuffer) {
        switch alignment {
        case .left: buffer.write(text, x: x, y: y, maxWidth: width, style: style)
        case .right: buffer.writeRight(text, maxX: x + width, y: y, maxWidth: width, style: style)
        }
    }
}
