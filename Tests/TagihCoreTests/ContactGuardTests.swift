import XCTest
@testable import TagihCore

final class ContactGuardTests: XCTestCase {
    func testSixDaysWarnsSevenDoesNot() {
        var b = BookBuilder()
        b.client()
        b.contact(on: "2026-11-20")
        let p = Policy.standard
        let six = b.book.contactWarning(ClientID("c1"), today: day("2026-11-26"), policy: p)
        XCTAssertEqual(six?.kind, .tooSoon(daysAgo: 6))
        XCTAssertTrue(six!.message.contains("2026-11-20"), six!.message)
        XCTAssertTrue(six!.message.contains("6 days ago"), six!.message)
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-27"), policy: p))
    }

    func testTheThirtyDayMaximum() {
        var b = BookBuilder()
        b.client()
        for d in ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27"] { b.contact(on: d) }
        // 4 contacts in the 30 days up to 2026-11-04 (10-06 is 29 days before): at the maximum.
        let w = b.book.contactWarning(ClientID("c1"), today: day("2026-11-04"), policy: .standard)
        XCTAssertEqual(w?.kind, .tooOften(count: 4))
        XCTAssertTrue(w!.message.contains("4 times in the last 30 days"), w!.message)
        // A day later the oldest falls out of the window.
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-05"), policy: .standard))
    }

    func testNeverContactedHasNoWarning() {
        var b = BookBuilder()
        b.client()
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-04"), policy: .standard))
    }
}
