import TerminalCore

/// The model of a multi-line text editor: lines of grapheme clusters, a
/// cursor, soft wrapping to a width in cells, and undo/redo.
///
/// Typing is grouped into one undo step per word; a paste is one step.
public struct TextEditor: Sendable, Equatable {
    /// A cursor position: logical line and grapheme index within it.
    public struct Position: Sendable, Equatable, Comparable {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
        public static func < (a: Position, b: Position) -> Bool {
            (a.line, a.column) < (b.line, b.column)
        }
    }

    /// One row on screen: a slice `start..<end` of logical line `line`.
    public struct VisualLine: Sendable, Equatable {
        public let line: Int
        public let start: Int
        public let end: Int
    }

    private struct Snapshot: Sendable, Equatable {
        let lines: [[Character]]
        let cursor: Position
    }

    private enum EditKind: Equatable { case typing, deleting, other }

    public private(set) var lines: [[Character]]
    public private(set) var cursor: Position
    /// First visual row shown (kept by `scrollToCursor`).
    public private(set) var scrollTop = 0
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    private var lastEdit: EditKind?
    private var preferredX: Int?

    public static let undoLimit = 500

    public init(text: String = "") {
        lines = TextEditor.split(text)
        let last = lines.count - 1
        cursor = Position(line: last, column: lines[last].count)
    }

    /// The whole text, lines joined with `\n`.
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    static func split(_ text: String) -> [[Character]] {
        let normal = Sanitize.multiline(text)
        return normal.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }

    // MARK: editing

    /// Inserts typed or pasted text at the cursor. Newlines split lines; control
    /// characters are dropped. One character of typing joins the current undo step.
    public mutating func insert(_ text: String) {
        let parts = TextEditor.split(text)
        guard !(parts.count == 1 && parts[0].isEmpty) else { return }
        let isTyping = parts.count == 1 && parts[0].count == 1 && !parts[0][0].isWhitespace
        record(isTyping ? .typing : .other)
        var line = lines[cursor.line]
        let tail = Array(line[cursor.column...])
        line.removeSubrange(cursor.column...)
        line += parts[0]
        if parts.count == 1 {
            cursor.column = line.count
            lines[cursor.line] = line + tail
        } else {
            lines[cursor.line] = line
            var at = cursor.line
            for p in parts.dropFirst() {
                at += 1
                lines.insert(p, at: at)
            }
            cursor = Position(line: at, column: lines[at].count)
            lines[at] += tail
        }
        preferredX = nil
    }

    public mutating func newline() { insert("\n") }

    /// Deletes the grapheme before the cursor, joining lines at a line start.
    public mutating func backspace() {
        if cursor.column > 0 {
            record(.deleting)
            lines[cursor.line].remove(at: cursor.column - 1)
            cursor.column -= 1
        } else if cursor.line > 0 {
            record(.other)
            let prev = lines[cursor.line - 1].count
            lines[cursor.line - 1] += lines[cursor.line]
            lines.remove(at: cursor.line)
            cursor = Position(line: cursor.line - 1, column: prev)
        }
        preferredX = nil
    }

    /// Deletes the grapheme under the cursor, joining the next line at a line end.
    public mutating func deleteForward() {
        if cursor.column < lines[cursor.line].count {
            record(.deleting)
            lines[cursor.line].remove(at: cursor.column)
        } else if cursor.line + 1 < lines.count {
            record(.other)
            lines[cursor.line] += lines[cursor.line + 1]
            lines.remove(at: cursor.line + 1)
        }
        preferredX = nil
    }

    /// Replaces all text (e.g. after `$EDITOR`), as one undo step.
    public mutating func replaceAll(_ text: String) {
        record(.other)
        lines = TextEditor.split(text)
        let last = lines.count - 1
        cursor = Position(line: last, column: lines[last].count)
        preferredX = nil
    }

    public mutating func undo() {
        guard let s = undoStack.popLast() else { return }
        redoStack.append(Snapshot(lines: lines, cursor: cursor))
        lines = s.lines
        cursor = s.cursor
        lastEdit = nil
        preferredX = nil
    }

    public mutating func redo() {
        guard let s = redoStack.popLast() else { return }
        undoStack.append(Snapshot(lines: lines, cursor: cursor))
        lines = s.lines
        cursor = s.cursor
        lastEdit = nil
        preferredX = nil
    }

    /// Saves the state before an edit, unless it continues the same run of typing or deleting.
    private mutating func record(_ kind: EditKind) {
        if kind == .other || kind != lastEdit {
            undoStack.append(Snapshot(lines: lines, cursor: cursor))
            if undoStack.count > TextEditor.undoLimit { undoStack.removeFirst() }
        }
        redoStack.removeAll()
        lastEdit = kind
    }

    // MARK: moving

    public mutating func moveLeft() {
        if cursor.column > 0 { cursor.column -= 1 } else if cursor.line > 0 {
            cursor = Position(line: cursor.line - 1, column: lines[cursor.line - 1].count)
        }
        endMove()
    }

    public mutating func moveRight() {
        if cursor.column < lines[cursor.line].count { cursor.column += 1 } else if cursor.line + 1 < lines.count {
            cursor = Position(line: cursor.line + 1, column: 0)
        }
        endMove()
    }

