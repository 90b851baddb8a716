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

final class CivilDateTests: XCTestCase {
    func testRoundTripAcrossYears() {
        for n in stride(from: -25_000, through: 80_000, by: 17) {
            let d = CivilDate(dayNumber: n)
            XCTAssertEqual(CivilDate(iso: d.iso), d, d.iso)
        }
        XCTAssertEqual(CivilDate(iso: "1970-01-01")?.dayNumber, 0)
        XCTAssertEqual(CivilDate(iso: "2026-11-30")?.dayNumber, 20787)
    }

    func testImpossibleDatesAreRejected() {
        for s in ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01",
                  "26-01-01", "2026/01/01", "", "abcd-ef-gh", "1800-01-01", "9999-12-31"] {
            XCTAssertNil(CivilDate(iso: s), s)
        }
        XCTAssertNotNil(CivilDate(iso: "2024-02-29"))
        XCTAssertNotNil(CivilDate(iso: "2000-02-29"))
        XCTAssertNil(CivilDate(iso: "1900-02-29"))
    }

    func testTimestampDateAndClock() {
        let t = Timestamp(millis: Int64(CivilDate(iso: "2026-11-30")!.dayNumber) * 86_400_000 + 23 * 3_600_000)
        XCTAssertEqual(t.civilDate().iso, "2026-11-30")
        XCTAssertEqual(t.civilDate(offsetSeconds: 7 * 3600).iso, "2026-12-01") // Jakarta is UTC+7
        XCTAssertEqual(t.clock(offsetSeconds: 7 * 3600), "06:00")
    }
}
