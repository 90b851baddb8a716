import XCTest
@testable import TerminalCore

/// What reaches the terminal for a cell: only what every terminal measures alike.
final class TerminalScalarsTests: XCTestCase {
    func testJoinedEmojiAndModifiersAreDrawnByTheirFirstScalar() {
        func drawn(_ s: String) -> String { String(String.UnicodeScalarView(DisplayWidth.terminalScalars(of: s))) }
        XCTAssertEqual(drawn("👨‍👩‍👧"), "👨", "a zero-width joiner sequence")
        XCTAssertEqual(drawn("👍🏽"), "👍", "a skin-tone modifier is a spacing scalar to wcwidth")
        XCTAssertEqual(drawn("🇮🇩"), "🇮", "a flag's second letter")
        XCTAssertEqual(drawn("❤️"), "❤️", "a variation selector stays on its base")
        XCTAssertEqual(drawn("é"), "é")
        XCTAssertEqual(drawn("e\u{301}"), "e\u{301}", "a combining mark stays")
        XCTAssertEqual(drawn("株"), "株")
        XCTAssertEqual(DisplayWidth.of(Character("👨‍👩‍👧")), DisplayWidth.of(Character("👨")), "laid out as wide as it is drawn")
    }
}
