import XCTest
@testable import TagihCore

final class KPITests: XCTestCase {
    /// Hand-computed: sales of 9,000 in the 90 days, 3,000 open → DSO 30 days.
    func testDSOAndCountback() {
        var b = BookBuilder()
        b.client()
        b.invoice("a", issued: "2026-09-10", due: "2026-10-10", minor: 300_000)
        b.invoice("b", issued: "2026-10-10", due: "2026-11-09", minor: 300_000)
        b.invoice("c", issued: "2026-11-10", due: "2026-12-10", minor: 300_000)
        b.pay("a", 300_000, on: "2026-10-01")
        b.pay("b", 300_000, on: "2026-11-01")
        let k = KPIReport(book: b.book, today: day("2026-11-30"), periodDays: 90)
        let usd = k.currencies[0]
        XCTAssertEqual(usd.receivables.minor, 300_000)
        XCTAssertEqual(usd.dso!, 30, accuracy: 1e-9)
        // Countback: November's sales (3,000 over 30 days) cover the 3,000 open → 30 days.
        XCTAssertEqual(usd.countbackDSO!, 30, accuracy: 1e-9)
        XCTAssertEqual(usd.collectedThisMonth.minor, 300_000)
    }

    /// Hand-computed CEI for November: begin AR 5,000 (a), sales 3,000 (b);
    /// end AR 4,000 of which current 3,000 → (5000+3000−4000)/(5000+3000−3000) = 80%.
    func testCEI() {
        var b = BookBuilder()
        b.client()
        b.invoice("a", issued: "2026-09-01", due: "2026-10-01", minor: 500_000)
        b.invoice("b", issued: "2026-11-15", due: "2026-12-15", minor: 300_000)
        b.pay("a", 400_000, on: "2026-11-20")
        let k = KPIReport(book: b.book, today: day("2026-11-30"), ceiFrom: day("2026-11-01"), ceiTo: day("2026-11-30"))
        XCTAssertEqual(k.currencies[0].cei!, 80, accuracy: 1e-9)
    }

    func testQueueOrdersByPriorityAndExplains() {
        var b = BookBuilder()
        b.client("c1", name: "Old Debtor")
        b.client("c2", name: "Promise Breaker")
        b.client("c3", name: "Not Due")
        b.invoice("a", client: "c1", issued: "2026-05-01", due: "2026-06-01", minor: 1000)
        b.invoice("b", client: "c2", issued: "2026-10-01", due: "2026-11-01", minor: 1000)
        b.invoice("c", client: "c3", issued: "2026-10-01", due: "2026-11-01", minor: 1000)
        b.contact("c2", on: "2026-11-05", promise: PromiseToPay(amount: Money(minor: 500, currency: .usd), date: day("2026-11-12")),
                  next: "2026-11-20")
        b.contact("c3", on: "2026-11-25", next: "2026-12-02")
        let q = TodayQueue.build(b.book, today: day("2026-11-30"))
        XCTAssertEqual(q.map(\.name), ["Old Debtor", "Promise Breaker"], "c3's follow-up is not due")
        XCTAssertTrue(q[1].reasons.contains(.brokenPromise(Money(minor: 500, currency: .usd), day("2026-11-12"))), "\(q[1].reasons)")
        XCTAssertTrue(q[1].reasons.contains(.followUpOverdue(10)), "\(q[1].reasons)")
        XCTAssertEqual(q[0].reasons.first, .daysLate(182))
        XCTAssertEqual(TodayQueue.build(b.book, today: day("2026-11-30"), owner: "nobody").count, 0)
    }
}
