import XCTest
@testable import TagihCore

final class RecoveryAndRightsTests: XCTestCase {
    func testCurveInterpolation() {
        let c = RecoveryCurve.ccaa
        XCTAssertEqual(c.rate(daysLate: 0), 0.949, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 30), 0.899, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 45), (0.899 + 0.813) / 2, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 120), 0.696 + (0.521 - 0.696) / 3, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 730), 0.093, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 2000), 0.093, accuracy: 1e-9)
    }

    func testEstimateShowsItsBasis() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-05-01", due: "2026-06-03", minor: 1000)
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), reason: .dispute)), on: "2026-07-01")
        let today = day("2026-11-30")   // 180 days after 2026-06-03
        let s = b.book.status(ClientID("c1"), today: today)
        let e = b.book.recovery(ClientID("c1"), today: today, status: s)!
        XCTAssertEqual(e.probability, 0.521 * 0.75, accuracy: 1e-9)
        XCTAssertEqual(e.basis.first?.text("en"), "52.1% at 180 days past due (CCAA survey curve)")
        XCTAssertTrue(e.basis.map { $0.text("en") }.contains("× 0.75 dispute or complaint"))
        XCTAssertEqual(e.basis.first?.text("id"), "52,1% pada 180 hari lewat jatuh tempo (kurva survei CCAA)", "decimals the Indonesian way")
        XCTAssertTrue(e.basis.map { $0.text("id") }.contains("× 0,75 sengketa atau keluhan"))
        let cmp = OfferComparison(balance: Money(minor: 20_000_00, currency: .usd), offer: Money(minor: 5_000_00, currency: .usd),
                                  recovery: e.probability)
        XCTAssertEqual(cmp.holdOut.minor, 781_500)
        XCTAssertFalse(cmp.acceptIsBetter)
    }

    func testStatutoryClaims() {
        let bal = Money(minor: 1_000_000, currency: .eur)   // €10,000
        // EU: (2.15% + 8%) for 73 days = 10.15% × 73/365 = 2.03% → €203.00.
        let eu = RightsPreset.eu.claim(balance: bal, daysLate: 73, referenceRateBasisPoints: 215)!
        XCTAssertEqual(eu.interest.minor, 20_300)
        XCTAssertEqual(eu.compensation, Money(major: 40, currency: .eur))
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 999, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 4_000)
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 5_000, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 7_000)
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 10_000, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 10_000)
        XCTAssertNil(RightsPreset.none.claim(balance: bal, daysLate: 10, referenceRateBasisPoints: 0))
        XCTAssertNil(RightsPreset.eu.claim(balance: bal, daysLate: 0, referenceRateBasisPoints: 0))
    }
}
