import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class LanguageTests: XCTestCase {
    /// A string that exists in one language and not the other fails here.
    func testEveryStringExistsInBothLanguages() {
        for key in T.allCases {
            XCTAssertNotNil(Strings.english[key], "\(key) has no English text")
            XCTAssertNotNil(Catalog.indonesianMessages[Catalog.Key(context: key.context, english: Strings.english[key] ?? "")],
                            "\(key) has no Indonesian text in po/id.po")
        }
        XCTAssertEqual(Strings.english.count, T.allCases.count)
        for b in Keymap.defaultBindings {
            XCTAssertNotNil(Catalog.indonesian[b.summary], "key help \"\(b.summary)\" has no Indonesian text")
        }
        for o in Outcome.allCases { XCTAssertNotEqual(Strings(language: "id").outcome(o), "", "\(o)") }
    }

    func testTheAppSpeaksIndonesian() {
        var s = demoState(100, 30)
        s.text = Strings(language: "id")
        s.dates = DateFormat(language: "id")
        s.moneyFormat = .forLocale("id_ID.UTF-8")
        let list = screen(s)
        XCTAssertTrue(list.contains("Jatuh tempo"), list)
        XCTAssertTrue(list.contains("Rp 49.500.000"), list)
        XCTAssertTrue(list.contains("hari ini 30 Nov 2026"), list)
        XCTAssertTrue(list.contains("keluar"), list)
        press(&s, .enter)
        let detail = screen(s)
        XCTAssertTrue(detail.contains("Riwayat"), detail)
        XCTAssertTrue(detail.contains("Termin"), detail)
        assertSnapshot(detail, named: "detail-id-100x30")
        press(&s, .escape, .char("?"))
        XCTAssertTrue(screen(s).contains("catat telepon"), screen(s))
    }
}
