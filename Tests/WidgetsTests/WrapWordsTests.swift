import XCTest
import TerminalCore
@testable import Widgets

/// Wrapping gives the same lines by either road (ASCII by bytes, the rest by characters).
final class WrapWordsTests: XCTestCase {
    func testLongWordsAreCutAndBothRoadsAgree() {
        XCTAssertEqual(wrapWords("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(wrapWords("ab cdefghij kl", width: 4), ["ab", "cdef", "ghij", "kl"])
        XCTAssertEqual(wrapWords("株式会社山田", width: 4), ["株式", "会社", "山田"])
        var rng = Generator(seed: 9)
        for _ in 0..<300 {
            let ascii = (0..<Int(rng.next() % 80)).map { _ in ["a", "bb", " ", "ccccccccc", "-"][Int(rng.next() % 5)] }.joined()
            let width = 1 + Int(rng.next() % 12)
            // With "é" for "a" (one cell, two bytes) the text takes the character road; mapped back, the lines must match.
            let byChars = wrapWords(ascii.replacingOccurrences(of: "a", with: "é"), width: width).map { $0.replacingOccurrences(of: "é", with: "a") }
            XCTAssertEqual(wrapWords(ascii, width: width), byChars, "\(ascii.debugDescription) at \(width)")
        }
    }
}

/// A small deterministic generator (xorshift), so the cases are the same on every run.
private struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
