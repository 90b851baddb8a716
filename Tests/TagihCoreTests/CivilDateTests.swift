import XCTest
@testable import TagihCore

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
