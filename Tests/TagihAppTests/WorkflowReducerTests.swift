import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// Applies saved changes to the state's book, as the run loop would.
func applySave(_ s: inout AppState, _ effects: [Effect]) {
    guard case let .save(pending, reason)? = effects.first else { return XCTFail("expected a save, got \(effects)") }
    var book = s.book
    var seq = Int64(book.eventCount + 1_000)
    for p in pending {
        seq += 1
        book.apply(Event(id: EventID("t-\(seq)"), at: p.at, device: "t", seq: seq, author: p.author, body: p.body))
    }
    _ = reduce(&s, .saveSucceeded(book, reason))
}

final class WorkflowReducerTests: XCTestCase {
    func select(_ s: inout AppState, client name: String) {
        press(&s, .char("/"))
        for ch in name { press(&s, .char(ch)) }
        press(&s, .enter)
        XCTAssertEqual(s.book.clients[s.currentClient!]?.name, name)
    }

    func testGuardWarnsNamingTheLastContactAndRecordsTheOverride() throws {
        var s = demoState(100, 30)
        select(&s, client: "Bali Sunset Villas")   // called 3 days ago in the demo
        press(&s, .char("c"))
        let prompt = try XCTUnwrap(s.prompt)
        XCTAssertNil(s.editor)
        XCTAssertTrue(prompt.question.contains("last contacted 3 days ago"), prompt.question)
        XCTAssertTrue(prompt.question.contains("27 Nov 2026"), prompt.question)
        XCTAssertTrue(screen(s).contains("Contact them anyway?"))
        press(&s, .char("n"))
        XCTAssertNil(s.editor, "no means no contact")
        press(&s, .char("c"), .char("y"))
        XCTAssertNotNil(s.editor)
        for ch in "quick check" { press(&s, .char(ch)) }
        guard case let .save(events, _)? = press(&s, .ctrl("s")).first,
              case let .interactionLogged(i) = events.first?.body else { return XCTFail() }
        XCTAssertEqual(i.guardOverride, "contacted again after 3 days (policy: 7)")
    }

