import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class ReducerTests: XCTestCase {
    func testMovingThroughTheList() {
        var s = demoState(80, 24)
        let n = s.list.rows.count
        XCTAssertGreaterThan(n, 40)
        press(&s, .char("j"), .down, .char("j"))
        XCTAssertEqual(s.list.selected, 3)
        press(&s, .char("k"), .up)
        XCTAssertEqual(s.list.selected, 1)
        press(&s, .char("G"))
        XCTAssertEqual(s.list.selected, n - 1)
        XCTAssertEqual(s.list.offset, n - s.viewportHeight, "last row is on screen")
        press(&s, .char("j"))
        XCTAssertEqual(s.list.selected, n - 1, "stops at the end")
        press(&s, .char("g"))
        XCTAssertEqual(s.list.selected, 0)
        XCTAssertEqual(s.list.offset, 0)
        press(&s, .char("k"))
        XCTAssertEqual(s.list.selected, 0, "stops at the top")
    }

    func testPagingMovesByAScreenful() {
        var s = demoState(80, 24)
        let page = s.viewportHeight
        press(&s, .pageDown)
        XCTAssertEqual(s.list.selected, page)
        XCTAssertEqual(s.list.offset, page)
        press(&s, .pageUp)
        XCTAssertEqual(s.list.selected, 0)
        XCTAssertEqual(s.list.offset, 0)
        XCTAssertTrue(screen(s).contains(s.list.rows[0].overdue!.invoice.number))
    }

    func testResizeKeepsTheSelectionVisible() {
        var s = demoState(80, 24)
        press(&s, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"),
              .char("j"), .char("j"), .char("j"), .char("j"))
        _ = reduce(&s, .terminalResized(Size(width: 50, height: 15)))
        XCTAssertEqual(s.list.selected, 12)
        XCTAssertTrue(s.list.offset <= 12 && 12 < s.list.offset + s.viewportHeight)
        XCTAssertTrue(screen(s).contains(s.list.rows[12].overdue!.invoice.number))
    }

    func testTooSmallScreenOnlyQuits() {
        var s = demoState(80, 24)
        _ = reduce(&s, .terminalResized(Size(width: 20, height: 5)))
        press(&s, .char("j"))
        XCTAssertEqual(s.list.selected, 0)
        XCTAssertTrue(screen(s).contains("too small"))
        XCTAssertEqual(press(&s, .char("q")), [.quit])
        XCTAssertTrue(s.quitting)
    }

    func testQuitAndHelp() {
        var s = demoState(80, 24)
        press(&s, .char("?"))
        XCTAssertTrue(s.showingHelp)
        XCTAssertTrue(screen(s).contains("next row"))
        XCTAssertEqual(press(&s, .char("q")), [], "q closes the help first")
        XCTAssertFalse(s.showingHelp)
        XCTAssertEqual(press(&s, .ctrl("c")), [.quit])
    }

    func testBookChangeKeepsTheSelectedInvoice() {
        var s = demoState(80, 24)
        press(&s, .char("j"), .char("j"), .char("j"))
        let selected = s.list.rows[3].overdue!.invoice.id
        _ = reduce(&s, .bookChanged(s.book))
        XCTAssertEqual(s.list.rows[s.list.selected].overdue!.invoice.id, selected)
    }

    func testDayChangeReagesTheList() {
        var s = demoState(80, 24)
        let late = s.list.rows[0].overdue!.daysLate
        _ = reduce(&s, .dayChanged(testToday.adding(days: 1)))
        XCTAssertEqual(s.list.rows[0].overdue!.daysLate, late + 1)
    }
}
