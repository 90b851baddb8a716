import Foundation
import XCTest
@testable import TagihApp
import TagihCore
import TagihRun
import TagihStore
import TerminalCore

/// The workflow forms through the real run loop: what is saved goes through
/// the store to the journal and comes back as the book the screen shows.
final class WorkflowLoopTests: XCTestCase {
    func testTodayWorksDownTheQueue() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.press(.char("2"))
            XCTAssertEqual(h.state.screen, .today)
            let queue = h.state.todayQueue.entries.map(\.clientID)
            XCTAssertGreaterThan(queue.count, 3)
            XCTAssertTrue(h.screen.contains("why: "))
            // Snooze the first: it leaves the queue and the next client is selected.
            h.press(.char("z"))
            XCTAssertNotNil(h.state.form)
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form)
            XCTAssertEqual(h.state.todayQueue.selected, 0)
            XCTAssertFalse(h.state.todayQueue.entries.map(\.clientID).contains(queue[0]), "snoozed: out of today's queue")
            // Record a reason for the next: it stays in the queue, the selection moves on past it.
            let second = h.state.todayQueue.current!.clientID
            h.press(.char("R"), .right)
            h.press(.ctrl("s"))
            XCTAssertTrue(h.state.message?.text.contains("reason") ?? false)
            let i = h.state.todayQueue.entries.firstIndex { $0.clientID == second }!
            XCTAssertEqual(h.state.todayQueue.selected, i + 1)
        }
    }

    func testDisputeFlagsPausesAndFilters() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let inv = h.state.currentInvoice!
            h.press(.char("R"))
            while h.state.form?.text(.reason(.reason)) != "dispute or complaint" { h.press(.right) }
            h.press(.tab)
            while h.state.form?.text(.reason(.invoice)) != inv.number { h.press(.right) }
            h.press(.ctrl("s"))
            XCTAssertEqual(h.state.book.status(inv.clientID, today: harnessToday).disputed, [inv.id], "\(h.state.book.reasons[inv.clientID]?.map(\.value) ?? [])")
            XCTAssertTrue(h.state.list.flags(client: inv.clientID, invoice: inv.id).contains("D"), h.state.list.flags(client: inv.clientID, invoice: inv.id) + " \(String(describing: h.state.list.statuses[inv.clientID]?.disputed))")
            h.press(.escape, .char("x"))
            XCTAssertTrue(h.state.list.disputesOnly)
            XCTAssertTrue(h.state.list.rows.contains { $0.overdue?.invoice.id == inv.id })
            XCTAssertTrue(h.state.list.rows.allSatisfy { h.state.list.statuses[$0.clientID]!.disputed.contains($0.overdue!.invoice.id) })
            XCTAssertTrue(h.screen.contains("disputes only"))
        }
    }

    func testSettlementFromTheKeyboard() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let client = h.state.currentClient!
            let owed = h.state.book.balances(of: client)[0]
            h.press(.char("o"))
            XCTAssertEqual(h.state.form?.title, "Settlement offer · CV Anugrah Teknik")
            h.press(.tab)
            for ch in "5000000" { h.press(.char(ch)) }
            h.press(.ctrl("s"))
            XCTAssertEqual(h.state.book.status(client, today: harnessToday).offers.first?.status, .proposed)
            h.press(.char("o"))
            XCTAssertTrue(h.state.form!.info.joined().contains("Holding out is worth about"), "\(h.state.form!.info)")
            h.press(.ctrl("s"))
            XCTAssertEqual(h.state.book.balances(of: client), [owed], "an agreement, not a payment: nothing collected yet")
            XCTAssertEqual(h.state.book.status(client, today: harnessToday).openPromise?.promise.amount.minor, 500_000_000)
            // The agreed 5,000,000 arrives through the payment form (oldest first): the rest is written off.
            h.press(.char("p"))
            XCTAssertNotNil(h.state.payment)
            h.press(.ctrl("a"))
            for _ in 0..<30 { h.press(.delete) }
            for ch in "5000000" { h.press(.char(ch)) }
            h.press(.tab)
            h.press(.ctrl("a"))
            for _ in 0..<30 { h.press(.delete) }
            for ch in "oldest" { h.press(.char(ch)) }
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.payment, h.state.payment?.problem?.message ?? "")
            XCTAssertTrue(h.state.book.balances(of: client).isEmpty, "settled and closed")
            let written = h.state.book.invoices(of: client).reduce(0) { $0 + h.state.book.writtenOff($1).minor }
            XCTAssertEqual(written, owed.minor - 500_000_000)
        }
    }

    func testWriteOffWarnsAndNeedsASecondSave() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            h.press(.char("w"), .tab)
            for ch in "insolvent" { h.press(.char(ch)) }
            h.press(.ctrl("s"))
            XCTAssertNotNil(h.state.form, "warned, nothing saved yet")
            XCTAssertTrue(h.state.form?.problem?.contains("ladder is not exhausted") ?? false, "\(String(describing: h.state.form?.problem))")
            XCTAssertTrue(h.state.form?.problem?.contains("no settlement was offered") ?? false)
            h.press(.ctrl("s"))
            XCTAssertTrue(h.state.book.balances(of: h.state.book.findClients("CV Anugrah Teknik")[0].id).isEmpty)
        }
    }

    func testThirdReminderEscalatesToTheOwner() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let client = h.state.currentClient!
            for _ in 1...3 {
                h.press(.char("r"))
                if case .contactGuard? = h.state.prompt?.purpose { h.press(.char("y")) }
                h.press(.ctrl("s"))
            }
            let st = h.state.book.status(client, today: harnessToday)
            XCTAssertEqual(st.remindersSent, 3)
            XCTAssertEqual(st.lastReminderLevel, 3)
            XCTAssertTrue(st.escalated)
            h.press(.enter)
            XCTAssertTrue(h.screen.contains("ask for the sales side"))
            let owner = h.state.book.clients[client]!.owner!
            XCTAssertTrue(TodayQueue.build(h.state.book, today: harnessToday.adding(days: 30), owner: owner).contains { $0.clientID == client })
        }
    }

    func testPlanFromTheKeyboard() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let client = h.state.currentClient!
            h.press(.char("n"))
            h.press(.ctrl("s"))
            let plan = try XCTUnwrap(h.state.book.status(client, today: harnessToday).plan)
            XCTAssertEqual(plan.instalments.count, 3)
            XCTAssertEqual(plan.plan.instalments.reduce(0) { $0 + $1.amount.minor }, h.state.book.balances(of: client)[0].minor)
            XCTAssertTrue(h.state.list.flags(client: client, invoice: nil).contains("≡"))
        }
    }

    func testPrefilledAmountsInTheIndonesianFormatReadBack() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir, language: "id")
            h.select(client: "CV Anugrah Teknik")
            let client = try XCTUnwrap(h.state.currentClient)
            h.press(.char("p"))
            XCTAssertEqual(h.state.payment?.amount.text.contains("."), true, "grouped as 1.000.000")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.payment, h.state.payment?.problem?.message ?? "")
            h.press(.char("w"), .tab)
            h.type("pailit")
            h.press(.ctrl("s"))
            XCTAssertNotNil(h.state.form, "warns first")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertTrue(h.state.book.balances(of: client).isEmpty)
        }
    }
}
