import Foundation
import XCTest
import TagihCore
import TagihStore

/// Logging a call as a collector would, in the real binary: the note survives
/// a restart, and a killed session loses nothing typed.
final class CallLoggingEndToEndTests: XCTestCase {
    var dataDir = ""
    let env = ["TAGIH_DEVICE": "e2e", "TAGIH_TODAY": "2026-11-30"]

    override func setUpWithError() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        dataDir = NSTemporaryDirectory() + "tagih-e2e-" + UUID().uuidString
        addTeardownBlock { [dataDir] in try? FileManager.default.removeItem(atPath: dataDir) }
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
    }

    func app() -> Tmux {
        Tmux(command: "env LANG=C.UTF-8 TERM=xterm-256color TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=e2e TAGIH_USER=Rina "
             + "EDITOR=true \(Spawn.tagih) --data \(dataDir)", width: 100, height: 30)
    }

    /// `c`, answering the contact-frequency guard if it asks.
    func startCall(_ t: Tmux) {
        t.send("c")
        let screen = t.waitFor("the editor or the guard") { $0.contains("● 00:0") || $0.contains("anyway?") }
        if screen.contains("anyway?") { t.send("y") }
    }

    func testLogACallThenSeeItAfterARestart() {
        var tmux: Tmux? = app()
        tmux!.waitFor(text: "Overdue")
        tmux!.send("/")
        tmux!.type("nguyen")
        tmux!.waitFor("the filter to narrow to one client") { $0.contains("Nguyễn Trading") && !$0.contains("CV Maju Jaya") }
        tmux!.send("Enter")
        startCall(tmux!)
        tmux!.waitFor(text: "Call · Nguyễn Trading Co.")
        tmux!.type("Pak An: café order from 日本 arrived.")
        tmux!.send("Enter")
        tmux!.type("Will transfer on Friday.")
        tmux!.waitFor(text: "Will transfer on Friday.")
        tmux!.send("C-s")
        tmux!.waitFor(text: "Call with Nguyễn Trading Co. saved")
        tmux!.send("q")
        XCTAssertTrue(tmux!.waitUntilExited())
        tmux = nil

        let again = app()
        again.waitFor(text: "Overdue")
        again.send("/")
        again.type("nguyen")
        again.send("Enter", "Enter")
        let screen = again.waitFor("the note in the timeline") { $0.contains("Will transfer on Friday.") }
        XCTAssertTrue(screen.contains("Pak An: café order from 日本 arrived."), screen)
        XCTAssertTrue(screen.contains("call · reached · Rina"), screen)
        again.send("Escape", "q")
        XCTAssertTrue(again.waitUntilExited())
    }

    func testKilledMidTypingTheDraftIsOfferedBack() throws {
        let tmux = app()
        tmux.waitFor(text: "Overdue")
        startCall(tmux)
        tmux.waitFor(text: "● 00:0")
        tmux.type("Half typed: promised 日本 é")
        tmux.waitFor(text: "Half typed: promised 日本 é")
        // Wait until the draft is on disk, then kill without warning.
        let draftPath = dataDir + "/drafts/e2e.json"
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let d = FileManager.default.contents(atPath: draftPath), String(decoding: d, as: UTF8.self).contains("日本 é") { break }
            usleep(20_000)
        }
        let pid = try XCTUnwrap(tmux.panePid)
        kill(pid, SIGKILL)
        XCTAssertTrue(tmux.waitUntilExited())
        let mode = (try? FileManager.default.attributesOfItem(atPath: draftPath)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o777, 0o600)

        let again = app()
        again.waitFor(text: "Restore it?")
        again.send("y")
        again.waitFor(text: "Half typed: promised 日本 é")
        again.send("C-s")
        again.waitFor(text: "saved")
        again.send("q")
        XCTAssertTrue(again.waitUntilExited())
        XCTAssertFalse(FileManager.default.fileExists(atPath: draftPath), "a saved note leaves no draft behind")
        let store = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "check", readOnly: true))
        XCTAssertTrue(store.book.interactionsByClient.values.joined().contains { $0.notes == "Half typed: promised 日本 é" })
    }
}

