import XCTest
@testable import TagihCore

final class MoneyTests: XCTestCase {
    func testMinorDigitsPerCurrency() {
        XCTAssertEqual(Currency.idr.minorDigits, 2)
        XCTAssertEqual(Currency.usd.minorDigits, 2)
        XCTAssertEqual(Currency.eur.minorDigits, 2)
        XCTAssertEqual(Currency.jpy.minorDigits, 0)
        XCTAssertEqual(Currency(code: "jpy"), .jpy)
        XCTAssertNil(Currency(code: "XYZ"))
    }

    func testArithmetic() throws {
        let a = Money(major: 20_000, currency: .usd)
        let b = Money(minor: 1_50, currency: .usd)
        XCTAssertEqual(try a.adding(b).minor, 2_000_150)
        XCTAssertEqual(try a.subtracting(b).decimalString, "19998.50")
        XCTAssertThrowsError(try a.adding(Money(major: 1, currency: .eur))) { e in
            XCTAssertEqual(e as? MoneyError, .currencyMismatch(.usd, .eur))
        }
        XCTAssertThrowsError(try Money(minor: .max, currency: .jpy).adding(Money(minor: 1, currency: .jpy))) { e in
            XCTAssertEqual(e as? MoneyError, .overflow)
        }
    }

    func testFormatting() {
        let f = MoneyFormat.standard
        XCTAssertEqual(f.string(Money(major: 20_000_000, currency: .idr)), "IDR 20,000,000")
        XCTAssertEqual(f.string(Money(minor: 2_000_000_050, currency: .idr)), "IDR 20,000,000.50")
        XCTAssertEqual(f.string(Money(minor: 2_000_000, currency: .usd)), "USD 20,000.00")
        XCTAssertEqual(f.string(Money(minor: 5, currency: .eur)), "EUR 0.05")
        XCTAssertEqual(f.string(Money(major: 1_234_567, currency: .jpy)), "JPY 1,234,567")
        XCTAssertEqual(f.string(Money(minor: -123_456, currency: .usd)), "USD -1,234.56")
        XCTAssertEqual(f.number(Money(major: 999, currency: .usd)), "999.00")
        let id = MoneyFormat(groupSeparator: ".", decimalSeparator: ",")
        XCTAssertEqual(id.number(Money(minor: 2_000_000, currency: .eur)), "20.000,00")
        XCTAssertEqual(Money(minor: 7, currency: .usd).decimalString, "0.07")
        XCTAssertEqual(Money(minor: -7, currency: .jpy).decimalString, "-7")
    }

    func testTotalsKeepCurrenciesApartAndSorted() {
        var t = MoneyTotals()
        t.add(Money(major: 5, currency: .usd))
        t.add(Money(major: 3, currency: .idr))
        t.add(Money(major: 2, currency: .usd))
        XCTAssertEqual(t.amounts, [Money(major: 3, currency: .idr), Money(major: 7, currency: .usd)])
        t.add(Money(minor: .max, currency: .usd))
        XCTAssertTrue(t.overflowed)
    }
}

/// The currency table is the ISO 4217 list, as `scripts/gen-currencies` writes it.
final class CurrencyTableTests: XCTestCase {
    func testEveryCurrencyOfTheListIsKnownWithItsMinorDigits() {
        for (code, digits) in [("NZD", 2), ("THB", 2), ("VND", 0), ("PHP", 2), ("HKD", 2), ("INR", 2), ("IDR", 2), ("JPY", 0), ("KWD", 3), ("BHD", 3), ("CLF", 4)] {
            XCTAssertEqual(Currency(code: code)?.minorDigits, digits, code)
        }
        XCTAssertNil(Currency(code: "XAU"), "a precious metal is no invoice currency")
        XCTAssertNil(Currency(code: "ABC"))
        XCTAssertGreaterThan(Currency.known.count, 150)
    }

    /// The drift test: the committed table is what the script makes from the list.
    func testTheTableMatchesTheISO4217List() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", root.appendingPathComponent("scripts/gen-currencies").path, "--check"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, said)
    }
}
