import XCTest
@testable import TerminalCore

final class DisplayWidthTests: XCTestCase {
    func testCellWidths() {
        XCTAssertEqual(DisplayWidth.of("CV Maju Jaya"), 12)
        XCTAssertEqual(DisplayWidth.of("株式会社山田"), 12)
        XCTAssertEqual(DisplayWidth.of("Dédé"), 4)
        XCTAssertEqual(DisplayWidth.of("De\u{301}de\u{301}"), 4, "combining acute takes no cell")
        XCTAssertEqual(DisplayWidth.of("서울"), 4)
        XCTAssertEqual(DisplayWidth.of("🌿"), 2)
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2, "a ZWJ sequence is one two-cell glyph")
        XCTAssertEqual(DisplayWidth.of("🇮🇩"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth Latin")
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero-width space")
        XCTAssertEqual(DisplayWidth.of("—…·"), 3)
    }
}
