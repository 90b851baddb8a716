import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// A book past tagih's limits (merged from teammates' journals) on every screen.
final class LargeAmountScreenTests: XCTestCase {
    /// 9,300 invoices of 9,999,999,999,999.99 IDR: totals beyond `Int64`.
    func hugeBook() -> Book {
        var events: [Event] = []
        let at = Timestamp(millis: 1_780_000_000_000)
        for c in 0..<3 {
            events.append(Event(id: EventID("c\(c)"), at: at, device: "big", seq: Int64(events.count + 1), author: "x",
                                body: .clientRecorded(Client(id: ClientID("c\(c)"), name: "PT Besar \(c)"))))
            for i in 0..<3_100 {
                events.append(Event(id: EventID("i\(c)-\(i)"), at: at, device: "big", seq: Int64(events.count + 1), author: "x",
                                    body: .invoiceIssued(Invoice(id: InvoiceID("i\(c)-\(i)"), number: "B\(c)-\(i)", clientID: ClientID("c\(c)"),
                                                                 issued: CivilDate(iso: "2026-06-01")!, due: CivilDate(iso: "2026-07-01")!,
                                                                 amount: Money(minor: 999_999_999_999_999, currency: .idr)))))
            }
        }
        return Book(events: events)
    }

    func testTheDashboardTodayAndTheByClientListRenderWithoutATrap() {
        let book = hugeBook()
        XCTAssertEqual(book.invoices.count, 9_300)
        XCTAssertGreaterThan(book.invoicedTotals.exact(in: .idr), Int128(Int64.max), "the book is past what one amount holds")
        var s = AppState(book: book, today: testToday, size: Size(width: 120, height: 40), dataPath: "/data/book")
        press(&s, .char("3"))
        XCTAssertTrue(screen(s).contains("totals in IDR are beyond what tagih can add up"), screen(s))
        for keys in [[Key.char("3")], [Key.char("1"), Key.char("v")], [Key.char("2")], [Key.char("1"), Key.char("s"), Key.char("s")]] {
            for k in keys { press(&s, k) }
            XCTAssertFalse(screen(s).isEmpty)
        }
        XCTAssertTrue(screen(s).contains("PT Besar"))
        XCTAssertTrue(KPIReport(book: book, today: testToday).currencies[0].beyondRange)
        XCTAssertEqual(AgingReport(book: book, today: testToday).beyondRange, [.idr])
    }
}
