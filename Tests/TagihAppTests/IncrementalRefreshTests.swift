import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// After a small change the list is updated for the clients it touches, and
/// ends exactly as a full rebuild would.
final class IncrementalRefreshTests: XCTestCase {
    func event(_ n: Int, _ body: EventBody) -> Event {
        Event(id: EventID("inc-\(n)"), at: Timestamp(millis: 1_764_500_000_000 + Int64(n)), device: "x", seq: Int64(n), author: "Dewi", body: body)
    }

    func assertSame(_ a: AppState, _ b: AppState, _ what: String) {
        XCTAssertEqual(a.list.rows.map(\.key), b.list.rows.map(\.key), what)
        XCTAssertEqual(a.summary, b.summary, what)
        XCTAssertEqual(a.list.widestBalance, b.list.widestBalance, what)
        XCTAssertEqual(screen(a), screen(b), what)
    }

    func testACallAPaymentAndANoteMatchAFullRebuild() {
        var s = demoState(120, 40)
        press(&s, .char("s"), .char("s"), .char("s"), .char("s"))   // sort by last contact: the call moves the row
        let book0 = s.book
        let rows = s.list.base
        let target = rows[5]
        var book = book0
        let call = event(1, .interactionLogged(Interaction(id: "", clientID: target.invoice.clientID, kind: .call,
                                                           at: Timestamp(millis: 1_764_500_000_001), outcome: .reached,
                                                           notes: "zebra crossing meeting", by: "Dewi")))
        book.apply(call)
        let part = Money(minor: target.balance.minor / 2, currency: target.balance.currency)
        let pay = event(2, .paymentRecorded(Payment(id: "", invoiceID: target.invoice.id, date: testToday, amount: part)))
        book.apply(pay)
        var incremental = s
        incremental.replaceBook(book, after: [call, pay])
        XCTAssertTrue(incremental.lastRefreshWasPartial, "only the client was worked out again")
        var full = s
        full.replaceBook(book)
        assertSame(incremental, full, "call and part payment")
        // The new note is found by the filter.
        press(&incremental, .char("/"))
        for ch in "zebra" { press(&incremental, .char(ch)) }
        XCTAssertEqual(incremental.list.rows.map(\.clientID), Array(repeating: target.invoice.clientID, count: incremental.list.rows.count))
        XCTAssertFalse(incremental.list.rows.isEmpty)
        // Settling the invoice removes its row: a full rebuild, the same result.
        var settled = book
        let rest = event(3, .paymentRecorded(Payment(id: "", invoiceID: target.invoice.id, date: testToday,
                                                      amount: Money(minor: target.balance.minor - part.minor, currency: part.currency))))
        settled.apply(rest)
        var a = full, b = full
        a.replaceBook(settled, after: [rest])
        XCTAssertFalse(a.lastRefreshWasPartial, "a row went away: a full refresh")
        b.replaceBook(settled)
        assertSame(a, b, "settled")
        XCTAssertFalse(a.list.base.contains { $0.invoice.id == target.invoice.id })
    }
}
