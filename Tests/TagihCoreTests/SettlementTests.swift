import XCTest
@testable import TagihCore

final class SettlementTests: XCTestCase {
    /// The guide's case: 20,000 owed, 120 days late, 5,000 accepted, 15,000 written off, the client closed.
    func testTheGuidesCase() {
        for currency in [Currency.usd, .jpy] {
            var b = BookBuilder()
            b.client()
            let unit = currency.minorPerMajor
            b.invoice("i1", issued: "2026-07-01", due: "2026-08-02", minor: 12_000 * unit, currency)
            b.invoice("i2", issued: "2026-07-15", due: "2026-08-14", minor: 8_000 * unit, currency)
            let today = day("2026-11-30")
            XCTAssertEqual(b.book.invoices[InvoiceID("i1")]!.daysLate(on: today), 120)
            let offer = SettlementOffer(id: "o1", clientID: ClientID("c1"), amount: Money(major: 5_000, currency: currency),
                                        offeredBy: .client, date: today, expires: today.adding(days: 14))
            b.add(.offerMade(offer), on: "2026-11-30")
            XCTAssertEqual(b.book.status(ClientID("c1"), today: today).offers.first?.status, .proposed)
            for e in b.book.acceptance(of: offer, on: today) { b.add(e, on: "2026-11-30", hour: 11) }
            let s = b.book.status(ClientID("c1"), today: today)
            XCTAssertEqual(s.offers.first?.status, .accepted)
            XCTAssertTrue(b.book.balances(of: ClientID("c1")).isEmpty, "the client is closed")
            let paid = b.book.invoices(of: ClientID("c1")).reduce(0) { $0 + b.book.paid($1).minor }
            let written = b.book.invoices(of: ClientID("c1")).reduce(0) { $0 + b.book.writtenOff($1).minor }
            XCTAssertEqual(paid, 5_000 * unit)
            XCTAssertEqual(written, 15_000 * unit)
            XCTAssertTrue(b.book.writeOffsByInvoice.values.joined().allSatisfy { $0.reason == "settlement" })
            XCTAssertTrue(b.book.overdueRows(today: today).isEmpty)
        }
    }

    func testOfferExpires() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 1000)
        b.add(.offerMade(SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 500, currency: .usd),
                                         offeredBy: .us, date: day("2026-09-01"), expires: day("2026-09-10"))), on: "2026-09-01")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-09-10")).offers.first?.status, .proposed)
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-09-11")).offers.first?.status, .expired)
    }

    func testWriteOffWarnsUntilTheLadderIsExhaustedAndASettlementTried() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-01-01", due: "2026-02-01", minor: 1000)
        var w = b.book.writeOffWarnings(ClientID("c1"), status: b.book.status(ClientID("c1"), today: day("2026-11-30")), policy: .standard)
        XCTAssertEqual(w.count, 2)
        for level in 1...3 { b.add(.reminderSent(ReminderSent(clientID: ClientID("c1"), level: level)), on: "2026-0\(level + 2)-01") }
        b.add(.offerMade(SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 500, currency: .usd),
                                         offeredBy: .us, date: day("2026-06-01"))), on: "2026-06-01")
        let s = b.book.status(ClientID("c1"), today: day("2026-11-30"))
        w = b.book.writeOffWarnings(ClientID("c1"), status: s, policy: .standard)
        XCTAssertEqual(w, [])
        XCTAssertTrue(s.escalated, "escalated after the third reminder")
    }
}