    /// To the start of the previous word.
    public mutating func moveWordLeft() {
        if cursor.column == 0 { moveLeft(); return }
        let l = lines[cursor.line]
        var c = cursor.column
        while c > 0 && !isWordChar(l[c - 1]) { c -= 1 }
        while c > 0 && isWordChar(l[c - 1]) { c -= 1 }
        cursor.column = c
        endMove()
    }

    /// To the end of the next word.
    public mutating func moveWordRight() {
        let l = lines[cursor.line]
        if cursor.column == l.count { moveRight(); return }
        var c = cursor.column
        while c < l.count && !isWordChar(l[c]) { c += 1 }
        while c < l.count && isWordChar(l[c]) { c += 1 }
        cursor.column = c
        endMove()
    }

    private func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private mutating func endMove() {
        preferredX = nil
        lastEdit = nil
    }

    /// Up or down by `rows` visual rows at `width`, keeping the column in cells.
    public mutating func moveVertically(_ rows: Int, width: Int) {
        let visual = wrap(width: width)
        let (row, x) = cursorVisual(in: visual)
        let want = preferredX ?? x
        let target = min(max(0, row + rows), visual.count - 1)
        let v = visual[target]
        var col = v.start, cells = 0
        let l = lines[v.line]
        let last = target + 1 < visual.count && visual[target + 1].line == v.line ? v.end - 1 : v.end
        while col < last {
            let w = DisplayWidth.of(l[col])
            if cells + w > want { break }
            cells += w
            col += 1
        }
        cursor = Position(line: v.line, column: max(v.start, min(col, last)))
        preferredX = want
        lastEdit = nil
    }

    /// To the start (`end == false`) or end of the visual row.
    public mutating func moveToRowEdge(end: Bool, width: Int) {
        let visual = wrap(width: width)
        let (row, _) = cursorVisual(in: visual)
        let v = visual[row]
        let lastInLine = row + 1 >= visual.count || visual[row + 1].line != v.line
        cursor.column = end ? (lastInLine ? v.end : max(v.start, v.end - 1)) : v.start
        endMove()
    }

    // MARK: layout

    /// The text broken into rows of at most `width` cells, at spaces where possible.
    public func wrap(width: Int) -> [VisualLine] {
        let w = max(2, width)
        var out: [VisualLine] = []
        for (li, l) in lines.enumerated() {
            if l.isEmpty { out.append(VisualLine(line: li, start: 0, end: 0)); continue }
            var start = 0
            while start < l.count {
                var cells = 0, i = start, lastBreak: Int?
                while i < l.count {
                    let cw = DisplayWidth.of(l[i])
                    if cells + cw > w - 1 && i > start { break }
                    cells += cw
                    if l[i] == " " { lastBreak = i + 1 }
                    i += 1
                }
                if i < l.count, let b = lastBreak, b > start { i = b }
                out.append(VisualLine(line: li, start: start, end: i))
                start = i
            }
        }
        return out
    }

    /// The cursor's visual row and x (cells) for a wrap.
    public func cursorVisual(in visual: [VisualLine]) -> (row: Int, x: Int) {
        for (r, v) in visual.enumerated() where v.line == cursor.line {
            let lastOfLine = r + 1 >= visual.count || visual[r + 1].line != v.line
            if cursor.column >= v.start && (cursor.column < v.end || (lastOfLine && cursor.column == v.end)) {
                let x = lines[v.line][v.start..<cursor.column].reduce(0) { $0 + DisplayWidth.of($1) }
                return (r, x)
            }
        }
        return (max(0, visual.count - 1), 0)
    }

    /// Scrolls so the cursor is within `height` rows.
    public mutating func scrollToCursor(width: Int, height: Int) {
        let visual = wrap(width: width)
        let (row, _) = cursorVisual(in: visual)
        let h = max(1, height)
        if row < scrollTop { scrollTop = row }
        if row >= scrollTop + h { scrollTop = row - h + 1 }
        scrollTop = max(0, min(scrollTop, max(0, visual.count - h)))
    }
}

/// Draws a `TextEditor` into an area, with the cursor when focused.
public enum TextArea {
    public static func render(_ editor: TextEditor, into buffer: inout ScreenBuffer, area: Rect, style: Style,
                              focused: Bool, placeholder: String? = nil, placeholderStyle: Style = .plain) {
        buffer.fill(area, style: style)
        guard area.width > 1, area.height > 0 else { return }
        if editor.isEmpty, let p = placeholder {
            buffer.write(p, x: area.x, y: area.y, maxWidth: area.width, style: placeholderStyle)
        }
        let visual = editor.wrap(width: area.width)
        for row in 0..<area.height {
            let i = editor.scrollTop + row
            guard i < visual.count else { break }
            let v = visual[i]
            let text = String(editor.lines[v.line][v.start..<v.end])
            buffer.write(text, x: area.x, y: area.y + row, maxWidth: area.width, style: style, ellipsis: false)
        }
        if focused {
            let (r, x) = editor.cursorVisual(in: visual)
            let y = r - editor.scrollTop
            if y >= 0 && y < area.height { buffer.cursor = (area.x + min(x, area.width - 1), area.y + y) }
        }
    }
}
