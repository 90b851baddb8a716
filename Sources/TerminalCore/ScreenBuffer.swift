/// One cell of the screen: a grapheme and its style. The cell after a
/// two-cell glyph is a continuation (`isContinuation`) and draws nothing.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells that views draw into; a terminal shows it.
///
/// Every string is sanitised and measured in cells as it is written, so no
/// control byte can reach the terminal and wide glyphs keep columns aligned.
public struct ScreenBuffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown, if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }

    /// Paints a rectangle with spaces in a style.
    public mutating func fill(_ r: Rect, style: Style) {
        let c = clip(r)
        guard !c.isEmpty else { return }
        for y in c.y..<c.maxY {
            for x in c.x..<c.maxX { self[x, y] = Cell(text: " ", style: style) }
        }
    }

    /// Writes one line of text at (x, y), clipped to `maxWidth` cells and the
    /// buffer; returns the cells written. With `ellipsis`, text that does not
    /// fit ends in "…".
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style,
                               ellipsis: Bool = true) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(maxWidth ?? size.width, size.width - max(0, x))
        guard limit > 0 else { return 0 }
        let safe = Sanitize.line(text)
        let fits = DisplayWidth.of(safe) <= limit
        let room = fits || !ellipsis ? limit : limit - 1
        var col = x
        var used = 0
        for ch in safe {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A lone zero-width cluster joins the previous cell's text.
                if used > 0, col - 1 >= 0, col - 1 < size.width, !self[col - 1, y].isContinuation {
                    self[col - 1, y].text.append(ch)
                }
                continue
            }
            if used + w > room { break }
            if col >= 0 {
                self[col, y] = Cell(text: String(ch), style: style)
                if w == 2 { self[col + 1, y] = Cell(text: "", style: style, isContinuation: true) }
            }
            col += w
            used += w
        }
        if !fits && ellipsis && col >= 0 && col < size.width {
            self[col, y] = Cell(text: "…", style: style)
            col += 1
            used += 1
        }
        repairEdges(y: y, from: x, to: col)
        return used
    }

    /// Writes text right-aligned so that it ends at `maxX` (exclusive).
    @discardableResult
    public mutating func writeRight(_ text: String, maxX: Int, y: Int, maxWidth: Int, style: Style) -> Int {
        let w = min(DisplayWidth.of(Sanitize.line(text)), maxWidth)
        return write(text, x: maxX - w, y: y, maxWidth: maxWidth, style: style)
    }

    /// A wide glyph cut in half by a later write leaves a blank, not a stray half.
    private mutating func repairEdges(y: Int, from x0: Int, to x1: Int) {
        if x0 > 0, x0 < size.width, self[x0, y].isContinuation == false, x0 - 1 >= 0 {
            let prev = self[x0 - 1, y]
            if DisplayWidth.of(prev.text) == 2 && !prev.isContinuation {
                // The previous wide glyph lost its second half.
                if x0 - 1 >= 0 { self[x0 - 1, y] = Cell(text: " ", style: prev.style) }
            }
        }
        if x1 >= 0, x1 < size.width, self[x1, y].isContinuation {
            self[x1, y] = Cell(text: " ", style: self[x1, y].style)
        }
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        let x1 = min(size.width, r.maxX), y1 = min(size.height, r.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The visible text, one line per row with trailing spaces trimmed: what a
    /// snapshot test compares.
    public func plainText() -> String {
        var lines: [String] = []
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width {
                let c = self[x, y]
                if !c.isContinuation { line += c.text }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
