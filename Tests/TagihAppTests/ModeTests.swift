import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// One modal state: what is open decides the live keys, where the mouse goes
/// and what is drawn, and a prompt or the help gives back what lay under it.
final class ModeTests: XCTestCase {
    func testWithTheDetailFocusedASlashFiltersTheList() {
        var s = demoState(140, 40)
        XCTAssertTrue(s.layout.sideBySide)
        press(&s, .tab)
        XCTAssertEqual(activeContexts(s).first, .detail)
        press(&s, .char("/"))
        for c in "tokyo" { press(&s, .char(c)) }
        XCTAssertEqual(s.mode, .filtering)
        XCTAssertNil(s.form, "no settlement offer opened for another client")
        XCTAssertEqual(s.list.query, "tokyo")
        XCTAssertTrue(s.list.rows.allSatisfy { (s.book.clients[$0.clientID]?.name ?? "").lowercased().contains("tokyo") }, "\(s.list.rows.count) rows")
        XCTAssertEqual(s.focus, .list)
    }

    func testAQuestionOverTheEditorGivesTheEditorBack() {
        var s = demoState(100, 30)
        startCall(&s)
        for c in "half a note" { press(&s, .char(c)) }
        press(&s, .escape)
        guard case let .prompt(p, over: .editor(e)) = s.mode else { return XCTFail("\(s.mode)") }
        XCTAssertEqual(p.purpose, .discardEditor)
        XCTAssertEqual(activeContexts(s), [.prompt])
        press(&s, .char("n"))
        XCTAssertEqual(s.mode, .editor(e), "the note as typed is back")
        XCTAssertEqual(s.editor?.notes.text, "half a note")
    }

    func testHelpOverTheEditorListsEveryFieldsKeysAndClosesBackToIt() {
        var s = demoState(100, 30)
        startCall(&s)
        guard case let .editor(e) = s.mode else { return XCTFail("\(s.mode)") }
        press(&s, .function(1))
        XCTAssertTrue(s.showingHelp)
        XCTAssertEqual(helpContexts(s), [.editor, .choice, .text])
        XCTAssertTrue(screen(s).contains("switch kind"), screen(s))
        press(&s, .escape)
        XCTAssertEqual(s.mode, .editor(e))
    }

    func testTheMouseActsOnlyWithNothingOpen() {
        var s = demoState(100, 30)
        let row = s.layout.list.y + 3
        press(&s, .char(":"))
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 5, y: row)))
        XCTAssertEqual(s.list.selected, 0, "a click under the palette does not move the list")
        press(&s, .escape)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 5, y: row)))
        XCTAssertNotEqual(s.list.selected, 0)
    }

    func testAPaletteActionDoesWhatItsKeyDoes() {
        var byKey = demoState(100, 30), byPalette = demoState(100, 30)
        press(&byKey, .char("z"))
        press(&byPalette, .char(":"))
        for c in "snooze" { press(&byPalette, .char(c)) }
        press(&byPalette, .enter)
        XCTAssertEqual(byPalette.form?.purpose, byKey.form?.purpose)
        XCTAssertNotNil(byPalette.form)
    }

    func testASlashInTodaysDetailFiltersTheListWhereTheFilterIsShown() {
        var s = demoState(100, 30)
        press(&s, .char("2"), .enter)
        XCTAssertEqual(activeContexts(s).first, .detail)
        press(&s, .char("/"))
        for c in "maju" { press(&s, .char(c)) }
        XCTAssertEqual(s.screen, .list, "the filter is the list's")
        XCTAssertEqual(s.mode, .filtering)
        XCTAssertTrue(screen(s).contains("/ maju"), screen(s))
    }

    func testTheDashboardQuitsAndShowsItsKeysLikeEveryScreen() {
        var s = demoState(100, 30)
        press(&s, .char("3"), .char("?"))
        XCTAssertTrue(s.showingHelp)
        press(&s, .escape, .char(":"))
        for c in "quit" { press(&s, .char(c)) }
        XCTAssertEqual(press(&s, .enter), [.quit], "a palette action on the dashboard runs")
        var t = demoState(100, 30)
        press(&t, .char("3"))
        XCTAssertEqual(press(&t, .char("q")), [.quit])
    }

    func testAnEscalationWithoutAnOwnerNamesTheOwner() {
        let t = Strings(language: "en")
        XCTAssertEqual(t.reason(.escalated(""), money: .standard, dates: DateFormat(language: "en")), "escalated to the owner")
    }
}
