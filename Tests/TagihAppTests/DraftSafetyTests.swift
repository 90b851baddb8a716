import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class DraftSafetyTests: XCTestCase {
    func testARestoredDraftKeepsItsElapsedTimeNotTheDowntime() {
        var s = demoState(80, 24)
        let client = s.list.rows[0].clientID
        let friday = Timestamp(millis: s.now.millis - 3 * 86_400_000)
        let draft = Draft(input: ContactInput(clientID: client, notes: "x", by: "Rina", durationSeconds: 95),
                          startedAt: friday, savedAt: friday)
        _ = reduce(&s, .draftFound(draft))
        press(&s, .char("y"))
        _ = reduce(&s, .clockTicked(Timestamp(millis: s.now.millis + 5_000)))
        guard case let .save(events, _)? = press(&s, .ctrl("s")).first,
              case let .interactionLogged(i) = events.first?.body else { return XCTFail("\(String(describing: s.editor?.problem))") }
        XCTAssertEqual(i.durationSeconds, 100)
    }

    func testAReadOnlySessionNeverTouchesTheDraft() {
        var s = demoState(80, 24)
        s.readOnlyReason = "this book is open in another tagih (pid 1); opened read-only"
        let draft = Draft(input: ContactInput(clientID: s.list.rows[0].clientID, notes: "theirs", by: "Rina"),
                          startedAt: s.now, savedAt: s.now)
        _ = reduce(&s, .draftFound(draft))
        XCTAssertEqual(press(&s, .char("y")), [])
        XCTAssertNil(s.editor)
    }
}
