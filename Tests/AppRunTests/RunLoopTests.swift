import Foundation
import XCTest
@testable import TagihApp
import TagihCore
import TagihRun
import TagihStore
import TerminalCore

/// The real run loop in memory: what a user types reaches the journal as
/// whole lines, comes back on screen, survives a reopen, and others' saves
/// arrive while the user works.
final class RunLoopTests: XCTestCase {
    func testACallTypedIntoTheEditorIsOneJournalLineAndIsThereAfterAReopen() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let before = h.journalLines().count
            h.press(.char("c"))
            XCTAssertNotNil(h.state.editor, h.screen)
            h.type("Spoke to Fajar; transfer on Friday")
            h.press(.ctrl("s"))
            XCTAssertTrue(h.screen.contains("Call with CV Anugrah Teknik saved"), h.screen)
            let lines = h.journalLines()
            XCTAssertEqual(lines.count, before + 1, "one call, one line")
            XCTAssertTrue(lines.last?.contains("Spoke to Fajar; transfer on Friday") ?? false, lines.last ?? "")
            XCTAssertTrue(lines.last?.contains("\"by\":\"Rina\"") ?? false, lines.last ?? "")
            try h.reopen()
            h.select(client: "CV Anugrah Teknik")
            h.press(.enter)
            XCTAssertTrue(h.screen.contains("Spoke to Fajar; transfer on Friday"), h.screen)
        }
    }

    func testANoteBeingTypedIsKeptAsADraftAndOfferedBackAfterAReopen() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            h.press(.char("c"))
            h.type("half a thought")
            try h.reopen()
            XCTAssertEqual(h.state.prompt.map { if case .restoreDraft = $0.purpose { return true } else { return false } }, true, h.screen)
            h.press(.char("y"))
            XCTAssertEqual(h.state.editor?.notes.text, "half a thought")
            XCTAssertEqual(h.state.editor?.clientName, "CV Anugrah Teknik")
        }
    }

    func testAPaymentThroughTheFormLowersTheBalanceOnScreenAndOnDisk() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let invoice = try XCTUnwrap(h.state.currentInvoice)
            let balance = h.state.book.balance(invoice)
            h.press(.char("p"))
            XCTAssertNotNil(h.state.payment)
            for _ in 0..<20 { h.press(.backspace) }
            h.type("1000000")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.payment, h.state.payment?.problem?.message ?? "")
            XCTAssertTrue(h.screen.contains("Payment on \(invoice.number) saved"), h.screen)
            XCTAssertEqual(h.state.book.balance(invoice).minor, balance.minor - 100_000_000)
            XCTAssertTrue(h.journalLines().last?.contains("\"type\":\"payment.recorded\"") ?? false, h.journalLines().last ?? "")
            try h.reopen()
            XCTAssertEqual(h.state.book.balance(invoice).minor, balance.minor - 100_000_000)
        }
    }

    func testATeammatesSaveArrivesWhileTheUserWorks() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            let other = try BookStore.open(DataDirectory(path: h.path), options: .init(device: "dewi"))
            let client = try XCTUnwrap(h.state.book.findClients("Warung Kopi Pojok").first)
            _ = try other.append([PendingEvent(at: h.clock.now(), author: "Dewi",
                                               body: .interactionLogged(Interaction(id: "", clientID: client.id, kind: .call, at: h.clock.now(),
                                                                                    outcome: .reached, notes: "from Dewi", by: "Dewi")))])
            other.close()
            h.wait(seconds: 1.1)
            XCTAssertTrue(h.screen.contains("Dewi logged a call with Warung Kopi Pojok"), h.screen)
            XCTAssertEqual(h.state.book.timeline(client.id).first?.notes, "from Dewi")
        }
    }

    func testTheExternalEditorsTextComesBackIntoTheNote() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            h.press(.char("c"))
            h.type("draft")
            h.press(.ctrl("e"))
            XCTAssertEqual(h.state.editor?.notes.text, "draft\nedited")
        }
    }

    func testIndonesianThroughTheLoop() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir, language: "id")
            h.select(client: "CV Anugrah Teknik")
            h.press(.char("z"), .ctrl("s"))
            XCTAssertTrue(h.screen.contains(Catalog.translate("{0}: next follow-up {1}", language: "id", ["CV Anugrah Teknik", ""])), h.screen)
            XCTAssertTrue(h.journalLines().last?.contains("\"type\":\"followup.scheduled\"") ?? false, h.journalLines().last ?? "")
        }
    }

    /// 5,000 random keys and resizes through the real loop: no crash, and
    /// every record saved along the way is a whole line the store reads back.
    func testFiveThousandRandomKeysLeaveAnIntactBook() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp, .pageDown,
                               .home, .end, .ctrl("s"), .ctrl("k"), .ctrl("z"), .ctrl("y"), .ctrl("e"), .function(1), .char(" ")]
                + "jkgGcPpzRnorewaxA/sSv123?:ym0159-.,ABCéZ山".map { Key.char($0) }
            var rng = SeededRandom(seed: 2026)
            for n in 0..<5_000 {
                h.terminal.send(keys[Int(rng.next() % UInt64(keys.count))])
                if n % 331 == 0 { h.terminal.resize(to: Size(width: 1 + Int(rng.next() % 200), height: 1 + Int(rng.next() % 60))) }
                if n % 50 == 0 { h.pump() }
            }
            h.terminal.resize(to: Size(width: 100, height: 30))
            h.pump()
            XCTAssertFalse(h.state.quitting && h.state.editor?.dirty == true)
            let live = h.state.book.eventCount
            XCTAssertGreaterThan(h.journalLines().count, 0, "the keys saved something")
            h.runner.finish()
            h.store.close()
            let reread = try BookStore.open(DataDirectory(path: dir), options: .init(device: "check", readOnly: true))
            XCTAssertEqual(reread.warnings, [], "every saved line reads back whole")
            XCTAssertEqual(reread.book.eventCount, live, "the book on disk is the book on screen")
        }
    }
}
