import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class ThemeTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryShippedThemeLoadsAndMatchesItsFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("themes").path).filter { $0.hasSuffix(".toml") }
        XCTAssertEqual(Set(files.map { String($0.dropLast(5)) }), ["default", "light", "high-contrast", "solarized-dark", "mono"])
        for f in files {
            let name = String(f.dropLast(5))
            let text = try String(contentsOf: root.appendingPathComponent("themes/" + f), encoding: .utf8)
            XCTAssertEqual(ShippedThemes.files[name], text.trimmingCharacters(in: .newlines),
                           "themes/\(f) changed: run scripts/embed-themes")
            let t = try Theme.parse(text, file: f, name: name)
            XCTAssertEqual(t.name, name)
        }
    }

    func testFallbackGoesToTheMoreGeneralRole() throws {
        let t = try Theme.parse("[roles]\ntext = \"white\"\nbucket = \"red\"\n\"bucket.4\" = \"bright-red bold\"", file: "t.toml", name: "t")
        XCTAssertEqual(t["bucket.4"], Style(foreground: .ansi(9), attributes: [.bold]))
        XCTAssertEqual(t["bucket.2"], Style(foreground: .ansi(1)), "bucket.2 → bucket")
        XCTAssertEqual(t["status.warn"], Style(foreground: .ansi(7)), "status.warn → status → text")
    }

    func testUnknownRoleOrColourNamesFileLineAndName() {
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = \"white\"\n\"list.selectd\" = \"red\"", file: "mine.toml", name: "m")) { e in
            XCTAssertTrue("\(e)".hasPrefix("mine.toml:3: unknown role \"list.selectd\""), "\(e)")
        }
        XCTAssertThrowsError(try Theme.parse("[roles]\n\ntext = \"purple on black\"", file: "mine.toml", name: "m")) { e in
            XCTAssertEqual("\(e)", "mine.toml:3: text: unknown colour \"purple\"")
        }
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = \"red on\"", file: "m.toml", name: "m"))
        XCTAssertEqual(try Theme.parseStyle("#268bd2 on color236 underline"),
                       Style(foreground: .rgb(0x26, 0x8b, 0xd2), background: .indexed(236), attributes: [.underline]))
    }

    /// Readable at 8 colours: where a role sets both colours they stay apart,
    /// and the selection always looks different from plain text.
    func testEveryShippedThemeIsReadableAtEightColoursAndInMono() {
        for name in Theme.shippedNames {
            let t = Theme.shipped(name)!
            for role in Theme.roles {
                let s = t[role]
                guard s.foreground != .default, s.background != .default else { continue }
                XCTAssertNotEqual(ColorDepth.number(s.foreground, colors: 8), ColorDepth.number(s.background, colors: 8, background: true),
                                  "\(name): \(role) vanishes at 8 colours")
            }
            for depth in [8, 16, 256] {
                let sel = t["list.selected"], text = t["text"]
                let differs = ColorDepth.number(sel.background, colors: depth, background: true) != ColorDepth.number(text.background, colors: depth, background: true)
                    || sel.attributes != text.attributes
                XCTAssertTrue(differs, "\(name): the selection is invisible at \(depth) colours")
            }
        }
        let mono = Theme.mono
        for role in Theme.roles {
            XCTAssertEqual(mono[role].foreground, .default, role)
            XCTAssertEqual(mono[role].background, .default, role)
        }
        XCTAssertTrue(mono["list.selected"].attributes.contains(.reverse))
    }

    func testNoColorSnapshot() {
        var s = demoState(80, 24)
        press(&s, .char("j"))
        let buffer = render(s, theme: .mono)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        assertSnapshot(buffer.plainText(), named: "no-color-80x24")
    }
}
