import XCTest
@testable import TagihCore

/// The open rows of a large book (worked out in parallel chunks) are exactly
/// the invoices with a balance, once each, with the right figures.
final class OpenRowsTests: XCTestCase {
    func testParallelOpenRowsMatchTheBooksBalances() {
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        let pending = BenchBook.events(.init(clients: 5000, invoices: 9000, events: 12000), today: today)
        let book = Book(events: pending.enumerated().map { i, p in
            Event(id: EventID("e\(i)"), at: p.at, device: "d", seq: Int64(i + 1), author: p.author, body: p.body)
        })
        XCTAssertGreaterThan(book.invoicesByClient.count, 4000, "large enough for the parallel path")
        let rows = book.openRows(today: today)
        let expected = book.invoices.values.filter { book.balance($0).isPositive }
        XCTAssertEqual(rows.count, expected.count)
        XCTAssertEqual(Set(rows.map(\.invoice.id)).count, rows.count, "each invoice once")
        for r in rows {
            XCTAssertEqual(r.balance, book.balance(r.invoice))
            XCTAssertEqual(r.daysLate, r.invoice.daysLate(on: today))
            XCTAssertEqual(r.client?.id, r.invoice.clientID)
        }
        XCTAssertEqual(Book.agingSummary(of: rows, buckets: .standard), book.agingSummary(today: today))
    }
}
