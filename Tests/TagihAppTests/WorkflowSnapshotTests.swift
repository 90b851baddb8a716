import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class WorkflowSnapshotTests: XCTestCase {
    func testToday100x30() {
        assertBothLanguages("today-100x30") { language in
            var s = demoState(100, 30, language: language)
            press(&s, .char("2"))
            return s
        }
    }

    func testTodayNarrow60x20() {
        assertBothLanguages("today-60x20") { language in
            var s = demoState(60, 20, language: language)
            press(&s, .char("2"), .char("j"))
            return s
        }
    }

    func testDashboard100x50() {
        assertBothLanguages("dashboard-100x50") { language in
            var s = demoState(100, 50, language: language)
            press(&s, .char("3"))
            return s
        }
    }

    func testDetailWithWorkflow100x40() {
        assertBothLanguages("detail-workflow-100x40") { language in
            var s = demoState(100, 40, language: language)
            press(&s, .char("/"))
            for ch in "sumber rejeki" { press(&s, .char(ch)) }
            press(&s, .enter, .enter)
            return s
        }
    }

    func testOfferForm100x30() {
        assertBothLanguages("offer-form-100x30") { language in
            var s = demoState(100, 30, language: language)
            press(&s, .char("/"))
            for ch in "lodz" { press(&s, .char(ch)) }
            press(&s, .enter, .char("o"))
            return s
        }
    }
}