/// `tagih log` and `tagih pay`: the same events and checks as the UI, for scripts.
final class ScriptedLoggingTests: CommandLineTestCase {
    func testLogWithPromiseNextAndDuration() throws {
        let r = tagih("log", "maju jaya", "--outcome", "promised", "--promise", "5000000@2026-12-05",
                      "--note", "Will pay Friday\\nthen the rest", "--next", "+10", "--duration", "4m30s", "--force")
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("logged call with CV Maju Jaya"), r.output)
        let c = try book().findClients("CV Maju Jaya")[0]
        let i = try XCTUnwrap(try book().timeline(c.id).first)
        XCTAssertEqual(i.notes, "Will pay Friday\nthen the rest")
        XCTAssertEqual(i.promise, PromiseToPay(amount: Money(major: 5_000_000, currency: .idr), date: CivilDate(iso: "2026-12-05")!))
        XCTAssertEqual(i.nextFollowUp, CivilDate(iso: "2026-12-10"))
        XCTAssertEqual(i.durationSeconds, 270)
        XCTAssertEqual(i.by, "Budi")
    }

    func testAmbiguousAndUnknownClientsAreErrorsListingCandidates() throws {
        let before = try book().eventCount
        let ambiguous = tagih("log", "PT", "--note", "x")
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertTrue(ambiguous.output.contains("matches 7 clients"), ambiguous.output)
        XCTAssertTrue(ambiguous.output.contains("PT Sinar Abadi"), ambiguous.output)
        let unknown = tagih("log", "Nobody Ltd")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.output.contains("no client matches"), unknown.output)
        let badDate = tagih("log", "maju", "--next", "2026-02-30")
        XCTAssertTrue(badDate.output.contains("not a date"), badDate.output)
        let past = tagih("log", "maju", "--next", "2020-01-01")
        XCTAssertTrue(past.output.contains("in the past"), past.output)
        let badOutcome = tagih("log", "maju", "--outcome", "happy")
        XCTAssertTrue(badOutcome.output.contains("not one of"), badOutcome.output)
        XCTAssertEqual(try book().eventCount, before, "nothing was written")
    }

    func testPayFullAndPartial() throws {
        let inv = try XCTUnwrap(try book().findInvoices("INV-2026-0002").first)
        let balance = try book().balance(inv)
        let partial = tagih("pay", "INV-2026-0002", "1,000,000", "--date", "2026-11-29", "--method", "cash")
        XCTAssertEqual(partial.status, 0, partial.output)
        XCTAssertEqual(try book().balance(inv).minor, balance.minor - 100_000_000)
        let tooMuch = tagih("pay", "INV-2026-0002", "999999999999")
        XCTAssertEqual(tooMuch.status, 1)
        XCTAssertTrue(tooMuch.output.contains("more than the balance"), tooMuch.output)
        let future = tagih("pay", "INV-2026-0002", "10", "--date", "2027-01-01")
        XCTAssertTrue(future.output.contains("in the future"), future.output)
        let rest = MoneyFormat.standard.number(try book().balance(inv))
        XCTAssertEqual(tagih("pay", "inv-2026-0002", rest).status, 0)
        XCTAssertTrue(try book().balance(inv).isZero)
        XCTAssertTrue(try book().overdueRows(today: CivilDate(iso: "2026-11-30")!).allSatisfy { $0.invoice.id != inv.id })
    }
}

/// A morning on the Today screen: three clients worked down the queue from the keyboard.
final class TodayEndToEndTests: XCTestCase {
    func testWorkThreeClientsDownTheQueue() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-today-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        let env = ["TAGIH_DEVICE": "e2e", "TAGIH_TODAY": "2026-11-30"]
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
        let before = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "check", readOnly: true)).book
        let queue = TodayQueue.build(before, today: CivilDate(iso: "2026-11-30")!).map(\.name)
        XCTAssertGreaterThan(queue.count, 3)

        let tmux = Tmux(command: "env LANG=C.UTF-8 TERM=xterm-256color TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=e2e TAGIH_USER=Rina "
                        + "\(Spawn.tagih) --data \(dataDir)", width: 110, height: 34)
        tmux.waitFor(text: "Overdue")
        tmux.send("2")
        tmux.waitFor(text: "Today · \(queue.count) to contact")
        // 1: a call, logged while talking.
        tmux.send("c")
        tmux.waitFor(text: "Call · \(queue[0])")
        tmux.type("Spoke to the owner; paying next week.")
        tmux.send("C-s")
        tmux.waitFor(text: "Call with \(queue[0]) saved")
        // 2: snoozed to next Monday.
        tmux.waitFor("the second client selected") { $0.contains("Today · \(queue.count - 1) to contact") }
        tmux.send("z")
        tmux.waitFor(text: "Snooze · ")
        tmux.send("C-s")
        tmux.waitFor(text: "next follow-up")
        // 3: a reminder sent.
        tmux.send("r")
        tmux.waitFor(text: "Reminder · ")
        tmux.send("C-s")
        tmux.waitFor(text: "reminder 1 (friendly) recorded")
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntilExited())

        let after = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "check", readOnly: true)).book
        XCTAssertEqual(after.eventCount - before.eventCount, 4, "a call, a snooze, a reminder and its follow-up")
        let left = TodayQueue.build(after, today: CivilDate(iso: "2026-11-30")!).map(\.name)
        XCTAssertFalse(left.contains(queue[0]))
        XCTAssertFalse(left.contains(queue[1]))
        XCTAssertFalse(left.contains(queue[2]), "a reminder schedules the next follow-up")
    }
}

