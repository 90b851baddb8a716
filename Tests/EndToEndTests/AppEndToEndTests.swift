import Foundation
import XCTest
import TagihCore

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
        XCTAssertTrue(csv.output.hasPrefix("bucket,currency,invoices,balance\r\n"))
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

/// Look and feel in a real terminal: a mouse click, Bahasa Indonesia, a theme.
final class LookAndFeelEndToEndTests: XCTestCase {
    func testMouseClickSelectsARowAndIndonesianScreens() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-laf-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        let tmux = Tmux(command: "env -u LC_ALL -u LC_MESSAGES LANG=id_ID.UTF-8 TERM=xterm-256color NO_COLOR=1 "
                        + "TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=e2e \(Spawn.tagih) demo --theme solarized-dark --data \(dataDir)",
                        width: 100, height: 30)
        let first = tmux.waitFor("the list in Indonesian") { $0.contains("Jatuh tempo") && $0.contains("INV-") }
        XCTAssertTrue(first.contains("hari ini 30 Nov 2026"), first)
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Tokyo Ramen") })
        // An SGR mouse press and release on that row (1-based coordinates).
        tmux.type("\u{1B}[<0;5;\(row + 1)M\u{1B}[<0;5;\(row + 1)m")
        let after = tmux.waitFor("the clicked row selected", escapes: true) { screen in
            screen.split(separator: "\n").contains { $0.contains("Tokyo Ramen") && $0.range(of: "\u{1B}\\[([0-9]+;)*7m", options: .regularExpression) != nil }
        }
        XCTAssertFalse(after.isEmpty)
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntilExited())
    }

    func testThemesAreListedAndAMistakeIsNamed() throws {
        let list = Spawn.run([Spawn.tagih, "themes"])
        for name in ["default", "light", "high-contrast", "solarized-dark", "mono"] { XCTAssertTrue(list.output.contains(name), list.output) }
        let bad = Spawn.run([Spawn.tagih, "demo", "--no-open", "--theme", "neon", "--data", NSTemporaryDirectory() + "x-" + UUID().uuidString])
        XCTAssertEqual(bad.status, 0, "the theme is only read when the app opens")
    }
}

/// Old and limited terminals start, or refuse with a clear message.
final class TerminalTypeTests: XCTestCase {
    func testDumbRefusesVt100AndLinuxStart() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-term-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: ["TAGIH_DEVICE": "e2e"]).status, 0)
        let dumb = Tmux(command: "env TERM=dumb LANG=C.UTF-8 TAGIH_DEVICE=e2e \(Spawn.tagih) --data \(dataDir); sleep 30", width: 90, height: 20)
        dumb.waitFor(text: "cannot position the cursor")
        for term in ["vt100", "linux"] {
            let t = Tmux(command: "env TERM=\(term) LANG=C.UTF-8 TAGIH_DEVICE=e2e TAGIH_TODAY=2026-11-30 \(Spawn.tagih) --data \(dataDir)", width: 90, height: 24)
            t.waitFor("the list on \(term)") { $0.contains("INV-") }
            t.send("q")
            XCTAssertTrue(t.waitUntilExited(), term)
        }
    }
}

/// 10,000 random keystrokes through a real terminal: no crash, an intact book.
final class RandomKeysEndToEndTests: XCTestCase {
    func testTenThousandRandomKeystrokes() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-keys-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: ["TAGIH_DEVICE": "e2e"]).status, 0)
        let tmux = Tmux(command: "env LANG=C.UTF-8 TERM=xterm-256color EDITOR=true TAGIH_DEVICE=e2e TAGIH_TODAY=2026-11-30 "
                        + "\(Spawn.tagih) --data \(dataDir); echo EXITED $?; sleep 60", width: 100, height: 30)
        tmux.waitFor(text: "Overdue")
        let names = ["Up", "Down", "Left", "Right", "Enter", "Escape", "Tab", "BTab", "BSpace", "DC", "PPage", "NPage", "Home", "End",
                     "C-s", "C-k", "C-z", "C-y", "F1", "Space"] + "jkgGcPpzRnorewax/sSv123?:y0159-.,ABCéZ".map { String($0) }
        var rng = SeededRandom(seed: 99)
        for batch in 0..<50 {
            let keys = (0..<200).map { _ in names[Int(rng.next() % UInt64(names.count))] }
            _ = Spawn.run(["tmux", "-L", tmux.socket, "send-keys"] + keys)
            if batch % 10 == 9 { tmux.resize(40 + Int(rng.next() % 100), 10 + Int(rng.next() % 30)) }
        }
        // A burst of 200 resizes.
        for _ in 0..<200 { tmux.resize(1 + Int(rng.next() % 300), 1 + Int(rng.next() % 100)) }
        tmux.resize(100, 30)
        // Close whatever is open (Esc, and yes to "discard?"), then ask for the help:
        // it appears only once every earlier key was handled by a live app.
        for _ in 0..<5 { tmux.send("Escape"); tmux.send("y") }
        tmux.send("1")
        tmux.send("?")
        let screen = tmux.waitFor("the help after all the keys", timeout: 60) { $0.contains("Keys (Esc closes)") && !$0.contains("EXITED") }
        XCTAssertFalse(screen.contains("Fatal error"), screen)
        let check = Spawn.run([Spawn.tagih, "check", "--data", dataDir])
        XCTAssertEqual(check.status, 0, check.output)
    }
}
