import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class PaneSnapshotTests: XCTestCase {
    func editorState(_ w: Int, _ h: Int) -> AppState {
        var s = demoState(w, h)
        press(&s, .char("j")); startCall(&s)
        for ch in "Spoke to Bapak Dédé: the 日本 shipment arrived damaged.\nWill pay half on Friday, rest after the claim." {
            _ = reduce(&s, .keyPressed(ch == "\n" ? .enter : .char(ch)))
        }
        _ = reduce(&s, .clockTicked(Timestamp(millis: s.now.millis + 263_000)))
        return s
    }

    func testDetail80x24() {
        var s = demoState(80, 24)
        press(&s, .enter)
        assertSnapshot(screen(s), named: "detail-80x24")
    }

    func testDetailNarrow50x15() {
        var s = demoState(50, 15)
        press(&s, .enter)
        assertSnapshot(screen(s), named: "detail-50x15")
    }

    func testSideBySide140x40() {
        var s = demoState(140, 40)
        press(&s, .char("j"), .char("j"))
        assertSnapshot(screen(s), named: "side-by-side-140x40")
    }

    func testEditor80x24() {
        assertSnapshot(screen(editorState(80, 24)), named: "editor-80x24")
    }

    func testEditorNarrow50x15() {
        assertSnapshot(screen(editorState(50, 15)), named: "editor-50x15")
    }

    func testEditor140x40WithPromise() {
        var s = editorState(140, 40)
        press(&s, .backTab)
        while s.editor?.outcome != .promised { press(&s, .right) }
        assertSnapshot(screen(s), named: "editor-140x40-promise")
    }

    func testByClient80x24() {
        var s = demoState(80, 24)
        press(&s, .char("v"), .char("s"))
        assertSnapshot(screen(s), named: "by-client-80x24")
    }
}
