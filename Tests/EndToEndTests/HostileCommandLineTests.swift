import Foundation
import XCTest
import TagihCore
import TagihStore

/// The command line against hostile text, spreadsheet formulas, books that
/// cannot be read and amounts at the edge of what tagih adds up: the
/// reproductions of an adversarial test, each run on the real binary.
final class HostileCommandLineTests: CommandLineTestCase {
    let evil = "Rina\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J"

    /// No byte that can drive a terminal (C0 but tab and newline, DEL, C1).
    func assertNoControlBytes(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for u in text.unicodeScalars where u != "\n" && u != "\t" && u != "\r" {
            if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
                XCTFail("\(what) prints U+\(String(u.value, radix: 16)): \(text.debugDescription.prefix(300))", file: file, line: line)
                return
            }
        }
    }

    func clientID(named part: String) throws -> String {
        try XCTUnwrap(try book().clients.values.first { $0.name.contains(part) }).id.raw
    }

    func testTextFromTheCommandLineIsCleanedAndNothingPrintedDrivesTheTerminal() throws {
        let id = try clientID(named: "Maju")
        let assign = tagih("assign", id, evil)
        XCTAssertEqual(assign.status, 0, assign.output)
        assertNoControlBytes(assign.output, "assign")
        XCTAssertEqual(try book().clients[ClientID(id)]?.owner, "Rina]52;c;SGVsbG8=]0;pwned[2J", "stored without its control bytes")
        let again = tagih("assign", id, "Dewi")
        assertNoControlBytes(again.output, "assign (was …)")
        for args in [["reason", id, "dispute", "--note", evil], ["snooze", id, "+3", "--note", evil], ["escalate", id, "--note", evil],
                     ["log", id, "--note", evil, "--force", "--user", evil]] {
            let r = Spawn.run([Spawn.tagih] + args + ["--data", dataDir], environment: env)
            XCTAssertEqual(r.status, 0, "\(args): \(r.output)")
            assertNoControlBytes(r.output, args[0])
        }
        let b = try book()
        for e in b.reasons[ClientID(id)] ?? [] { XCTAssertFalse(e.value.note.contains("\u{1B}")) }
        XCTAssertFalse(b.interactionsByClient[ClientID(id)]!.contains { $0.notes.contains("\u{1B}") || $0.by.contains("\u{1B}") })
        assertNoControlBytes(tagih("queue").output, "queue")
    }

    /// A teammate's journal (valid checksums) with control bytes in names,
    /// and a journal file whose name holds them: every message is clean.
    func testDataFromATeammateIsCleanedOnTheWayOut() throws {
        let at = Timestamp(millis: 1_790_000_000_000)
        let events = ["A", "B"].enumerated().map { i, s in
            Event(id: EventID("t-\(i)"), at: at, device: "teammate", seq: Int64(i + 1), author: evil,
                  body: .clientRecorded(Client(id: ClientID("evil-\(s)"), name: "Zzevil\u{1B}[2J \(s)", owner: evil)))
        }
        var bytes: [UInt8] = []
        for e in events { bytes += try JournalLine.encode(e) }
        FileManager.default.createFile(atPath: dataDir + "/journal/teammate.jsonl", contents: Data(bytes))
        let log = tagih("log", "zzevil")
        XCTAssertTrue(log.output.contains("matches 2 clients"), log.output)
        // A journal named with an escape sequence, and damaged.
        FileManager.default.createFile(atPath: dataDir + "/journal/x\u{1B}[31m.jsonl", contents: Data("{\"crc\":\"00000000\",\"e\":{}}\n".utf8))
        for (i, args) in [["log", "zzevil"], ["remind", "zzevil"], ["casefile", "zzevil"], ["queue"], ["report", "aging"], ["check"]].enumerated() {
            if i == 3 { FileManager.default.createFile(atPath: dataDir + "/journal/x\u{1B}[31m.jsonl", contents: Data("{\"crc\":\"00000000\",\"e\":{}}\n".utf8)) }
            if i == 0 { try? FileManager.default.removeItem(atPath: dataDir + "/journal/x\u{1B}[31m.jsonl") }
            let r = Spawn.run([Spawn.tagih] + args + ["--data", dataDir], environment: env)
            assertNoControlBytes(r.output, args.joined(separator: " "))
            if i < 3 { XCTAssertTrue(r.output.contains("matches 2 clients"), "\(args): \(r.output)") }
        }
        XCTAssertTrue(tagih("report", "aging").output.contains("damaged record"), "the damaged journal is named")
    }

    func testExportedCellsNeverRunAsSpreadsheetFormulas() throws {
        let csv = dataDir + "-clients.csv"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: csv) }
        let rows = "name,contact,phone\r\n\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\",+cmd|' /C calc'!A0,@SUM(1)\r\n-2+3 Ltd,\"\tTab\",=1+2\r\n"
        try rows.write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(tagih("import", "clients", csv).status, 0)
        let out = tagih("export", "clients", "--format", "csv").output
        XCTAssertTrue(out.contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\""), out)
        XCTAssertTrue(out.contains("'+cmd|' /C calc'!A0"), out)
        XCTAssertTrue(out.contains("'@SUM(1)"), out)
        XCTAssertTrue(out.contains("'-2+3 Ltd"), out)
        XCTAssertTrue(out.contains("'=1+2"), out)
        for line in out.split(separator: "\r\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                XCTAssertFalse(c.first.map { "=+-@\t\r".contains($0) } ?? false, "cell \(cell) starts a formula")
            }
        }
        XCTAssertEqual(CSV.safeCell("-1500.00"), "-1500.00", "a negative amount stays a number")
        XCTAssertEqual(CSV.safeCell("+62"), "+62")
        // Importing the export reads the names back as they were.
        let exported = dataDir + "-export.csv"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: exported) }
        try out.write(toFile: exported, atomically: true, encoding: .utf8)
        let fresh = NSTemporaryDirectory() + "tagih-fresh-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: fresh) }
        XCTAssertEqual(Spawn.run([Spawn.tagih, "import", "clients", exported, "--data", fresh], environment: env).status, 0)
        let names = try BookStore.open(DataDirectory(path: fresh), options: .init(device: "check", readOnly: true)).book.clients.values.map(\.name)
        XCTAssertTrue(names.contains("=HYPERLINK(\"http://x.invalid\",\"y\")"), "\(names)")
    }
}

