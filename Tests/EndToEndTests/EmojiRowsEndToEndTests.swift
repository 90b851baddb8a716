import Foundation
import XCTest
import TerminalCore

/// Names with joined emoji, skin tones and flags keep their rows straight in
/// a real terminal, and switching the list's grouping leaves nothing behind.
final class EmojiRowsEndToEndTests: XCTestCase {
    /// Cells a captured line takes up to `needle`, counted as tmux does: one
    /// scalar at a time, and a lone regional indicator (half a flag) as one.
    func column(of needle: String, in line: Substring) -> Int? {
        guard let r = line.range(of: needle) else { return nil }
        return line[..<r.lowerBound].unicodeScalars.reduce(0) { $0 + ((0x1F1E6...0x1F1FF).contains($1.value) ? 1 : DisplayWidth.of($1)) }
    }

    func testJoinedEmojiDoNotShiftTheirRowsOrLeaveStaleText() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-emoji-" + UUID().uuidString
        let csv = dataDir + ".csv"
        defer { try? FileManager.default.removeItem(atPath: dataDir); try? FileManager.default.removeItem(atPath: csv) }
        let env = ["TAGIH_DEVICE": "e", "TAGIH_TODAY": "2026-11-30"]
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
        try ("number,client,issued,due,amount,currency\n" +
             "Z-1,Keluarga 👨‍👩‍👧 Jaya,2026-09-01,2026-09-15,5000000,IDR\nZ-2,Toko 👍🏽 Maju,2026-09-01,2026-09-16,4000000,IDR\n" +
             "Z-3,Warung 🇮🇩 Baru,2026-09-01,2026-09-17,3000000,IDR\n").write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(Spawn.run([Spawn.tagih, "import", "invoices", csv, "--data", dataDir], environment: env).status, 0)
        let tmux = Tmux(command: "env LANG=C.UTF-8 LC_ALL= TERM=xterm-256color TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=e \(Spawn.tagih) --data \(dataDir)",
                        width: 110, height: 30)
        tmux.waitFor(text: "INV-")
        tmux.send("/")
        tmux.type("Z-")
        tmux.send("Enter")
        // Once the filter is applied (its hint shows), not while it is still being typed.
        let list = tmux.waitFor("the three rows") { $0.contains("Z-3") && $0.contains("(/ edit") }
        let rows = list.split(separator: "\n").filter { $0.contains("Z-") && $0.contains("Rp") }
        XCTAssertEqual(rows.count, 3, list)
        XCTAssertFalse(list.unicodeScalars.contains("\u{200D}"), "no joiner spilled onto the screen")
        let columns = rows.map { row in ["Z-", "Rp", "—"].map { column(of: $0, in: row) } }
        XCTAssertEqual(Set(columns.map { $0[1] }).count, 1, "balances in one column: \(columns)\n\(list)")
        XCTAssertEqual(Set(columns.map { $0[2] }).count, 1, "last contact in one column: \(columns)\n\(list)")
        tmux.send("v")
        tmux.waitFor("one row per client") { $0.contains("Inv ") }
        tmux.send("v")
        tmux.waitFor("every client") { $0.contains("every client") }
        tmux.send("v")
        let back = tmux.waitFor("one row per invoice again") { $0.contains("Invoice") && $0.contains("Z-3") }
        XCTAssertEqual(back, list, "switching back and forth leaves no stale text")
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntilExited())
    }
}
