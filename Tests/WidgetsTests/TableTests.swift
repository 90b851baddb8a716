import XCTest
import TerminalCore
@testable import Widgets

/// The table: columns dropped in their order when the width runs out, the
/// flexible one taking what is left, cells cut and aligned by display cells.
final class TableTests: XCTestCase {
    let columns = [
        TableColumn("Client", width: 10, flexible: true, minWidth: 6),
        TableColumn("Invoice", width: 8, dropOrder: 2),
        TableColumn("Due", width: 6, dropOrder: 1),
        TableColumn("Balance", width: 9, alignment: .right),
    ]

    func testColumnsAreDroppedHighestOrderFirstAndTheFlexibleOneTakesTheRest() {
        XCTAssertEqual(Table.layout(columns, width: 60), [34, 8, 6, 9], "60 − 8 − 6 − 9 − 3 gaps")
        XCTAssertEqual(Table.layout(columns, width: 32), [6, 8, 6, 9], "exactly enough for all")
        XCTAssertEqual(Table.layout(columns, width: 31), [14, nil, 6, 9], "Invoice (order 2) goes first")
        XCTAssertEqual(Table.layout(columns, width: 20), [10, nil, nil, 9], "then Due; Balance (no order) always stays")
        XCTAssertEqual(Table.layout(columns, width: 3), [6, nil, nil, 9], "never narrower than the minimum")
    }

    func testRowsAreDrawnInTheirColumnsCutAndAlignedByCells() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 3))
        let plain = Style()
        let table = Table(columns: [TableColumn("Name", width: 8, flexible: true, minWidth: 4), TableColumn("Amount", width: 7, alignment: .right)],
                          headerStyle: plain, selectedStyle: plain, baseStyle: plain)
        let rows = [["株式会社山田商事株式会社", "12"], ["Ana", "1.234,50"]]
        table.render(into: &buffer, area: Rect(x: 0, y: 0, width: 20, height: 3), rowCount: 2, offset: 0, selected: 0) { i in
            rows[i].map { TableCell($0, style: plain) }
        }
        let lines = buffer.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Name"), lines[0])
        XCTAssertTrue(lines[0].contains("Amount"), lines[0])
        XCTAssertEqual(DisplayWidth.of(String(lines[1].prefix(while: { $0 != " " }))) <= 12, true, "a wide name is cut to its column: \(lines[1])")
        XCTAssertTrue(lines[1].hasSuffix("     12") || lines[1].contains("     12"), "right-aligned: \(lines[1])")
        XCTAssertTrue(lines[2].hasSuffix("1.234,…"), "cut to 7 cells with an ellipsis: \(lines[2])")
    }
}

/// A panel's border, title and the area inside it.
final class PanelTests: XCTestCase {
    func testABorderTitleAndTheInsideArea() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 4))
        let inner = Panel.draw(into: &buffer, area: Rect(x: 0, y: 0, width: 12, height: 4), title: "Tagihan panjang sekali",
                               border: Style(), titleStyle: Style(), fill: Style())
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 10, height: 2))
        let lines = buffer.plainText().split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("┌─ Tagih"), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("┐"), "the title never covers the corner: \(lines[0])")
        XCTAssertEqual(lines[3], "└──────────┘")
        XCTAssertEqual(Panel.draw(into: &buffer, area: Rect(x: 0, y: 0, width: 1, height: 1), title: nil, border: Style(),
                                  titleStyle: Style(), fill: Style()).width, 0, "too small for a border: nothing inside")
    }
}
