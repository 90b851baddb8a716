import XCTest
@testable import TagihCore

final class AgingTests: XCTestCase {
    let buckets = AgingBuckets.standard

    func testBoundaries() {
        // Day 0 (the due date) is still current; day 1 is the first day late.
        let cases: [(Int, String)] = [(-5, "current"), (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"),
                                      (60, "31-60"), (61, "61-90"), (90, "61-90"), (91, "91-120"),
                                      (120, "91-120"), (121, "120+"), (1000, "120+")]
        for (days, label) in cases {
            XCTAssertEqual(buckets.label(buckets.index(daysLate: days)), label, "day \(days)")
        }
    }

    func testLabelsAndCustomEdges() {
        XCTAssertEqual(buckets.labels, ["current", "1-30", "31-60", "61-90", "91-120", "120+"])
        let weekly = AgingBuckets(edges: [7, 14])
        XCTAssertEqual(weekly.labels, ["current", "1-7", "8-14", "14+"])
        XCTAssertEqual(weekly.index(daysLate: 8), 2)
    }

    func testDaysLateUsesInjectedToday() {
        let inv = Invoice(id: InvoiceID("i"), number: "N", clientID: ClientID("c"),
                          issued: CivilDate(iso: "2026-01-01")!, due: CivilDate(iso: "2026-01-31")!,
                          amount: Money(major: 10, currency: .usd))
        XCTAssertEqual(inv.daysLate(on: CivilDate(iso: "2026-01-31")!), 0)
        XCTAssertEqual(inv.daysLate(on: CivilDate(iso: "2026-03-01")!), 29)
        XCTAssertEqual(inv.daysLate(on: CivilDate(iso: "2026-06-01")!), 121)
    }
}
