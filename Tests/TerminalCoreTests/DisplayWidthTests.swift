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

final class ScreenBufferTests: XCTestCase {
    func testWideGlyphsTakeTwoCellsAndAlign() {
        var b = ScreenBuffer(size: Size(width: 12, height: 2))
        b.write("株式会社|", x: 0, y: 0, style: .plain)
        b.write("abcdefgh|", x: 0, y: 1, style: .plain)
        XCTAssertEqual(b.plainText(), "株式会社|\nabcdefgh|\n")
        XCTAssertTrue(b[1, 0].isContinuation)
    }

    func testTruncationWithEllipsisNeverSplitsAWideGlyph() {
        var b = ScreenBuffer(size: Size(width: 10, height: 1))
        let used = b.write("株式会社山田", x: 0, y: 0, maxWidth: 6, style: .plain)
        XCTAssertEqual(used, 5)
        XCTAssertEqual(b.plainText(), "株式…\n")
        var c = ScreenBuffer(size: Size(width: 10, height: 1))
        c.write("abcdefghijkl", x: 0, y: 0, maxWidth: 5, style: .plain)
        XCTAssertEqual(c.plainText(), "abcd…\n")
    }

    func testOverwritingHalfAWideGlyphLeavesNoStrayHalf() {
        var b = ScreenBuffer(size: Size(width: 6, height: 1))
        b.write("山田", x: 0, y: 0, style: .plain)
        b.write("x", x: 1, y: 0, style: .plain)
        XCTAssertEqual(b.plainText(), " x田\n")
    }

    func testWritesAreClippedToTheBuffer() {
        var b = ScreenBuffer(size: Size(width: 4, height: 1))
        b.write("hello", x: 2, y: 0, style: .plain, ellipsis: false)
        b.write("zzz", x: 0, y: 5, style: .plain)
        XCTAssertEqual(b.plainText(), "  he\n")
        b.writeRight("42", maxX: 4, y: 0, maxWidth: 4, style: .plain)
        XCTAssertEqual(b.plainText(), "  42\n")
    }

    func testHostileTextCannotReachTheScreen() {
        var b = ScreenBuffer(size: Size(width: 30, height: 1))
        b.write("A\u{1B}[2JB\u{1B}]8;;http://x\u{07}", x: 0, y: 0, style: .plain)
        for c in b.cells {
            XCTAssertFalse(c.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }

    func testColourDepthDegrades() {
        XCTAssertEqual(ColorDepth.number(.rgb(255, 0, 0), colors: 1 << 24), 196)
        XCTAssertEqual(ColorDepth.number(.rgb(255, 0, 0), colors: 16), 9)
        XCTAssertEqual(ColorDepth.number(.rgb(255, 0, 0), colors: 8), 1)
        XCTAssertEqual(ColorDepth.number(.ansi(14), colors: 8), 6)
        XCTAssertEqual(ColorDepth.number(.indexed(244), colors: 256), 244)
        XCTAssertEqual(ColorDepth.number(.default, colors: 256), -1)
    }

    func testKeyNamesRoundTrip() {
        for k: Key in [.char("j"), .char("G"), .ctrl("e"), .up, .pageDown, .enter, .escape, .function(5), .char(" "), .backTab] {
            XCTAssertEqual(Key(name: k.description), k, k.description)
        }
        XCTAssertNil(Key(name: "Hyper-Q"))
    }
}

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