/// The workflow from the command line, with the same rules as the keyboard.
final class AssignCommandTests: CommandLineTestCase {
    func testAssignGivesAClientAnOwnerWhoseQueueHasIt() throws {
        let r = tagih("assign", "maju jaya", "Sari")
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("CV Maju Jaya: owner Sari"), r.output)
        let c = try XCTUnwrap(try book().clients.values.first { $0.name == "CV Maju Jaya" })
        XCTAssertEqual(c.owner, "Sari")
        XCTAssertEqual(try book().clientHistory(c.id).count, 2, "the earlier owner stays in the history")
        let again = tagih("assign", "maju jaya", "Sari")
        XCTAssertTrue(again.output.contains("already owned by Sari"), again.output)
    }
}

final class WorkflowCommandTests: CommandLineTestCase {
    func testGuardRefusesUnlessForcedAndRecordsTheOverride() throws {
        let r = tagih("log", "maju jaya", "--note", "again")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.output.contains("last contacted 2 days ago"), r.output)
        XCTAssertTrue(r.output.contains("--force"), r.output)
        let forced = tagih("log", "maju jaya", "--note", "again", "--force")
        XCTAssertEqual(forced.status, 0, forced.output)
        let c = try book().findClients("CV Maju Jaya")[0]
        XCTAssertEqual(try book().timeline(c.id).first?.guardOverride, "contacted again after 2 days (policy: 7)")
    }

    func testQueueKpiAndTheGuidesSettlement() throws {
        let q = tagih("queue")
        XCTAssertEqual(q.status, 0)
        XCTAssertTrue(q.output.contains("why: "), q.output)
        let kpi = tagih("report", "kpi")
        XCTAssertTrue(kpi.output.contains("DSO") && kpi.output.contains("CEI"), kpi.output)
        XCTAssertEqual(tagih("offer", "anugrah", "10000000").status, 0)
        let asked = tagih("offer", "anugrah", "--accept")
        XCTAssertEqual(asked.status, 1, "accepting asks first")
        XCTAssertTrue(asked.output.contains("--yes"), asked.output)
        let accept = tagih("offer", "anugrah", "--accept", "--yes", "--pay-by", "2026-12-10")
        XCTAssertEqual(accept.status, 0, accept.output)
        let c = try book().findClients("anugrah")[0]
        let owed = try book().balances(of: c.id)
        XCTAssertFalse(owed.isEmpty, "an agreement is not a payment")
        // The agreed 10,000,000 arrives: the rest is written off as settlement.
        let paid = tagih("pay", "anugrah", "10000000", "--allocate", "oldest")
        XCTAssertEqual(paid.status, 0, paid.output)
        XCTAssertTrue(paid.output.contains("written off as settlement"), paid.output)
        XCTAssertTrue(try book().balances(of: c.id).isEmpty)
    }

    func testRemindersEscalateAfterTheThird() throws {
        XCTAssertEqual(tagih("remind", "anugrah").status, 0)
        // The next two would be too soon for the guard; the test forces them.
        XCTAssertEqual(tagih("remind", "anugrah").status, 1)
        XCTAssertEqual(tagih("remind", "anugrah", "--force").status, 0)
        let third = tagih("remind", "anugrah", "--force")
        XCTAssertTrue(third.output.contains("escalated to Dewi"), third.output)
        let owner = tagih("queue", "--owner", "Dewi", "--today", "2026-12-31")
        XCTAssertTrue(owner.output.contains("CV Anugrah Teknik"), owner.output)
        XCTAssertTrue(owner.output.contains("escalated to Dewi"), owner.output)
    }

    func testReasonPlanSnoozeWriteOff() throws {
        XCTAssertEqual(tagih("reason", "anugrah", "dispute", "--invoice", "INV-2025-0079", "--note", "damaged").status, 0)
        let c = try book().findClients("anugrah")[0]
        XCTAssertEqual(try book().status(c.id, today: CivilDate(iso: "2026-11-30")!).disputed, [InvoiceID("i0079")])
        let bad = tagih("plan", "anugrah", "--schedule", "2026-12-15 1000")
        XCTAssertTrue(bad.output.contains("the balance is"), bad.output)
        XCTAssertEqual(tagih("plan", "anugrah", "--count", "4", "--every", "fortnight").status, 0)
        XCTAssertEqual(try book().status(c.id, today: CivilDate(iso: "2026-11-30")!).plan?.instalments.count, 4)
        XCTAssertEqual(tagih("snooze", "anugrah", "+10").status, 0)
        XCTAssertEqual(try book().nextFollowUp(c.id, today: CivilDate(iso: "2026-11-30")!), CivilDate(iso: "2026-12-10"))
        let premature = tagih("writeoff", "anugrah", "--reason", "gone")
        XCTAssertEqual(premature.status, 1)
        XCTAssertTrue(premature.output.contains("--yes"), premature.output)
        XCTAssertEqual(tagih("writeoff", "anugrah", "--reason", "gone", "--yes").status, 0)
        XCTAssertTrue(try book().balances(of: c.id).isEmpty)
    }
}

