import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class OverdueListSnapshotTests: XCTestCase {
    func testList80x24() {
        assertBothLanguages("overdue-list-80x24") { demoState(80, 24, language: $0) }
    }

    func testList50x15() {
        assertBothLanguages("overdue-list-50x15") { demoState(50, 15, language: $0) }
    }

    func testList140x40ScrolledWithHelp() {
        assertBothLanguages("overdue-list-140x40-help") { language in
            var s = demoState(140, 40, language: language)
            press(&s, .char("j"), .char("j"), .pageDown, .char("?"))
            return s
        }
    }

    func testTooSmall() {
        assertBothLanguages("too-small-30x8") { demoState(30, 8, language: $0) }
    }

    func testEmptyBook() {
        assertBothLanguages("empty-book-60x12") { language in
            var s = AppState(book: Book(), today: testToday, size: Size(width: 60, height: 12), dataPath: "/d")
            s.text = Strings(language: language)
            return s
        }
    }

    /// Every row's columns line up in cells, whatever the script of the name.
    func testWideNamesKeepColumnsAligned() {
        let text = screen(demoState(100, 60))
        let rows = text.split(separator: "\n").filter { $0.contains("INV-") }
        XCTAssertGreaterThan(rows.count, 20)
        let columns = Set(rows.map { row -> Int in
            let prefix = row[..<row.range(of: "INV-")!.lowerBound]
            return DisplayWidth.of(String(prefix))
        })
        XCTAssertEqual(columns.count, 1, "invoice numbers start in the same cell on every row")
        XCTAssertTrue(rows.contains { $0.contains("株式会社山田") })
        XCTAssertTrue(rows.contains { $0.contains("Dédé Sutisna") })
    }

    func testMonochromeThemeStillMarksTheSelection() {
        let s = demoState(80, 24)
        let buffer = render(s, theme: .mono)
        let y = s.layout.list.y + 1
        XCTAssertTrue(buffer[0, y].style.attributes.contains(.reverse), "selected row is reversed")
        XCTAssertEqual(buffer[0, y].style.foreground, .default)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
    }
}