/// Books that cannot be read are errors naming the path, never an empty book.
final class UnreadableBookTests: CommandLineTestCase {
    func testAFileOrAForeignFolderIsNotABook() throws {
        let file = dataDir + "-file"
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
        for (path, says) in [(file, "is not a folder"), ("/", "is not a tagih book")] {
            for args in [["report", "aging"], ["check"], ["queue"], ["log", "x"]] {
                let r = Spawn.run([Spawn.tagih] + args + ["--data", path], environment: env)
                XCTAssertNotEqual(r.status, 0, "\(args) on \(path): \(r.output)")
                XCTAssertTrue(r.output.contains(path == "/" ? "/ is not a tagih book" : file), "\(args) on \(path): \(r.output)")
                XCTAssertTrue(r.output.contains(says), "\(args) on \(path): \(r.output)")
                XCTAssertFalse(r.output.contains("not saved"), "a read is not a save: \(r.output)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/journal"), "nothing was created in /")
    }

    func testAJournalFolderThatIsAFileIsNamed() throws {
        let journal = DataDirectory(path: dataDir).journalDirectory
        try FileManager.default.removeItem(atPath: journal)
        FileManager.default.createFile(atPath: journal, contents: Data())
        let r = tagih("report", "aging")
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.output.contains(journal) && r.output.contains("is not a folder"), r.output)
    }

    func testAJournalNamedLikeAFileButAFolderIsLeftAloneWithAWord() throws {
        try FileManager.default.createDirectory(atPath: dataDir + "/journal/odd.jsonl", withIntermediateDirectories: false)
        let r = tagih("pay", "INV-2026-0002", "1000")
        XCTAssertTrue(r.output.contains("journal/odd.jsonl is not a file"), r.output)
        XCTAssertFalse(r.output.contains("Is a directory"), r.output)
        let aging = tagih("report", "aging")
        XCTAssertEqual(aging.status, 0, aging.output)
        XCTAssertEqual(aging.output.components(separatedBy: "journal/odd.jsonl is not a file").count, 2, "said once: \(aging.output)")
    }

    /// As another user (the tests run as root, who reads everything), a
    /// journal folder of mode 000 is an error naming it.
    func testAnUnreadableJournalFolderIsAnError() throws {
        guard getuid() == 0 else {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: dataDir + "/journal")
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dataDir + "/journal") }
            let r = tagih("report", "aging")
            XCTAssertNotEqual(r.status, 0)
            XCTAssertTrue(r.output.contains("journal") && r.output.contains("Permission denied"), r.output)
            return
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("setpriv is not installed") }
        // A copy of the binary and the book where user nobody may reach them.
        let base = NSTemporaryDirectory() + "tagih-nobody-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try FileManager.default.copyItem(atPath: Spawn.tagih, toPath: base + "/tagih")
        try FileManager.default.copyItem(atPath: dataDir, toPath: base + "/book")
        _ = Spawn.run(["chown", "-R", "65534:65534", base + "/book"])
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: base + "/book/journal")
        let r = Spawn.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", base + "/tagih", "report", "aging", "--data", base + "/book"],
                          environment: env.merging(["HOME": base, "TAGIH_DEVICE": "nobody"]) { $1 })
        XCTAssertNotEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains(base + "/book/journal") && r.output.contains("Permission denied"), r.output)
    }
}

