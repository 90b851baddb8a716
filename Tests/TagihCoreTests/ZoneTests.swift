import XCTest
@testable import TagihCore

final class ZoneTests: XCTestCase {
    /// In UTC−5 a promise logged at 20:00 local on 11-10 was made on 11-10, not 11-11:
    /// a payment that day counts towards it.
    func testPromiseDayIsTheLocalDay() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-10-01", due: "2026-10-31", minor: 100_000)
        let local20h = Timestamp(millis: Int64(day("2026-11-11").dayNumber) * 86_400_000 + 1 * 3_600_000) // 01:00 UTC = 20:00 UTC−5
        b.add(.interactionLogged(Interaction(id: "", clientID: ClientID("c1"), kind: .call, at: local20h, outcome: .promised, notes: "",
                                             by: "R", promise: PromiseToPay(amount: Money(minor: 10_000, currency: .usd), date: day("2026-11-10")))),
              on: "2026-11-11", hour: 1)
        b.pay("i1", 10_000, on: "2026-11-10")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-11"), zoneOffset: -5 * 3600).promises.first?.state, .kept)
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-11")).promises.first?.state, .broken, "in UTC it is the next day")
    }
}
