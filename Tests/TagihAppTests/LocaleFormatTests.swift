import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class LocaleFormatTests: XCTestCase {
    func testMoneyPerLocale() {
        let id = MoneyFormat.forLocale("id_ID.UTF-8"), en = MoneyFormat.forLocale("en_US.UTF-8"), de = MoneyFormat.forLocale("de_DE.UTF-8")
        let table: [(Money, String, String, String)] = [
            (Money(major: 20_000_000, currency: .idr), "Rp 20.000.000", "Rp 20,000,000", "20.000.000 Rp"),
            (Money(major: 20_000, currency: .usd), "$20.000,00", "$20,000.00", "20.000,00 $"),
            (Money(major: 20_000, currency: .eur), "€20.000,00", "€20,000.00", "20.000,00 €"),
            (Money(major: 1_234_567, currency: .jpy), "¥1.234.567", "¥1,234,567", "1.234.567 ¥"),
            (Money(minor: -150, currency: .usd), "-$1,50", "-$1.50", "-1,50 $"),
        ]
        for (m, i, e, d) in table {
            XCTAssertEqual(id.string(m), i)
            XCTAssertEqual(en.string(m), e)
            XCTAssertEqual(de.string(m), d)
        }
    }

    func testShortDatesPerLanguage() {
        let d = CivilDate(iso: "2026-12-05")!
        XCTAssertEqual(DateFormat(language: "en").short(d), "05 Dec 2026")
        XCTAssertEqual(DateFormat(language: "id").short(d), "05 Des 2026")
    }

    func testAmountsAreRightAligned() {
        var s = demoState(100, 30)
        s.moneyFormat = .forLocale("id_ID")
        let lines = screen(s).split(separator: "\n").filter { $0.contains("INV-") }
        let ends = Set(lines.map { line -> Int in
            let text = String(line)
            let r = text.range(of: #"(Rp|\$|€) ?[0-9.,]+"#, options: .regularExpression)!
            return DisplayWidth.of(String(text[..<r.upperBound]))
        })
        XCTAssertEqual(ends.count, 1, "every balance ends in the same column")
    }
}
