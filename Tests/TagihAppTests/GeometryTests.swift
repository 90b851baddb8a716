import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// The layout the views draw with answers what is under the mouse: a click on
/// a column title sorts by that column, whatever the language of its title.
final class GeometryTests: XCTestCase {
    /// The x of `word` on screen line `y`, as drawn.
    func column(of word: String, line y: Int, in s: AppState) -> Int? {
        let line = screen(s).split(separator: "\n", omittingEmptySubsequences: false)[y]
        guard let r = line.range(of: word) else { return nil }
        return DisplayWidth.of(String(line[..<r.lowerBound]))
    }

    func testAClickOnATitleSortsByItsColumnInEitherLanguage() throws {
        for language in ["en", "id"] {
            var s = demoState(100, 30)
            s.text = Strings(language: language)
            let y = s.layout.list.y
            let balance = try XCTUnwrap(column(of: s.text(.colBalance), line: y, in: s), language)
            _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: balance, y: y)))
            XCTAssertEqual(s.list.sort, .balance, language)
            let client = try XCTUnwrap(column(of: s.text(.colClient), line: y, in: s), language)
            XCTAssertEqual(s.spot(x: client, y: y), .listTitle(.client))
            _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: client, y: y)))
            XCTAssertEqual(s.list.sort, .client, language)
            _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: client, y: y)))
            XCTAssertTrue(s.list.descending != (s.list.sort != .client), "a second click reverses")
            let invoice = try XCTUnwrap(column(of: s.text(.colInvoice), line: y, in: s), language)
            XCTAssertEqual(s.spot(x: invoice, y: y), .listTitle(.invoice))
            let before = s.list.sort
            _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: invoice, y: y)))
            XCTAssertEqual(s.list.sort, before, "the invoice column does not sort")
        }
    }

    func testSpotsFollowTheDrawnPanes() {
        var s = demoState(140, 40)
        let l = s.layout
        XCTAssertEqual(s.spot(x: l.detailPane.x + 2, y: l.detailPane.y + 2), .detail)
        XCTAssertEqual(s.spot(x: l.list.x + 1, y: l.list.y + 3), .listRow(2))
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: l.list.x + 1, y: l.list.y + 3)))
        XCTAssertEqual(s.list.selected, 2)
        press(&s, .char("2"))
        XCTAssertEqual(s.spot(x: 3, y: l.listPane.y + 2 + 4), .todayEntry(2))
        press(&s, .char("3"))
        XCTAssertEqual(s.spot(x: 3, y: 5), .elsewhere)
    }
}
