import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class AltKeyTests: XCTestCase {
    /// Terminals send Alt-x as Esc then x; typed fast, Esc then q is the same
    /// bytes. Unbound, it must act as the two keys.
    func testUnboundAltKeyActsAsEscapeThenTheKey() {
        var s = demoState(80, 24)
        press(&s, .enter)
        XCTAssertTrue(s.detailOpen)
        XCTAssertEqual(press(&s, .alt("q")), [.quit])
        XCTAssertFalse(s.detailOpen)
    }

    func testBoundAltKeyMovesByWord() {
        var s = demoState(80, 24)
        startCall(&s)
        for ch in "one two" { press(&s, .char(ch)) }
        press(&s, .alt("b"))
        XCTAssertEqual(s.editor?.notes.cursor.column, 4)
    }
}
