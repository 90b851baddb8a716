import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class OverdueListSnapshotTests: XCTestCase {
    func testList80x24() {
        assertSnapshot(screen(demoState(80, 24)), named: "overdue-list-80x24")
    }

    func testList50x15() {
        assertSnapshot(screen(demoState(50, 15)), named: "overdue-list-50x15")
    }

    func testList140x40ScrolledWithHelp() {
        var s = demoState(140, 40)
        press(&s, .char("j"), .char("j"), .pageDown, .char("?"))
        assertSnapshot(screen(s), named: "overdue-list-140x40-help")
    }

    func testTooSmall() {
        assertSnapshot(screen(demoState(30, 8)), named: "too-small-30x8")
    }

    func testEmptyBook() {
        let s = AppState(book: Book(), today: testToday, size: Size(width: 60, height: 12), dataPath: "/d")
        assertSnapshot(screen(s), named: "empty-book-60x12")
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

final class PaneSnapshotTests: XCTestCase {
    func editorState(_ w: Int, _ h: Int) -> AppState {
        var s = demoState(w, h)
        press(&s, .char("j")); startCall(&s)
        for ch in "Spoke to Bapak Dédé: the 日本 shipment arrived damaged.\nWill pay half on Friday, rest after the claim." {
            _ = reduce(&s, .keyPressed(ch == "\n" ? .enter : .char(ch)))
        }
        _ = reduce(&s, .clockTicked(Timestamp(millis: s.now.millis + 263_000)))
        return s
    }

    func testDetail80x24() {
        var s = demoState(80, 24)
        press(&s, .enter)
        assertSnapshot(screen(s), named: "detail-80x24")
    }

    func testDetailNarrow50x15() {
        var s = demoState(50, 15)
        press(&s, .enter)
        assertSnapshot(screen(s), named: "detail-50x15")
    }

    func testSideBySide140x40() {
        var s = demoState(140, 40)
        press(&s, .char("j"), .char("j"))
        assertSnapshot(screen(s), named: "side-by-side-140x40")
    }

    func testEditor80x24() {
        assertSnapshot(screen(editorState(80, 24)), named: "editor-80x24")
    }

    func testEditorNarrow50x15() {
        assertSnapshot(screen(editorState(50, 15)), named: "editor-50x15")
    }

    func testEditor140x40WithPromise() {
        var s = editorState(140, 40)
        press(&s, .backTab)
        while s.editor?.outcome != .promised { press(&s, .right) }
        assertSnapshot(screen(s), named: "editor-140x40-promise")
    }

    func testByClient80x24() {
        var s = demoState(80, 24)
        press(&s, .char("v"), .char("s"))
        assertSnapshot(screen(s), named: "by-client-80x24")
    }
}

final class WorkflowSnapshotTests: XCTestCase {
    func testToday100x30() {
        var s = demoState(100, 30)
        press(&s, .char("2"))
        assertSnapshot(screen(s), named: "today-100x30")
    }

    func testTodayNarrow60x20() {
        var s = demoState(60, 20)
        press(&s, .char("2"), .char("j"))
        assertSnapshot(screen(s), named: "today-60x20")
    }

    func testDashboard100x50() {
        var s = demoState(100, 50)
        press(&s, .char("3"))
        assertSnapshot(screen(s), named: "dashboard-100x50")
    }

    func testDetailWithWorkflow100x40() {
        var s = demoState(100, 40)
        press(&s, .char("/"))
        for ch in "sumber rejeki" { press(&s, .char(ch)) }
        press(&s, .enter, .enter)
        assertSnapshot(screen(s), named: "detail-workflow-100x40")
    }

    func testOfferForm100x30() {
        var s = demoState(100, 30)
        press(&s, .char("/"))
        for ch in "lodz" { press(&s, .char(ch)) }
        press(&s, .enter, .char("o"))
        assertSnapshot(screen(s), named: "offer-form-100x30")
    }
}
