import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class WorkflowSnapshotTests: XCTestCase {
    func testToday100x30() {
        var s = demoState(100, 30)
        press(&s, .char("2"))
        assertSnapshot(screen(s), named: "today-100x30")
    }

    func testTodayNarrow60x20() {
        var s = demoState(60, 20)
        press(&s, .char("2"), .char("j"))
        assertSnapshot(screen(s), named: "today-60x20")
    }

    func testDashboard100x50() {
        var s = demoState(100, 50)
        press(&s, .char("3"))
        assertSnapshot(screen(s), named: "dashboard-100x50")
    }

    func testDetailWithWorkflow100x40() {
        var s = demoState(100, 40)
        press(&s, .char("/"))
        for ch in "sumber rejeki" { press(&s, .char(ch)) }
        press(&s, .enter, .enter)
        assertSnapshot(screen(s), named: "detail-workflow-100x40")
    }

    func testOfferForm100x30() {
        var s = demoState(100, 30)
        press(&s, .char("/"))
        for ch in "lodz" { press(&s, .char(ch)) }
        press(&s, .enter, .char("o"))
        assertSnapshot(screen(s), named: "offer-form-100x30")
    }
}
