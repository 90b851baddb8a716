import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// The workflow forms' sentences and problems built in the reducer follow the
/// language, with the form's own labels translated as the form shows them.
final class AppSentencesTests: XCTestCase {
    func indonesian(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var s = demoState(width, height)
        s.text = Strings(language: "id")
        s.dates = DateFormat(language: "id")
        return s
    }

    func select(_ s: inout AppState, client name: String) {
        press(&s, .char("/"))
        for ch in name { press(&s, .char(ch)) }
        press(&s, .enter)
    }

    func testWriteOffWarningsAndOfferInfoInIndonesian() {
        Catalog.with(language: "id") {
            var s = indonesian()
            select(&s, client: "CV Anugrah Teknik")
            press(&s, .char("w"))
            XCTAssertTrue(s.form!.info[0].hasPrefix("Terutang: "), "\(s.form!.info)")
            XCTAssertTrue(s.form!.info[0].hasSuffix("Hapus buku adalah jalan terakhir."), "\(s.form!.info)")
            press(&s, .tab)
            for ch in "pailit" { press(&s, .char(ch)) }
            XCTAssertEqual(press(&s, .ctrl("s")), [])
            let problem = s.form?.problem ?? ""
            XCTAssertTrue(problem.hasPrefix("Sebelum hapus buku: baru 0 dari 3 pengingat yang terkirim"), problem)
            XCTAssertTrue(problem.contains("belum ada penyelesaian yang ditawarkan atau diminta"), problem)
        }
    }

    func testFormProblemNamesTheFieldAsShown() {
        Catalog.with(language: "id") {
            var s = indonesian()
            select(&s, client: "CV Anugrah Teknik")
            press(&s, .char("z"))
            for _ in 0..<12 { press(&s, .backspace) }
            for ch in "kemarin" { press(&s, .char(ch)) }
            XCTAssertEqual(press(&s, .ctrl("s")), [])
            XCTAssertEqual(s.form?.problem, "Sampai: \"kemarin\" bukan tanggal (pakai YYYY-MM-DD, hari ini, besok, +7, +2w atau nama hari)")
        }
    }


    func testEnglishIsUnchanged() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        press(&s, .char("z"))
        for _ in 0..<12 { press(&s, .backspace) }
        for ch in "soon" { press(&s, .char(ch)) }
        XCTAssertEqual(press(&s, .ctrl("s")), [])
        XCTAssertEqual(s.form?.problem, "Until: \"soon\" is not a date (use YYYY-MM-DD, today, tomorrow, +7, +2w or a weekday)")
    }
}