/// Paperwork from the command line: import, export, letters, the case file, the calendar.
final class PaperworkCommandTests: CommandLineTestCase {
    override var startsWithDemo: Bool { false }

    func testImportIntoANewBookDryRunErrorsAndIdempotence() throws {
        let file = dataDir + "-in.csv"
        defer { unlink(file) }
        try "number,client,issued,due,amount,currency\nA-1,Toko Satu,2026-09-01,2026-10-01,\"1,000,000\",IDR\nA-2,Toko Dua,31/09/2026,2026-10-01,5,IDR\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let bad = tagih("import", "invoices", file)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.output.contains("in.csv:3:3: issue date: \"31/09/2026\" is not a real date"), bad.output)
        XCTAssertTrue(bad.output.contains("nothing imported"), bad.output)
        let dry = tagih("import", "invoices", file, "--skip-invalid", "--dry-run")
        XCTAssertTrue(dry.output.contains("dry run: nothing written"), dry.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir + "/journal/cli.jsonl"))
        let ok = tagih("import", "invoices", file, "--skip-invalid")
        XCTAssertEqual(ok.status, 0, ok.output)
        XCTAssertTrue(ok.output.contains("add     invoice A-1 (Toko Satu) IDR 1,000,000 due 2026-10-01"), ok.output)
        let again = tagih("import", "invoices", file, "--skip-invalid")
        XCTAssertTrue(again.output.contains("0 to add, 0 to update, 1 unchanged"), again.output)
        XCTAssertTrue(tagih("report", "aging").output.contains("1,000,000"))
    }

    func testExportLetterCasefileCalendar() throws {
        writeDemo()
        let csv = tagih("export", "invoices")
        XCTAssertTrue(csv.output.hasPrefix("id,number,client id,client,issued,due,currency,amount,paid,written off,balance,credited,void\r\n"), csv.output)
        let json = tagih("export", "interactions", "--format", "json")
        XCTAssertNotNil((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["rows"] as? [[String: Any]], json.output)
        let out = dataDir + "-letter.txt"
        defer { unlink(out) }
        let letter = tagih("letter", "anugrah", "--lang", "id", "--out", out)
        XCTAssertEqual(letter.status, 0, letter.output)
        XCTAssertTrue(letter.output.contains("recorded reminder 1 (friendly)"), letter.output)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(text.contains("Yth. Bapak Fajar"), text)
        let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int ?? 0) & 0o777
        XCTAssertEqual(mode, 0o600)
        let book = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "x", readOnly: true)).book
        let c = book.findClients("anugrah")[0]
        XCTAssertEqual(book.reminders[c.id]?.last?.value.text, text, "a copy of the letter is kept")
        let md = tagih("casefile", "anugrah")
        XCTAssertTrue(md.output.hasPrefix("# Case file: CV Anugrah Teknik"), md.output)
        XCTAssertTrue(md.output.contains("Reminder 1 (friendly) sent"), md.output)
        let ics = tagih("export", "followups", "--format", "ics")
        XCTAssertTrue(ics.output.hasPrefix("BEGIN:VCALENDAR\r\n"), ics.output)
    }
}
