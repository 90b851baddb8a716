import XCTest
@testable import TagihCore

/// Folding for search: case, accents, widths and the letters without an accent to strip.
final class SearchTextTests: XCTestCase {
    func testFoldingRemovesCaseAccentsAndWidth() {
        XCTAssertEqual(SearchText.fold("Dédé MÜLLER Straße Łódź Ørsted Đà Nẵng ＡＢＣ"), "dede muller strasse lodz orsted da nang abc")
        XCTAssertEqual(SearchText.fold("Cafe\u{301} Crème"), "cafe creme", "a combining accent goes too")
        XCTAssertEqual(SearchText.fold("株式会社 山田"), "株式会社 山田")
        XCTAssertEqual(SearchText.fold("PLAIN ascii 123"), "plain ascii 123")
        XCTAssertEqual(SearchText.words("  Maju   JAYA "), ["maju", "jaya"])
    }

    func testOneFolderGivesTheSameAsFoldingEachText() {
        var folder = SearchText.Folder()
        for text in ["Zürich Uhren", "ZÜRICH", "São Paulo Têxtil", "Éditions Lumière", "Čapek", "zürich"] {
            var bytes: [UInt8] = []
            folder.append(text, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), SearchText.fold(text), text)
        }
    }
}
