import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class PhraseTests: XCTestCase {
    func testFormsAndMessagesInIndonesian() {
        var s = demoState(100, 30)
        s.text = Strings(language: "id")
        press(&s, .char("z"))
        let form = screen(s)
        XCTAssertTrue(form.contains("Tunda · "), form)
        XCTAssertTrue(form.contains("Sampai"), form)
        press(&s, .escape)
        _ = reduce(&s, .saveSucceeded(s.book, .contact(clientName: "CV Maju Jaya", kind: .call)))
        XCTAssertTrue(screen(s).contains("Telepon dengan CV Maju Jaya tersimpan"), screen(s))
        s.readOnlyReason = "dibuka hanya-baca"
        press(&s, .char("z"))
        XCTAssertTrue(screen(s).contains("Hanya-baca: dibuka hanya-baca"), screen(s))
    }
}
