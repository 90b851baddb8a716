import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class FaultTests: XCTestCase {
    func open(_ dir: String) throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
    }

    /// A full disk mid-write: a clear error, no partial line, earlier data kept,
    /// and saving works again once there is space.
    func testFullDiskLeavesNoPartialLineAndRecovers() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.append([sampleClient(1)])
        let before = journalBytes(dir)
        FaultInjection.faults.withLock { $0.write = ENOSPC }
        XCTAssertThrowsError(try store.append([sampleClient(2)])) { e in
            XCTAssertTrue("\(e)".contains("the disk is full"), "\(e)")
        }
        XCTAssertEqual(journalBytes(dir), before, "the half-written line was cut back")
        XCTAssertEqual(store.book.clients.count, 1)
        XCTAssertFalse(store.isReadOnly, "space may come back")
        try store.append([sampleClient(2)])
        let reopened = try open(dir)
        XCTAssertEqual(reopened.book.clients.count, 2)
        XCTAssertTrue(reopened.warnings.isEmpty, "\(reopened.warnings)")
    }

    /// A failed fsync is never reported as saved, is not retried into a false
    /// success, and stops writing until tagih is restarted.
    func testFailedFsyncIsNeverASave() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.append([sampleClient(1)])
        FaultInjection.faults.withLock { $0.sync = EIO }
        XCTAssertThrowsError(try store.append([sampleClient(2)]))
        XCTAssertTrue(store.isReadOnly)
        XCTAssertTrue(store.readOnlyReason!.contains("failed to save"), store.readOnlyReason!)
        XCTAssertThrowsError(try store.append([sampleClient(3)]), "no retry into a false success")
        XCTAssertEqual(store.book.clients.count, 1)
        XCTAssertEqual(try open(dir).book.clients.count, 1, "the unsynced change was undone")
    }

    func testCheckReportsAndRepairMovesDamageToQuarantine() throws {
        let dir = makeTempDirectory(self)
        for n in 1...4 { try open(dir).append([sampleClient(n)]) }
        var bytes = journalBytes(dir)
        let lines = bytes.indices.filter { bytes[$0] == 10 }
        bytes[lines[0] + 30] ^= 0x20
        writeJournal(dir, bytes)
        let check = try JournalCheck(directory: DataDirectory(path: dir), device: "dev")
        XCTAssertEqual(check.problemCount, 1)
        XCTAssertTrue(check.text.contains("journal/dev.jsonl: 3 records, 1 damaged"), check.text)
        XCTAssertTrue(check.text.contains("byte \(lines[0] + 1)"), check.text)
        XCTAssertTrue(try open(dir).isReadOnly)
        let kept = try check.repair()
        XCTAssertEqual(kept, ["quarantine/dev-\(lines[0] + 1).damaged"])
        let q = FileManager.default.contents(atPath: dir + "/" + kept[0])!
        XCTAssertEqual(Array(q), Array(bytes[(lines[0] + 1)...lines[1]]), "the damaged line is kept byte for byte")
        let store = try open(dir)
        XCTAssertFalse(store.isReadOnly)
        XCTAssertEqual(store.book.clients.count, 3)
        XCTAssertEqual(try JournalCheck(directory: DataDirectory(path: dir), device: "dev").problemCount, 0)
        try store.append([sampleClient(9)])
    }
}
