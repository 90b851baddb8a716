import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class KeyOverrideTests: XCTestCase {
    func testOverrideMovesAnActionToANewKey() throws {
        let map = try Keymap.applying([KeyOverrideSpec(context: "client", action: "call", keys: ["Y"], line: 3)], file: "config.toml")
        XCTAssertEqual(map.command(for: .char("Y"), in: .list), .logContact)
        XCTAssertNil(map.command(for: .char("c"), in: .list))
        XCTAssertTrue(map.markdownTable().contains("| client | `Y` | log a call"))
    }

    func testMistakesAreNamed() {
        let cases: [(KeyOverrideSpec, String)] = [
            (KeyOverrideSpec(context: "lst", action: "call", keys: ["C"], line: 4), "config.toml:4: unknown key context [keys.lst]"),
            (KeyOverrideSpec(context: "list", action: "fly", keys: ["C"], line: 5), "config.toml:5: unknown action fly in [keys.list]"),
            (KeyOverrideSpec(context: "list", action: "call", keys: ["C"], line: 6), "config.toml:6: call is not an action of [keys.list]"),
            (KeyOverrideSpec(context: "client", action: "call", keys: ["Hyper-X"], line: 7), "config.toml:7: call: unknown key \"Hyper-X\""),
            (KeyOverrideSpec(context: "client", action: "call", keys: ["j"], line: 8), "config.toml:8: key j is bound twice"),
        ]
        for (spec, want) in cases {
            XCTAssertThrowsError(try Keymap.applying([spec], file: "config.toml")) { e in
                XCTAssertTrue("\(e)".hasPrefix(want), "\(e) should start with \(want)")
            }
        }
    }
}
