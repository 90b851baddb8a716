import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// A snapshot vouches only for the journal bytes that were folded into it:
/// bytes changed on disk after they were read are found at the next open.
final class SnapshotCoverageTests: XCTestCase {
    func open(_ dir: String, device: String = "dev") throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: device))
    }

    func flipMiddle(_ path: String) -> Int {
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        let middle = bytes.count / 2
        bytes[middle] ^= 0x01
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return bytes[..<middle].lastIndex(of: 10)! + 1
    }

    func testAByteFlippedInThisDevicesJournalDuringASessionIsFoundAfterTheSnapshotAtQuit() throws {
        let dir = makeTempDirectory(self)
        let session = try open(dir)
        try session.appendEach((1...3000).map(sampleClient))
        let line = flipMiddle(DataDirectory(path: dir).journalPath(device: "dev"))
        try session.append([sampleClient(3001)])
        try session.writeSnapshot()
        session.close()
        let reopened = try open(dir)
        XCTAssertFalse(reopened.openedFromSnapshot, "the snapshot holds the bytes as read, not as they are now")
        XCTAssertTrue(reopened.readOnlyReason?.contains("byte \(line)") == true, reopened.readOnlyReason ?? "writable")
    }

    func testAByteFlippedInATeammatesJournalDuringASessionIsFoundAfterTheSnapshotAtQuit() throws {
        let dir = makeTempDirectory(self)
        let teammate = try open(dir, device: "rina")
        try teammate.appendEach((1...2000).map(sampleClient))
        teammate.close()
        let session = try open(dir)
        try session.append([sampleClient(5000)])
        let line = flipMiddle(DataDirectory(path: dir).journalPath(device: "rina"))
        XCTAssertTrue(session.refreshSnapshot(minimumNewEvents: 1))
        session.close()
        let reopened = try open(dir)
        XCTAssertFalse(reopened.openedFromSnapshot)
        XCTAssertTrue(reopened.readOnlyReason?.contains("journal/rina.jsonl: damaged record at byte \(line)") == true,
                      reopened.readOnlyReason ?? "writable")
    }

    func testASnapshotAfterReloadsAndAnotherProcessesSavesIsStillUsedNextTime() throws {
        let dir = makeTempDirectory(self)
        let first = try open(dir)
        try first.appendEach((1...50).map(sampleClient))
        try first.writeSnapshot()
        first.close()
        let session = try open(dir)
        XCTAssertTrue(session.openedFromSnapshot)
        // A teammate's journal arrives (folded by reload) ...
        let teammate = try open(dir, device: "rina")
        try teammate.append([sampleClient(70)])
        XCTAssertEqual(session.reload().count, 1)
        // ... another process saves on this device (caught up at the session's next save) ...
        let cli = try open(dir)
        try cli.append([sampleClient(60)])
        cli.close()
        // ... and the teammate's journal grows.
        try teammate.append([sampleClient(71)])
        teammate.close()
        try session.append([sampleClient(61)])
        XCTAssertEqual(session.reload().count, 1)
        try session.writeSnapshot()
        let expected = session.book
        session.close()
        let reopened = try open(dir)
        XCTAssertTrue(reopened.openedFromSnapshot, reopened.snapshotProblem ?? "")
        XCTAssertEqual(reopened.book, expected)
        XCTAssertEqual(reopened.eventsSinceSnapshot, 0)
    }

    func testTheRunningSumEqualsTheFilesBlockChecksumsHoweverItIsFed() {
        var bytes = [UInt8](repeating: 0, count: 1000)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
        let whole = stride(from: 0, to: bytes.count, by: 64).map { CRC32C.checksum(bytes[$0..<min(bytes.count, $0 + 64)]) }
        for cut in [0, 1, 63, 64, 65, 500, 999, 1000] {
            var sum = CoverageSum(blockSize: 64)
            sum.add(bytes[..<cut], at: 0)
            // A later process goes on from what a snapshot stored for the first `cut` bytes.
            var resumed = CoverageSum(continuing: sum.checksums(upTo: cut)!, end: cut, blockSize: 64)
            resumed.add(bytes[cut...], at: cut)
            sum.add(bytes[cut...], at: cut)
            XCTAssertEqual(sum.checksums(upTo: 1000), whole, "cut at \(cut)")
            XCTAssertEqual(resumed.checksums(upTo: 1000), whole, "resumed at \(cut)")
        }
    }

    func testBytesOfferedOutOfOrderBreakTheSum() {
        let bytes = [UInt8](repeating: 65, count: 100)
        var gap = CoverageSum(blockSize: 64)
        gap.add(bytes[..<10], at: 0)
        gap.add(bytes[20...], at: 20)
        XCTAssertNil(gap.checksums(upTo: 100))
        var short = CoverageSum(blockSize: 64)
        short.add(bytes[...], at: 0)
        XCTAssertNil(short.checksums(upTo: 90), "it vouches for exactly the bytes summed")
        XCTAssertNil(CoverageSum(continuing: [1, 2, 3], end: 10, blockSize: 64).checksums(upTo: 10), "three blocks cannot cover ten bytes")
    }
}
