import XCTest
@testable import TerminalCore

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
