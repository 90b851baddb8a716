import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class LazyStatusTests: XCTestCase {
    /// Statuses are worked out for the rows on screen; the disputes filter
    /// still sees every client, also after the book changes.
    func testDisputesFilterSurvivesARebuild() {
        var s = demoState(100, 30)
        press(&s, .char("x"))
        let disputed = s.list.rows.count
        XCTAssertGreaterThan(disputed, 0)
        _ = reduce(&s, .bookChanged(s.book))
        XCTAssertEqual(s.list.rows.count, disputed)
        press(&s, .char("x"), .char("G"))
        let last = s.list.rows.last!.clientID
        XCTAssertNotNil(s.list.statuses[last], "the rows on screen have their status")
    }
}
