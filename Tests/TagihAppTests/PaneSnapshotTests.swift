import XCTest
import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

final class PaneSnapshotTests: XCTestCase {
    func editorState(_ w: Int, _ h: Int, language: String = "en") -> AppState {
        var s = demoState(w, h, language: language)
        press(&s, .char("j")); startCall(&s)
        for ch in "Spoke to Bapak Dédé: the 日本 shipment arrived damaged.\nWill pay half on Friday, rest after the claim." {
            _ = reduce(&s, .keyPressed(ch == "\n" ? .enter : .char(ch)))
        }
        _ = reduce(&s, .clockTicked(Timestamp(millis: s.now.millis + 263_000)))
        return s
    }

    func testDetail80x24() {
        assertBothLanguages("detail-80x24") { language in
            var s = demoState(80, 24, language: language)
            press(&s, .enter)
            return s
        }
    }

    func testDetailNarrow50x15() {
        assertBothLanguages("detail-50x15") { language in
            var s = demoState(50, 15, language: language)
            press(&s, .enter)
            return s
        }
    }

    func testSideBySide140x40() {
        assertBothLanguages("side-by-side-140x40") { language in
            var s = demoState(140, 40, language: language)
            press(&s, .char("j"), .char("j"))
            return s
        }
    }

    func testEditor80x24() {
        assertBothLanguages("editor-80x24") { editorState(80, 24, language: $0) }
    }

    func testEditorNarrow50x15() {
        assertBothLanguages("editor-50x15") { editorState(50, 15, language: $0) }
    }

    func testEditor140x40WithPromise() {
        assertBothLanguages("editor-140x40-promise") { language in
            var s = editorState(140, 40, language: language)
            press(&s, .backTab)
            while s.editor?.outcome != .promised { press(&s, .right) }
            return s
        }
    }

    func testByClient80x24() {
        assertBothLanguages("by-client-80x24") { language in
            var s = demoState(80, 24, language: language)
            press(&s, .char("v"), .char("s"))
            return s
        }
    }
}
