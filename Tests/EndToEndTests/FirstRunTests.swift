import Foundation
import XCTest

/// A fresh machine: no `~/.local/share`, no config. `tagih init` writes a
/// config that `tagih config --check` accepts, the first import makes the
/// data directory and its parents (0700), and a mistake in config.toml is
/// named by every command instead of being quietly replaced by defaults.
final class FirstRunTests: XCTestCase {
    var home = ""

    override func setUp() {
        home = NSTemporaryDirectory() + "tagih-home-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: home) }

    func run(_ args: String...) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args, environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "TAGIH_DATA": "",
                                                      "TAGIH_TODAY": "2026-11-30", "LANG": "C.UTF-8", "LC_ALL": "", "USER": "rina"])
    }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int ?? 0) & 0o777
    }

    func testInitThenAFirstImportOnAFreshMachine() throws {
        let initDone = run("init", "--company", "Toko \"Maju\" \\ Jaya", "--user", "Rina", "--currency", "idr", "--language", "en")
        XCTAssertEqual(initDone.status, 0, initDone.output)
        let config = home + "/.config/tagih/config.toml"
        XCTAssertEqual(mode(config), 0o600)
        XCTAssertEqual(mode(home + "/.config/tagih"), 0o700)
        XCTAssertEqual(run("config", "--check").status, 0)
        let shown = run("config").output
        XCTAssertTrue(shown.contains("Toko \"Maju\" \\ Jaya") && shown.contains("config.toml line"), shown)
        XCTAssertTrue(shown.contains(home + "/.local/share/tagih"), shown)
        XCTAssertEqual(run("init", "--company", "x").status, 1, "an existing config is kept without --force")

        let csv = home + "/invoices.csv"
        try "number,client,issued,due,amount\nA-1,Toko Satu,2026-09-01,2026-10-01,1000000\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = run("import", "invoices", csv)
        XCTAssertEqual(imported.status, 0, imported.output)
        for dir in ["/.local", "/.local/share", "/.local/share/tagih"] { XCTAssertEqual(mode(home + dir), 0o700, dir) }
        let aging = run("report", "aging")
        XCTAssertEqual(aging.status, 0, aging.output)
        XCTAssertTrue(aging.output.contains("IDR"), "the config's currency: \(aging.output)")
    }

    func testAMistakeInConfigIsNamedByEveryCommand() throws {
        XCTAssertEqual(run("init", "--company", "Toko", "--user", "Rina", "--currency", "IDR", "--language", "en").status, 0)
        let csv = home + "/invoices.csv"
        try "number,client,issued,due,amount\nA-1,Toko Satu,2026-09-01,2026-10-01,1000000\n".write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(run("import", "invoices", csv).status, 0)
        try "user = 5\n".write(toFile: home + "/.config/tagih/config.toml", atomically: true, encoding: .utf8)
        for args in [["config", "--check"], ["queue"], ["report", "aging"], ["report", "kpi"], ["export", "followups"], ["casefile", "Toko Satu"],
                     ["sync"], ["snooze", "Toko Satu", "+7"], ["import", "invoices", csv]] {
            let r = Spawn.run([Spawn.tagih] + args, environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "TAGIH_DATA": "",
                                                               "TAGIH_TODAY": "2026-11-30", "LANG": "C.UTF-8", "LC_ALL": ""])
            XCTAssertNotEqual(r.status, 0, "\(args): \(r.output)")
            XCTAssertTrue(r.output.contains("config.toml:1:") && r.output.contains("user"), "\(args) names the file and line: \(r.output)")
        }
    }
}