/// Amounts at the edge: the largest per invoice and per book are held at
/// input, and a book past them (from merged journals) never traps.
final class LargeAmountTests: CommandLineTestCase {
    override var startsWithDemo: Bool { false }

    func testAnImportPastTheBookLimitIsRefusedWithItsLine() throws {
        let csv = dataDir + "-huge.csv"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: csv) }
        var text = "number,client,issued,due,amount,currency\n"
        for i in 1...1_100 { text += "H-\(i),PT Besar,2026-01-01,2026-02-01,9999999999999.99,IDR\n" }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let r = tagih("import", "invoices", csv)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.output.contains("-huge.csv:1002: with this invoice the book's invoices in IDR would total more than IDR 10,000,000,000,000,000,"), r.output)
        XCTAssertTrue(r.output.contains("nothing imported"), r.output)
        let over = dataDir + "-one.csv"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: over) }
        try "number,client,issued,due,amount,currency\nX,PT Besar,2026-01-01,2026-02-01,10000000000000.01,IDR\n".write(toFile: over, atomically: true, encoding: .utf8)
        let one = tagih("import", "invoices", over)
        XCTAssertNotEqual(one.status, 0)
        XCTAssertTrue(one.output.contains("-one.csv:2:5:"), one.output)
    }

    /// 9,300 invoices of 9,999,999,999,999.99 IDR arrive in teammates'
    /// journals (each within the limit on its own machine): every report
    /// runs, and says the totals are beyond range instead of a clamped figure.
    func testABookPastItsLimitFromMergedJournalsNeverTraps() throws {
        writeDemo()
        let at = Timestamp(millis: 1_780_000_000_000)
        for part in 0..<10 {
            var bytes: [UInt8] = []
            var seq: Int64 = 0
            func line(_ body: EventBody) throws {
                seq += 1
                bytes += try JournalLine.encode(Event(id: EventID("big-\(part)-\(seq)"), at: at, device: "big\(part)", seq: seq, author: "x", body: body))
            }
            try line(.clientRecorded(Client(id: ClientID("big-\(part)"), name: "PT Besar \(part)")))
            for i in 0..<930 {
                try line(.invoiceIssued(Invoice(id: InvoiceID("big-\(part)-\(i)"), number: "B\(part)-\(i)", clientID: ClientID("big-\(part)"),
                                                issued: CivilDate(iso: "2026-06-01")!, due: CivilDate(iso: "2026-07-01")!,
                                                amount: Money(minor: 999_999_999_999_999, currency: .idr))))
            }
            FileManager.default.createFile(atPath: dataDir + "/journal/big\(part).jsonl", contents: Data(bytes))
        }
        for args in [["report", "kpi"], ["report", "aging"], ["report", "aging", "--format", "csv"], ["queue"], ["export", "followups", "--format", "ics"]] {
            let r = tagih(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.output.suffix(400))")
            if args[0] == "report" { XCTAssertTrue(r.output.contains("totals in IDR are beyond what tagih can add up"), "\(args): \(r.output.suffix(400))") }
        }
    }

    func tagih(_ args: [String]) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args + ["--data", dataDir], environment: env)
    }
}

/// The smaller holes on the command line.
final class SmallCommandLineTests: CommandLineTestCase {
    override var startsWithDemo: Bool { false }

    func testTheDemoRefusesAFolderThatIsNotEmpty() throws {
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        try "mine".write(toFile: dataDir + "/notes.txt", atomically: true, encoding: .utf8)
        let r = tagih("demo", "--no-open")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.output.contains("is not empty"), r.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dataDir), ["notes.txt"])
    }

    func testTemplatesArePrivateWhateverTheUmask() throws {
        let config = dataDir + "-config"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: config) }
        let r = Spawn.run(["/bin/sh", "-c", "umask 022 && exec \"$0\" letter --init-templates", Spawn.tagih],
                          environment: env.merging(["XDG_CONFIG_HOME": config]) { $1 })
        XCTAssertEqual(r.status, 0, r.output)
        let files = (FileManager.default.enumerator(atPath: config + "/tagih/letters")?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(files.count, 6)
        for f in files {
            let mode = (try FileManager.default.attributesOfItem(atPath: config + "/tagih/letters/" + f)[.posixPermissions] as? Int ?? 0) & 0o777
            XCTAssertEqual(mode, 0o600, f)
        }
    }

    func testEachWarningIsPrintedOnce() throws {
        writeDemo()
        FileManager.default.createFile(atPath: dataDir + "/journal/teammate.jsonl", contents: Data(#"{"crc":"0000"#.utf8))
        let r = tagih("report", "aging")
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertEqual(r.output.components(separatedBy: "journal/teammate.jsonl: incomplete last record").count, 2, "once: \(r.output)")
    }
}
