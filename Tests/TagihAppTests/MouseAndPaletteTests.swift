import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class MouseAndPaletteTests: XCTestCase {
    func testClickSelectsARowAndAHeaderSorts() {
        var s = demoState(100, 30)
        let list = s.layout.list
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 3, y: list.y + 1 + 5)))
        XCTAssertEqual(s.list.selected, 5)
        let header = String(screen(s).split(separator: "\n", omittingEmptySubsequences: false)[list.y])
        let balanceX = header.range(of: "Balance")!.lowerBound.utf16Offset(in: header)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: balanceX + 2, y: list.y)))
        XCTAssertEqual(s.list.sort, .balance)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: balanceX + 2, y: list.y)))
        XCTAssertFalse(s.list.descending, "a second press reverses")
        let before = s.list.selected
        _ = reduce(&s, .mouseUsed(MouseEvent(.wheelDown, x: 3, y: list.y + 3)))
        XCTAssertEqual(s.list.selected, before + 3)
    }

    func testClickOnTheDetailPaneFocusesIt() {
        var s = demoState(140, 40)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 120, y: 10)))
        XCTAssertEqual(s.focus, .detail)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 10, y: 12)))
        XCTAssertEqual(s.focus, .list)
    }

    func testFuzzyMatching() {
        XCTAssertNotNil(FuzzyMatch.score("mj", in: "CV Maju Jaya"))
        XCTAssertNil(FuzzyMatch.score("jm x", in: "CV Maju Jaya"))
        XCTAssertGreaterThan(FuzzyMatch.score("maju", in: "CV Maju Jaya")!, FuzzyMatch.score("maju", in: "Sumber Makmur Jaya Utama")!)
        XCTAssertNotNil(FuzzyMatch.score("muller", in: "Müller & Söhne GmbH"), "accents ignored")
    }

    func testPaletteRunsAnActionOrGoesToAClient() {
        var s = demoState(100, 30)
        press(&s, .char(":"))
        XCTAssertNotNil(s.palette)
        for ch in "sort" { press(&s, .char(ch)) }
        guard case .action(.cycleSort, _)? = s.palette?.results.first else { return XCTFail("\(String(describing: s.palette?.results.prefix(3)))") }
        press(&s, .enter)
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.list.sort, .balance)
        press(&s, .char(":"))
        for ch in "yamada" { press(&s, .char(ch)) }
        press(&s, .escape)
        XCTAssertNil(s.palette)
        press(&s, .char(":"))
        for ch in "株式会社" { press(&s, .char(ch)) }
        guard case let .client(id, _)? = s.palette?.results.first else { return XCTFail() }
        press(&s, .enter)
        XCTAssertEqual(s.currentClient, id)
        XCTAssertTrue(s.detailOpen)
    }
}
