import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// An open book takes in what others add to the journals, once each.
final class ReloadTests: XCTestCase {
    func testReloadFoldsNewLinesOfEveryJournalOnce() throws {
        let dir = makeTempDirectory(self)
        let app = try BookStore.open(DataDirectory(path: dir), options: .init(device: "budi", session: true))
        try app.append([sampleClient(1)])
        XCTAssertEqual(app.reload(), [], "nothing new yet")
        // Dewi's machine (a sync) and `tagih log` on this machine both add lines.
        let dewi = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dewi"))
        try dewi.append([sampleClient(2), sampleClient(3)])
        let cli = try BookStore.open(DataDirectory(path: dir), options: .init(device: "budi"))
        try cli.append([sampleClient(4)])
        let fresh = app.reload()
        XCTAssertEqual(fresh.map(\.author), ["tester", "tester", "tester"])
        XCTAssertEqual(Set(app.book.clients.keys.map(\.raw)), ["c1", "c2", "c3", "c4"])
        XCTAssertEqual(app.reload(), [], "each line once")
        // A copy of Dewi's journal (a file-sync conflict copy) adds nothing new.
        try FileManager.default.copyItem(atPath: dir + "/journal/dewi.jsonl", toPath: dir + "/journal/dewi.sync-conflict-1.jsonl")
        XCTAssertEqual(app.reload(), [])
        // The app's next save goes on after the other process's sequence numbers.
        try app.append([sampleClient(5)])
        let reopened = try BookStore.open(DataDirectory(path: dir), options: .init(device: "check", readOnly: true))
        XCTAssertEqual(reopened.book, app.book)
        XCTAssertEqual(reopened.book.eventCount, 5)
    }

    func testAJournalThatVanishesWhileReloadingIsSkippedNotFatal() throws {
        let dir = makeTempDirectory(self)
        let app = try BookStore.open(DataDirectory(path: dir), options: .init(device: "budi", session: true))
        let dewi = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dewi"))
        try dewi.append([sampleClient(7)])
        try FileManager.default.copyItem(atPath: dir + "/journal/dewi.jsonl", toPath: dir + "/journal/dewi.sync-conflict-2.jsonl")
        XCTAssertEqual(app.reload().count, 1)
        try dewi.append([sampleClient(8)])
        try FileManager.default.removeItem(atPath: dir + "/journal/dewi.sync-conflict-2.jsonl")
        XCTAssertEqual(app.reload().map(\.author), ["tester"], "the real journal's new line still arrives")
        XCTAssertTrue(app.warnings.isEmpty, app.warnings.joined(separator: "\n"))
    }
}