    func testNoGuardForAClientNeverContacted() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        press(&s, .char("c"))
        XCTAssertNil(s.prompt)
        XCTAssertNotNil(s.editor)
    }

    func testTodayWorksDownTheQueue() {
        var s = demoState(100, 30)
        press(&s, .char("2"))
        XCTAssertEqual(s.screen, .today)
        let queue = s.todayQueue.entries.map(\.clientID)
        XCTAssertGreaterThan(queue.count, 3)
        XCTAssertTrue(screen(s).contains("why: "))
        // Snooze the first: it leaves the queue and the next client is selected.
        press(&s, .char("z"))
        XCTAssertNotNil(s.form)
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertNil(s.form)
        XCTAssertEqual(s.todayQueue.selected, 0)
        XCTAssertFalse(s.todayQueue.entries.map(\.clientID).contains(queue[0]), "snoozed: out of today's queue")
        // Record a reason for the next: it stays in the queue, the selection moves on past it.
        let second = s.todayQueue.current!.clientID
        press(&s, .char("R"), .right)
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertTrue(s.message?.text.contains("reason") ?? false)
        let i = s.todayQueue.entries.firstIndex { $0.clientID == second }!
        XCTAssertEqual(s.todayQueue.selected, i + 1)
    }

    func testDisputeFlagsPausesAndFilters() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        let inv = s.currentInvoice!
        press(&s, .char("R"))
        while s.form?.text(.reason(.reason)) != "dispute or complaint" { press(&s, .right) }
        press(&s, .tab)
        while s.form?.text(.reason(.invoice)) != inv.number { press(&s, .right) }
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertEqual(s.book.status(inv.clientID, today: testToday).disputed, [inv.id], "\(s.book.reasons[inv.clientID]?.map(\.value) ?? [])")
        XCTAssertTrue(s.list.flags(client: inv.clientID, invoice: inv.id).contains("D"), s.list.flags(client: inv.clientID, invoice: inv.id) + " \(String(describing: s.list.statuses[inv.clientID]?.disputed))")
        press(&s, .escape, .char("x"))
        XCTAssertTrue(s.list.disputesOnly)
        XCTAssertTrue(s.list.rows.contains { $0.overdue?.invoice.id == inv.id })
        XCTAssertTrue(s.list.rows.allSatisfy { s.list.statuses[$0.clientID]!.disputed.contains($0.overdue!.invoice.id) })
        XCTAssertTrue(screen(s).contains("disputes only"))
    }

    func testSettlementFromTheKeyboard() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        let client = s.currentClient!
        let owed = s.book.balances(of: client)[0]
        press(&s, .char("o"))
        XCTAssertEqual(s.form?.title, "Settlement offer · CV Anugrah Teknik")
        press(&s, .tab)
        for ch in "5000000" { press(&s, .char(ch)) }
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertEqual(s.book.status(client, today: testToday).offers.first?.status, .proposed)
        press(&s, .char("o"))
        XCTAssertTrue(s.form!.info.joined().contains("Holding out is worth about"), "\(s.form!.info)")
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertTrue(s.book.balances(of: client).isEmpty, "settled and closed")
        let written = s.book.invoices(of: client).reduce(0) { $0 + s.book.writtenOff($1).minor }
        XCTAssertEqual(written, owed.minor - 500_000_000)
    }

    func testWriteOffWarnsAndNeedsASecondSave() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        press(&s, .char("w"), .tab)
        for ch in "insolvent" { press(&s, .char(ch)) }
        XCTAssertEqual(press(&s, .ctrl("s")), [])
        XCTAssertTrue(s.form?.problem?.contains("ladder is not exhausted") ?? false, "\(String(describing: s.form?.problem))")
        XCTAssertTrue(s.form?.problem?.contains("no settlement was offered") ?? false)
        applySave(&s, press(&s, .ctrl("s")))
        XCTAssertTrue(s.book.balances(of: s.book.findClients("CV Anugrah Teknik")[0].id).isEmpty)
    }

    func testThirdReminderEscalatesToTheOwner() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        let client = s.currentClient!
        for _ in 1...3 {
            press(&s, .char("r"))
            if case .contactGuard? = s.prompt?.purpose { press(&s, .char("y")) }
            applySave(&s, press(&s, .ctrl("s")))
        }
        let st = s.book.status(client, today: testToday)
        XCTAssertEqual(st.remindersSent, 3)
        XCTAssertEqual(st.lastReminderLevel, 3)
        XCTAssertTrue(st.escalated)
        press(&s, .enter)
        XCTAssertTrue(screen(s).contains("ask for the sales side"))
        let owner = s.book.clients[client]!.owner!
        XCTAssertTrue(TodayQueue.build(s.book, today: testToday.adding(days: 30), owner: owner).contains { $0.clientID == client })
    }

    func testPlanFromTheKeyboard() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        let client = s.currentClient!
        press(&s, .char("n"))
        applySave(&s, press(&s, .ctrl("s")))
        let plan = try! XCTUnwrap(s.book.status(client, today: testToday).plan)
        XCTAssertEqual(plan.instalments.count, 3)
        XCTAssertEqual(plan.plan.instalments.reduce(0) { $0 + $1.amount.minor }, s.book.balances(of: client)[0].minor)
        XCTAssertTrue(s.list.flags(client: client, invoice: nil).contains("≡"))
    }

    func testDashboardShowsTheFigures() {
        var s = demoState(100, 40)
        press(&s, .char("3"))
        let text = screen(s)
        XCTAssertTrue(text.contains("DSO"))
        XCTAssertTrue(text.contains("CEI"))
        XCTAssertTrue(text.contains("receivables"))
        XCTAssertTrue(text.contains("█"))
        press(&s, .escape)
        XCTAssertEqual(s.screen, .list)
    }
}

final class LazyStatusTests: XCTestCase {
    /// Statuses are worked out for the rows on screen; the disputes filter
    /// still sees every client, also after the book changes.
    func testDisputesFilterSurvivesARebuild() {
        var s = demoState(100, 30)
        press(&s, .char("x"))
        let disputed = s.list.rows.count
        XCTAssertGreaterThan(disputed, 0)
        _ = reduce(&s, .bookChanged(s.book))
        XCTAssertEqual(s.list.rows.count, disputed)
        press(&s, .char("x"), .char("G"))
        let last = s.list.rows.last!.clientID
        XCTAssertNotNil(s.list.statuses[last], "the rows on screen have their status")
    }
}
