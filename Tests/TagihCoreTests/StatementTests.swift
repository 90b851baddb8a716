import XCTest
@testable import TagihCore

/// The statement of account and aged receivables against totals worked out by hand.
final class StatementTests: XCTestCase {
    /// Invoices of 1,000.00 (due 2026-08-31) and 500.00 (due 2026-11-19), a
    /// payment of 400.00, a credit of 100.00, a bounced payment of 50.00, and
    /// a second client with 300.00 owned by Dewi.
    private func book() -> BookBuilder {
        var b = BookBuilder()
        b.client(owner: nil)
        b.client("c2", name: "Toko Sinar", owner: "Dewi")
        b.invoice("i1", issued: "2026-08-01", due: "2026-08-31", minor: 100_000)
        b.invoice("i2", issued: "2026-10-20", due: "2026-11-19", minor: 50_000)
        b.invoice("i3", client: "c2", issued: "2026-11-01", due: "2026-11-15", minor: 30_000)
        b.pay("i1", 40_000, on: "2026-09-15")
        b.pay("i2", 5_000, on: "2026-10-25")
        let bounced = b.book.paymentsByInvoice[InvoiceID("i2")]!.first!.id
        b.add(.corrected(Correction(kind: .reversePayment, clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), target: bounced, reason: "giro tolak",
                                    date: day("2026-10-28"))), on: "2026-10-28")
        b.add(.corrected(Correction(kind: .credit, clientID: ClientID("c1"), invoiceID: InvoiceID("i1"), amount: Money(minor: 10_000, currency: .usd),
                                    reason: "damaged", date: day("2026-11-10"))), on: "2026-11-10")
        return b
    }

    func testTheStatementRunsTheBalanceAndEndsWhereTheBookDoes() {
        let b = book()
        let s = Statement.of(ClientID("c1"), book: b.book, from: nil, to: day("2026-11-30"))[0]
        XCTAssertEqual(s.lines.map(\.kind), [.invoice, .payment, .invoice, .payment, .reversal, .credit])
        XCTAssertEqual(s.lines.map(\.balance.minor), [100_000, 60_000, 110_000, 105_000, 110_000, 100_000])
        XCTAssertEqual(s.closing.minor, 100_000, "1,000 − 400 + 500 − 100")
        XCTAssertEqual(s.closing.minor, b.book.balances(of: ClientID("c1"))[0].minor, "the book agrees to the cent")
        // Aging on 2026-11-30: i1 is 91 days late with 500 left (1,000 − 400 − 100), i2 11 days late with 500.
        XCTAssertEqual(s.aging.map(\.minor), [0, 50_000, 0, 0, 50_000, 0])
        // From October: the opening balance is what was owed at the end of September.
        let oct = Statement.of(ClientID("c1"), book: b.book, from: day("2026-10-01"), to: day("2026-11-30"))[0]
        XCTAssertEqual(oct.opening.minor, 60_000)
        XCTAssertEqual(oct.lines.count, 4)
        XCTAssertEqual(oct.closing, s.closing)
    }

    func testAgedReceivablesByClientAndOwnerAndAsOfADay() {
        let b = book()
        let now = AgedReceivables(book: b.book, asOf: day("2026-11-30"))
        XCTAssertEqual(now.rows.map(\.name), ["CV Maju Jaya", "Toko Sinar"])
        XCTAssertEqual(now.rows[0].buckets, [0, 50_000, 0, 0, 50_000, 0])
        XCTAssertEqual(now.rows[1].buckets, [0, 30_000, 0, 0, 0, 0], "due 2026-11-15: 15 days late")
        XCTAssertEqual(now.totals(.usd).reduce(0, +), 130_000)
        let owners = AgedReceivables(book: b.book, asOf: day("2026-11-30"), by: .owner)
        XCTAssertEqual(owners.rows.map(\.name), ["Dewi", "—"])
        // As of 2026-09-30: only i1, less the September payment; the credit and later invoices not yet.
        let sept = AgedReceivables(book: b.book, asOf: day("2026-09-30"))
        XCTAssertEqual(sept.rows.count, 1)
        XCTAssertEqual(sept.rows[0].buckets, [0, 60_000, 0, 0, 0, 0])
        XCTAssertEqual(AgingReport(book: b.book, today: day("2026-09-30"), asOf: true).lines.map(\.balance.minor), [60_000])
    }
}
