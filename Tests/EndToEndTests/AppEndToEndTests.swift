import Foundation
import XCTest

/// The real binary in a real (tmux) terminal.
final class AppEndToEndTests: XCTestCase {
    var dataDir = ""

    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        dataDir = NSTemporaryDirectory() + "tagih-e2e-" + UUID().uuidString
        addTeardownBlock { [dataDir] in try? FileManager.default.removeItem(atPath: dataDir) }
    }

    func command(_ args: String, env: String = "") -> String {
        "env LANG=C.UTF-8 TERM=xterm-256color TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=e2e \(env) \(Spawn.tagih) \(args)"
    }

    /// The invoice number on the line drawn in reverse video (the selection, in the mono theme).
    func selectedInvoice(_ screen: String) -> String? {
        for line in screen.split(separator: "\n")
        where line.range(of: "\u{1B}\\[([0-9]+;)*7m", options: .regularExpression) != nil {
            if let r = line.range(of: #"INV-\d{4}-\d{4}"#, options: .regularExpression) { return String(line[r]) }
        }
        return nil
    }

    func testOpenDemoMoveResizeQuit() {
        let tmux = Tmux(command: command("demo --data \(dataDir)", env: "NO_COLOR=1"), width: 100, height: 30)
        let first = tmux.waitFor("the overdue list") { $0.contains("Overdue") && $0.contains("INV-") }
        XCTAssertTrue(first.contains("株式会社山田") || first.contains("Tokyo Ramen 一番"), first)
        XCTAssertTrue(first.contains("Aging"))
        let before = tmux.waitFor("a selected row", escapes: true) { self.selectedInvoice($0) != nil }
        let start = selectedInvoice(before)
        tmux.send("j")
        let after = tmux.waitFor("the selection to move", escapes: true) {
            self.selectedInvoice($0) != nil && self.selectedInvoice($0) != start
        }
        XCTAssertNotNil(selectedInvoice(after))

        tmux.resize(50, 15)
        tmux.waitFor("the narrow layout") { s in
            s.contains("Balance") && !s.contains("Due ") && s.split(separator: "\n").allSatisfy { $0.count <= 50 }
        }
        tmux.resize(30, 8)
        tmux.waitFor(text: "too small")
        tmux.resize(100, 30)
        tmux.waitFor("the list again") { $0.contains("Due") && $0.contains("INV-") && !$0.contains("too small") }

        tmux.send("q")
        XCTAssertTrue(tmux.waitUntilExited(), "q quits")
    }

    func testRefusesWithoutATerminal() {
        let r = Spawn.run([Spawn.tagih, "--data", dataDir], environment: ["TAGIH_DEVICE": "e2e"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.output.contains("needs an interactive terminal"), r.output)
    }

    func testReportAgingWorksWithoutATerminal() {
        let env = ["TAGIH_DEVICE": "e2e", "TAGIH_TODAY": "2026-11-30"]
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
        let text = Spawn.run([Spawn.tagih, "report", "aging", "--data", dataDir], environment: env)
        XCTAssertEqual(text.status, 0, text.output)
        for label in ["current", "1-30", "31-60", "61-90", "91-120", "120+", "total", "IDR", "USD", "EUR"] {
            XCTAssertTrue(text.output.contains(label), "\(label) in\n\(text.output)")
        }
        let csv = Spawn.run([Spawn.tagih, "report", "aging", "--format", "csv", "--data", dataDir], environment: env)
        XCTAssertTrue(csv.output.hasPrefix("bucket,currency,invoices,balance\n"))
        let json = Spawn.run([Spawn.tagih, "report", "aging", "--format", "json", "--data", dataDir], environment: env)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["today"] as? String, "2026-11-30")
        XCTAssertEqual((parsed?["buckets"] as? [Any])?.count, 6)
        let missing = Spawn.run([Spawn.tagih, "report", "aging", "--data", dataDir + "/nope"], environment: env)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.output.contains("no book at"), missing.output)
    }

    func testHelpAndVersion() {
        let help = Spawn.run([Spawn.tagih, "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("demo") && help.output.contains("report"))
        let version = Spawn.run([Spawn.tagih, "--version"])
        XCTAssertTrue(version.output.hasPrefix("0."), version.output)
    }
}
