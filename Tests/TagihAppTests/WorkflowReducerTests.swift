import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class WorkflowReducerTests: XCTestCase {
    func select(_ s: inout AppState, client name: String) {
        press(&s, .char("/"))
        for ch in name { press(&s, .char(ch)) }
        press(&s, .enter)
        XCTAssertEqual(s.book.clients[s.currentClient!]?.name, name)
    }

    func testGuardWarnsNamingTheLastContactAndRecordsTheOverride() throws {
        var s = demoState(100, 30)
        select(&s, client: "Bali Sunset Villas")   // called 3 days ago in the demo
        press(&s, .char("c"))
        let prompt = try XCTUnwrap(s.prompt)
        XCTAssertNil(s.editor)
        XCTAssertTrue(prompt.question.contains("last contacted 3 days ago"), prompt.question)
        XCTAssertTrue(prompt.question.contains("27 Nov 2026"), prompt.question)
        XCTAssertTrue(screen(s).contains("Contact them anyway?"))
        press(&s, .char("n"))
        XCTAssertNil(s.editor, "no means no contact")
        press(&s, .char("c"), .char("y"))
        XCTAssertNotNil(s.editor)
        for ch in "quick check" { press(&s, .char(ch)) }
        guard case let .save(events, _)? = press(&s, .ctrl("s")).first,
              case let .interactionLogged(i) = events.first?.body else { return XCTFail() }
        XCTAssertEqual(i.guardOverride, "contacted again after 3 days (policy: 7)")
    }

    func testNoGuardForAClientNeverContacted() {
        var s = demoState(100, 30)
        select(&s, client: "CV Anugrah Teknik")
        press(&s, .char("c"))
        XCTAssertNil(s.prompt)
        XCTAssertNotNil(s.editor)
    }







    func testDashboardShowsTheFigures() {
        var s = demoState(100, 40)
        press(&s, .char("3"))
        let text = screen(s)
        XCTAssertTrue(text.contains("DSO"))
        XCTAssertTrue(text.contains("CEI"))
        XCTAssertTrue(text.contains("receivables"))
        XCTAssertTrue(text.contains("█"))
        press(&s, .escape)
        XCTAssertEqual(s.screen, .list)
    }
}
