import XCTest
@testable import TerminalCore

final class SanitizeTests: XCTestCase {
    func testControlsAndEscapesNeverSurvive() {
        let hostile = "Evil\u{1B}]52;c;aGk=\u{07} Co\u{1B}[2J\u{9B}31m \u{202E}gnp.exe\u{7F}"
        let safe = Sanitize.line(hostile)
        XCTAssertFalse(safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertFalse(safe.unicodeScalars.contains { $0.value == 0x202E })
        XCTAssertTrue(safe.hasPrefix("Evil\u{FFFD}]52"))
    }

    func testMultilineKeepsNewlinesOnly() {
        XCTAssertEqual(Sanitize.multiline("a\r\nb\rc\n\u{1B}d"), "a\nb\nc\n\u{FFFD}d")
        XCTAssertEqual(Sanitize.line("a\tb\nc"), "a b c")
    }
}
