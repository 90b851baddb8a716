import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class ThemeFuzzTests: XCTestCase {
    /// Thousands of mutated theme files (fixed seed): no crash, errors name the file and line.
    func testMutatedThemes() {
        var rng = SeededRandom(seed: 77)
        let seed = Array(ShippedThemes.files["solarized-dark"]!.utf8)
        for _ in 0..<3000 {
            var b = seed
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                let i = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 4 {
                case 0: b[i] = UInt8(rng.next() & 0xFF)
                case 1: b.remove(at: i)
                case 2: b.insert([34, 10, 35, 61, 91, 0xE2][Int(rng.next() % 6)], at: i)
                default: b = Array(b.prefix(i))
                }
                if b.isEmpty { b = [10] }
            }
            do { _ = try Theme.parse(String(decoding: b, as: UTF8.self), file: "fuzz.toml", name: "f") } catch {
                XCTAssertTrue(error.description.hasPrefix("fuzz.toml:"), error.description)
            }
        }
    }
}
