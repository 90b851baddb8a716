import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// Working in a team: my queue, and news of what others did.
final class TeamTests: XCTestCase {
    func testMyQueueShowsOnlyTheClientsIOwn() {
        var s = demoState(100, 30)
        s.user = "Dewi"
        press(&s, .char("2"))
        let everyone = s.todayQueue.entries
        press(&s, .char("m"))
        XCTAssertTrue(s.todayQueue.mineOnly)
        XCTAssertFalse(s.todayQueue.entries.isEmpty)
        XCTAssertLessThan(s.todayQueue.entries.count, everyone.count)
        for e in s.todayQueue.entries { XCTAssertEqual(s.book.clients[e.clientID]?.owner?.lowercased(), "dewi") }
        XCTAssertTrue(screen(s).contains("mine (Dewi)"))
        press(&s, .char("m"))
        XCTAssertEqual(s.todayQueue.entries.map(\.clientID), everyone.map(\.clientID))
    }

    func testAssigningAnOwnerFromTheApp() throws {
        var s = demoState(100, 30)
        let client = try XCTUnwrap(s.currentClient)
        let before = s.book.clients[client]?.owner ?? ""
        press(&s, .char("A"))
        XCTAssertNotNil(s.form)
        for ch in "Sari" { press(&s, .char(ch)) }
        let effects = press(&s, .enter)
        guard case let .save(events, _)? = effects.first, case let .clientRecorded(c)? = events.first?.body else {
            return XCTFail("expected a save of the client record, got \(effects)")
        }
        XCTAssertEqual(c.id, client)
        XCTAssertEqual(c.owner, before + "Sari")
    }

    func testArrivingChangesAreAnnouncedAndTheSelectionStays() {
        var s = demoState(100, 30)
        press(&s, .char("j"), .char("j"), .char("j"))
        let selected = s.list.current?.key
        let client = s.book.clients.values.sorted { $0.id < $1.id }.first { $0.name == "CV Maju Jaya" }!
        let at = Timestamp(millis: 1_764_500_000_000)
        let e = Event(id: EventID("dewi-1"), at: at, device: "dewi-laptop", seq: 1, author: "Dewi", body: .interactionLogged(
            Interaction(id: "", clientID: client.id, kind: .call, at: at, outcome: .reached, notes: "spoke to the owner", by: "Dewi")))
        var book = s.book
        book.apply(e)
        _ = reduce(&s, .journalsChanged(book, [e]))
        XCTAssertEqual(s.message?.text, "Dewi logged a call with CV Maju Jaya")
        XCTAssertEqual(s.list.current?.key, selected, "the selection stays on the same row")
        // A call note being typed is kept while others' changes arrive.
        press(&s, .char("c"))
        if s.prompt != nil { press(&s, .char("y")) }
        for ch in "half typed" { press(&s, .char(ch)) }
        let typed = s.editor?.notes.text
        XCTAssertNotNil(typed)
        var more = s.book
        let e2 = Event(id: EventID("dewi-2"), at: Timestamp(millis: 1_764_500_100_000), device: "dewi-laptop", seq: 2, author: "Dewi",
                       body: .interactionLogged(Interaction(id: "", clientID: client.id, kind: .visit, at: Timestamp(millis: 1_764_500_100_000),
                                                            outcome: .reached, notes: "visited", by: "Dewi")))
        more.apply(e2)
        _ = reduce(&s, .journalsChanged(more, [e2]))
        XCTAssertEqual(s.editor?.notes.text, typed, "the draft is untouched")
        XCTAssertEqual(s.message?.text, "Dewi logged a visit to CV Maju Jaya")
        XCTAssertEqual(s.book.eventCount, more.eventCount)
    }

    func testTheDetailShowsWhoChangedTheRecordAndTheValueItReplaced() {
        var book = demoBook()
        var c = book.clients.values.sorted { $0.id < $1.id }.first { $0.name == "CV Maju Jaya" }!
        let oldPhone = c.phone
        c.phone = "+62 812 BUDI"
        book.apply(Event(id: EventID("budi-9"), at: Timestamp(millis: 1_764_500_000_000), device: "budi-pc", seq: 9, author: "Budi",
                         body: .clientRecorded(c)))
        var s = AppState(book: book, today: testToday, size: Size(width: 140, height: 60), dataPath: "/data/book")
        press(&s, .char("/"))
        for ch in "maju jaya" { press(&s, .char(ch)) }
        press(&s, .enter, .enter)
        let text = screen(s)
        XCTAssertTrue(text.contains("Record changes (1)"), text)
        XCTAssertTrue(text.contains("phone: +62 812 BUDI (was \(oldPhone)"), text)
        XCTAssertTrue(book.clientHistory(c.id).count == 2)
    }

    func testACorrectedInvoiceKeepsItsEarlierAmountInTheHistory() {
        var book = demoBook()
        let c = book.clients.values.first { $0.name == "CV Maju Jaya" }!
        var inv = book.invoices(of: c.id)[0]
        let old = inv.amount
        inv.amount = Money(minor: old.minor + 100_000, currency: old.currency)
        // Two corrections folded in the wrong order: the later one still wins.
        var later = inv
        later.amount = Money(minor: old.minor + 200_000, currency: old.currency)
        book.apply(Event(id: EventID("dewi-2"), at: Timestamp(millis: 1_800_100_000_000), device: "dewi", seq: 2, author: "Dewi",
                         body: .invoiceIssued(later)))
        book.apply(Event(id: EventID("budi-1"), at: Timestamp(millis: 1_800_000_000_000), device: "budi", seq: 1, author: "Budi",
                         body: .invoiceIssued(inv)))
        XCTAssertEqual(book.invoices[inv.id]?.amount, later.amount)
        XCTAssertEqual(book.invoiceHistory(inv.id).map(\.value.amount), [old, inv.amount, later.amount])
        XCTAssertEqual(book.invoiceHistory(inv.id).map(\.by).suffix(2), ["Budi", "Dewi"])
        var s = AppState(book: book, today: testToday, size: Size(width: 140, height: 70), dataPath: "/data/book")
        press(&s, .char("/"))
        for ch in "maju jaya" { press(&s, .char(ch)) }
        press(&s, .enter, .enter)
        XCTAssertTrue(screen(s).contains("\(inv.number) amount: \(MoneyFormat.standard.string(later.amount)) (was \(MoneyFormat.standard.string(inv.amount))"), screen(s))
    }
}
