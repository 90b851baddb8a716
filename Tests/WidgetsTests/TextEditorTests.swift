import XCTest
import TerminalCore
@testable import Widgets

final class TextEditorTests: XCTestCase {
    func type(_ t: inout TextEditor, _ s: String) { for ch in s { t.insert(String(ch)) } }

    func testWrapsAtSpacesWithinTheWidth() {
        let t = TextEditor(text: "the quick brown fox jumps")
        let rows = t.wrap(width: 11).map { String(t.lines[$0.line][$0.start..<$0.end]) }
        XCTAssertEqual(rows, ["the quick ", "brown fox ", "jumps"])
    }

    func testWideCharactersWrapByCells() {
        let t = TextEditor(text: "日本語のテキスト")
        let rows = t.wrap(width: 7).map { String(t.lines[$0.line][$0.start..<$0.end]) }
        XCTAssertEqual(rows, ["日本語", "のテキ", "スト"], "three wide glyphs (6 cells) per 7-cell row")
        for r in rows { XCTAssertLessThanOrEqual(DisplayWidth.of(r), 6) }
    }

    func testCursorMovesAcrossWrappedRowsKeepingItsColumn() {
        var t = TextEditor(text: "abcdefghij klmnopqrst")
        // Wrapped at 12: "abcdefghij " / "klmnopqrst".
        t.moveToRowEdge(end: false, width: 12)
        XCTAssertEqual(t.cursor, .init(line: 0, column: 11))
        t.moveVertically(-1, width: 12)
        XCTAssertEqual(t.cursor, .init(line: 0, column: 0))
        t.moveRight(); t.moveRight(); t.moveRight()
        t.moveVertically(1, width: 12)
        XCTAssertEqual(t.cursor, .init(line: 0, column: 14), "down one visual row, same x")
        XCTAssertEqual(t.cursorVisual(in: t.wrap(width: 12)).x, 3)
    }

    func testUpDownThroughWideGlyphsLandsOnACharacterBoundary() {
        var t = TextEditor(text: "abcd\n日本語")
        t.moveVertically(-1, width: 20)
        t.moveToRowEdge(end: false, width: 20)
        t.moveRight(); t.moveRight(); t.moveRight()   // x = 3, inside 本
        t.moveVertically(1, width: 20)
        XCTAssertEqual(t.cursor, .init(line: 1, column: 1), "x 3 falls in the second glyph's first half → before it")
    }

    func testTypingBackspaceDeleteAndJoiningLines() {
        var t = TextEditor()
        type(&t, "héllo")
        t.newline()
        type(&t, "wörld")
        XCTAssertEqual(t.text, "héllo\nwörld")
        t.moveToRowEdge(end: false, width: 40)
        t.backspace()
        XCTAssertEqual(t.text, "héllowörld")
        t.deleteForward()
        XCTAssertEqual(t.text, "hélloörld")
        t.moveWordLeft()
        XCTAssertEqual(t.cursor.column, 0)
        t.moveWordRight()
        XCTAssertEqual(t.cursor.column, 9)
    }

    func testUndoGroupsTypingByWordAndRedoRestores() {
        var t = TextEditor()
        type(&t, "one")
        type(&t, " two")
        XCTAssertEqual(t.text, "one two")
        t.undo()
        XCTAssertEqual(t.text, "one ")
        t.undo()
        XCTAssertEqual(t.text, "one")
        t.undo()
        XCTAssertEqual(t.text, "")
        XCTAssertFalse(t.canUndo)
        t.redo(); t.redo()
        XCTAssertEqual(t.text, "one ")
        type(&t, "x")
        XCTAssertFalse(t.canRedo, "typing after undo drops the redo history")
    }

    func testPasteOfManyLinesIsOneUndoStepAndSanitised() {
        var t = TextEditor(text: "start ")
        t.insert("line one\r\nline two\u{1B}[2J\nline 三")
        XCTAssertEqual(t.lines.count, 3)
        XCTAssertEqual(t.text, "start line one\nline two\u{FFFD}[2J\nline 三")
        XCTAssertEqual(t.cursor, .init(line: 2, column: 6))
        t.undo()
        XCTAssertEqual(t.text, "start ")
    }

    func testScrollKeepsTheCursorVisible() {
        var t = TextEditor(text: (1...30).map { "line \($0)" }.joined(separator: "\n"))
        t.scrollToCursor(width: 20, height: 5)
        XCTAssertEqual(t.scrollTop, 25)
        t.moveVertically(-29, width: 20)
        t.scrollToCursor(width: 20, height: 5)
        XCTAssertEqual(t.scrollTop, 0)
    }
}
