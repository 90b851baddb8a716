import XCTest
@testable import TagihCore

final class PromiseAndPlanTests: XCTestCase {
    func setup() -> BookBuilder {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-08-01", due: "2026-08-31", minor: 100_000)
        b.contact(on: "2026-10-01", promise: PromiseToPay(amount: Money(minor: 40_000, currency: .usd), date: day("2026-10-10")))
        return b
    }

    func testOpenThenKept() {
        var b = setup()
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-05")).promises.first?.state, .open)
        b.pay("i1", 25_000, on: "2026-10-04")
        b.pay("i1", 15_000, on: "2026-10-10")
        let s = b.book.status(ClientID("c1"), today: day("2026-10-20"))
        XCTAssertEqual(s.promises.first?.state, .kept)
        XCTAssertEqual(s.promises.first?.paidTowards.minor, 40_000)
    }

    func testBrokenWhenPastTheDateAndNotCovered() {
        var b = setup()
        b.pay("i1", 39_999, on: "2026-10-09")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-10")).promises.first?.state, .open, "due today is not broken yet")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-11")).promises.first?.state, .broken)
        b.pay("i1", 10_000, on: "2026-10-12")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-12")).promises.first?.state, .broken, "paid late is still broken")
    }

    func testInstalmentsPaidDueAndMissed() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-06-01", due: "2026-07-01", minor: 90_000)
        let plan = PaymentPlan(id: "", clientID: ClientID("c1"), invoiceIDs: [InvoiceID("i1")], agreedOn: day("2026-09-01"),
                               instalments: Book.schedule(total: Money(minor: 90_000, currency: .usd), count: 3,
                                                          first: day("2026-09-15"), stepDays: 0, monthly: true))
        XCTAssertEqual(plan.instalments.map(\.date.iso), ["2026-09-15", "2026-10-15", "2026-11-15"])
        b.add(.planAgreed(plan), on: "2026-09-01")
        b.pay("i1", 30_000, on: "2026-09-14")
        var s = b.book.status(ClientID("c1"), today: day("2026-10-01"))
        XCTAssertEqual(s.plan?.instalments.map(\.state), [.paid, .due, .due])
        XCTAssertTrue(s.paused.contains(InvoiceID("i1")), "chasing pauses while the plan is kept")
        s = b.book.status(ClientID("c1"), today: day("2026-10-16"))
        XCTAssertEqual(s.plan?.instalments.map(\.state), [.paid, .missed, .due])
        XCTAssertTrue(s.missedInstalment)
        XCTAssertFalse(s.paused.contains(InvoiceID("i1")), "a missed instalment resumes chasing")
        b.pay("i1", 30_000, on: "2026-10-20")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-21")).plan?.instalments.map(\.state), [.paid, .paid, .due])
    }

    func testScheduleSplitsWithRoundingInTheLastAndClampsMonthEnds() {
        let s = Book.schedule(total: Money(minor: 100, currency: .jpy), count: 3, first: day("2026-01-31"), stepDays: 0, monthly: true)
        XCTAssertEqual(s.map(\.amount.minor), [33, 33, 34])
        XCTAssertEqual(s.map(\.date.iso), ["2026-01-31", "2026-02-28", "2026-03-31"])
        let w = Book.schedule(total: Money(minor: 1000, currency: .usd), count: 2, first: day("2026-12-28"), stepDays: 14, monthly: false)
        XCTAssertEqual(w.map(\.date.iso), ["2026-12-28", "2027-01-11"])
    }

    func testDisputePausesThatInvoiceOnlyUntilResolved() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-06-01", due: "2026-07-01", minor: 1000)
        b.invoice("i2", issued: "2026-06-01", due: "2026-07-01", minor: 1000)
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), reason: .dispute, note: "damaged")), on: "2026-07-05")
        var s = b.book.status(ClientID("c1"), today: day("2026-08-01"))
        XCTAssertEqual(s.disputed, [InvoiceID("i2")])
        XCTAssertEqual(s.reason(for: InvoiceID("i2")), .dispute)
        XCTAssertNil(s.reason(for: InvoiceID("i1")))
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), reason: .unknown, note: "credit note agreed")), on: "2026-07-20")
        s = b.book.status(ClientID("c1"), today: day("2026-08-01"))
        XCTAssertTrue(s.disputed.isEmpty)
    }
}
