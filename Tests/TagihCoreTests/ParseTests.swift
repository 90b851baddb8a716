import XCTest
@testable import TagihCore

final class ParseTests: XCTestCase {
    func testDurations() {
        XCTAssertEqual(try Parse.duration("4m30s").get(), 270)
        XCTAssertEqual(try Parse.duration("1h").get(), 3600)
        XCTAssertEqual(try Parse.duration("4:30").get(), 270)
        XCTAssertEqual(try Parse.duration("90").get(), 90)
        for bad in ["3000000000000000h", "99999999999999999999", "5x", "h", "25h", "1:75", ""] {
            XCTAssertThrowsError(try Parse.duration(bad).get(), bad)
        }
    }

    func testMoney() {
        XCTAssertEqual(try Parse.money("1,500,000.50", currency: .idr).get().minor, 150_000_050)
        XCTAssertEqual(try Parse.money("1.500.000,50", currency: .idr, decimalMark: ",").get().minor, 150_000_050)
        XCTAssertEqual(try Parse.money("IDR 20000", currency: .idr).get().minor, 2_000_000)
        XCTAssertEqual(try Parse.money("1234", currency: .jpy).get().minor, 1234)
        for bad in ["-5", "1.2.3", "12.345", "abc", "", "1.5.000", "99999999999999999999"] {
            XCTAssertThrowsError(try Parse.money(bad, currency: .usd).get(), bad)
        }
        XCTAssertThrowsError(try Parse.money("1.5", currency: .jpy).get(), "JPY has no minor unit")
    }

    /// A comma that cannot be a thousands separator used to be dropped: "1,5" was read as 15.
    func testASeparatorThatCannotGroupThousandsIsAnErrorNeverDropped() {
        for bad in ["1,5", ",5", "12,34,5", "1,5000", "1,000,00", "1 5", "1,000 000", "1,,000", "1000,"] {
            let r = Parse.money(bad, currency: .idr)
            XCTAssertThrowsError(try r.get(), bad)
            if case let .failure(e) = r { XCTAssertNotNil(e.misplacedSeparator, bad) }
        }
        XCTAssertEqual(Parse.money("1,5", currency: .idr).failureText,
                       "amount \"1,5\": \",\" may only group thousands in threes (1,500,000); write a decimal part after \".\"")
        XCTAssertThrowsError(try Parse.money("1.5", currency: .idr, decimalMark: ",").get().minor)
        for (good, minor) in [("1,500", 150_000), ("12 500 000", 1_250_000_000), ("15,00,000", 150_000_000), ("1_000", 100_000),
                              ("1.500,5", 150_050), ("999", 99_900)] as [(String, Int64)] {
            let mark: Character = good.contains(".") ? "," : "."
            XCTAssertEqual(try Parse.money(good, currency: .idr, decimalMark: mark).get().minor, minor, good)
        }
    }

    func testDates() {
        let today = CivilDate(iso: "2026-11-30")!
        XCTAssertEqual(try Parse.date("+7", today: today).get().iso, "2026-12-07")
        XCTAssertEqual(try Parse.date("+2w", today: today).get().iso, "2026-12-14")
        XCTAssertEqual(try Parse.date("tomorrow", today: today).get().iso, "2026-12-01")
        XCTAssertThrowsError(try Parse.date("2026-02-30", today: today).get())
    }
}

/// Dates typed in forms and `--next`/`--promise`: weekdays in both languages and weeks.
final class TypedDateTests: XCTestCase {
    func testWeekdaysAndWeeks() {
        let today = CivilDate(iso: "2026-12-03")!   // a Thursday
        XCTAssertEqual(today.weekday, 3)
        func d(_ s: String) -> String? { try? Parse.date(s, today: today).get().iso }
        XCTAssertEqual(d("friday"), "2026-12-04")
        XCTAssertEqual(d("jumat"), "2026-12-04")
        XCTAssertEqual(d("Jum'at"), "2026-12-04")
        XCTAssertEqual(d("senin"), "2026-12-07")
        XCTAssertEqual(d("thursday"), "2026-12-10", "today's weekday means next week's")
        XCTAssertEqual(d("minggu"), "2026-12-06")
        XCTAssertEqual(d("+2w"), "2026-12-17")
        XCTAssertNil(d("someday"))
    }
}

/// Amounts typed by a person, in either convention when only one reading is possible.
final class TypedAmountTests: XCTestCase {
    func testEitherConventionWhenUnambiguous() {
        func m(_ s: String, _ mark: Character = ".") -> Int64? { try? Parse.typedMoney(s, currency: .idr, decimalMark: mark).get().minor }
        for mark: Character in [".", ","] {
            XCTAssertEqual(m("30.000.000", mark), 3_000_000_000)
            XCTAssertEqual(m("Rp 1.500.000", mark), 150_000_000)
            XCTAssertEqual(m("1.500.000,50", mark), 150_000_050)
            XCTAssertEqual(m("1,500,000.50", mark), 150_000_050)
            XCTAssertEqual(m("1,5", mark), 150)
            XCTAssertEqual(m("2500000", mark), 250_000_000)
        }
        XCTAssertEqual(m("1,500", "."), 150_000, "English: a comma before three digits groups thousands")
        XCTAssertEqual(m("1.500", ","), 150_000, "Indonesian: a dot before three digits groups thousands")
        // Typed in English, 1.500 could be fifteen hundred or one and a half: both readings are named.
        guard case let .failure(e) = Parse.typedMoney("1.500", currency: .idr, decimalMark: ".") else { return XCTFail("1.500 read") }
        XCTAssertTrue(e.description.contains("1500") && e.description.contains("1.500"), e.description)
        XCTAssertNil(m("1.50.0"), "a separator in the wrong place is still an error")
        XCTAssertNil(m("-5"))
    }
}
