import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// The snapshot is a cache of the folded book: opening from it gives exactly
/// the book the journals give, a crash while writing it leaves the old or the
/// new one, and a damaged one is ignored and rebuilt from the journals.
final class SnapshotTests: XCTestCase {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    /// A book with every kind of record: the demo book and a small generated one.
    func makeBook() throws -> String {
        let dir = makeTempDirectory(self)
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
        try store.appendEach(DemoBook.events(today: today))
        try store.appendEach(BenchBook.events(.init(clients: 60, invoices: 300, events: 900), today: today))
        // The kinds of record the generators do not make.
        let at = Timestamp(millis: 1_790_000_000_000)
        let client = store.book.clients.keys.sorted()[0]
        let invoice = store.book.invoices.values.filter { store.book.balance($0).isPositive }.sorted { $0.id < $1.id }[0]
        let offer = store.book.offers.values.flatMap { $0 }.map(\.value.id).sorted()[0]
        try store.append([
            PendingEvent(at: at, author: "tester", body: .followUpScheduled(FollowUpScheduled(clientID: client, date: today, note: "call back"))),
            PendingEvent(at: at, author: "tester", body: .escalation(EscalationRecord(clientID: client, kind: .escalated, owner: "Dewi"))),
            PendingEvent(at: at, author: "tester", body: .writtenOff(WriteOff(id: "", invoiceID: invoice.id,
                                                                              amount: Money(minor: 1, currency: invoice.amount.currency), reason: "rounding", date: today))),
            PendingEvent(at: at, author: "tester", body: .offerAnswered(OfferAnswer(offerID: offer, status: .rejected, date: today))),
        ])
        store.close()
        return dir
    }

    func open(_ dir: String, snapshot: Bool = true, device: String = "dev") throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: device, useSnapshot: snapshot))
    }

    func journalOnly(_ dir: String) throws -> Book { try open(dir, snapshot: false).book }

    func snapshotPath(_ dir: String) -> String { DataDirectory(path: dir).snapshotPath(device: "dev") }

    func testOpeningFromTheSnapshotGivesExactlyTheJournalsBook() throws {
        let dir = try makeBook()
        let store = try open(dir)
        XCTAssertFalse(store.openedFromSnapshot)
        XCTAssertGreaterThan(store.book.eventCount, 1000)
        try store.writeSnapshot()
        store.close()
        let reopened = try open(dir)
        XCTAssertTrue(reopened.openedFromSnapshot, reopened.snapshotProblem ?? "")
        XCTAssertEqual(reopened.eventsSinceSnapshot, 0)
        let expected = try journalOnly(dir)
        XCTAssertEqual(reopened.book, expected)
        XCTAssertEqual([expected.plans.isEmpty, expected.offers.isEmpty, expected.followUps.isEmpty, expected.reminders.isEmpty, expected.reasons.isEmpty, expected.escalations.isEmpty, expected.writeOffsByInvoice.isEmpty, expected.offerAnswers.isEmpty, expected.paymentsByInvoice.isEmpty], Array(repeating: false, count: 9),
                       "the book has every kind of record")
        // Private like the journal.
        XCTAssertEqual(mode(snapshotPath(dir)), 0o600)
        XCTAssertEqual(mode(DataDirectory(path: dir).snapshotDirectory), 0o700)
    }

    func testOnlyLinesAfterTheSnapshotAreReadAndTheyCount() throws {
        let dir = try makeBook()
        let store = try open(dir)
        try store.writeSnapshot()
        try store.append([sampleClient(9001)])
        try store.append([sampleClient(9002), sampleClient(9003)])
        store.close()
        // Another person's journal arrives (a sync) after the snapshot.
        let other = try open(dir, device: "laptop")
        try other.append([sampleClient(9004)])
        other.close()

        let reopened = try open(dir)
        XCTAssertTrue(reopened.openedFromSnapshot)
        XCTAssertEqual(reopened.eventsSinceSnapshot, 4)
        XCTAssertEqual(reopened.book, try journalOnly(dir))
        // Sequence numbers go on from the snapshot's: the next save is not a duplicate.
        try reopened.append([sampleClient(9005)])
        XCTAssertEqual(try journalOnly(dir).clients[ClientID("c9005")]?.name, "Client 9005 Dédé 山田")
        XCTAssertEqual(try journalOnly(dir), reopened.book)
    }

    func testACrashBetweenAnyTwoStepsLeavesTheOldOrTheNewSnapshot() throws {
        for step in SnapshotFile.Step.allCases {
            let dir = try makeBook()
            let store = try open(dir)
            try store.writeSnapshot()
            let old = try Array(Data(contentsOf: URL(fileURLWithPath: snapshotPath(dir))))
            try store.append([sampleClient(9001), sampleClient(9002)])
            try store.writeSnapshot(stopAfter: step)   // the process dies here
            store.close()

            let now = try Array(Data(contentsOf: URL(fileURLWithPath: snapshotPath(dir))))
            let reopened = try open(dir)
            XCTAssertTrue(reopened.openedFromSnapshot, "\(step): \(reopened.snapshotProblem ?? "")")
            XCTAssertEqual(reopened.book, try journalOnly(dir), "\(step)")
            if step == .tempWritten || step == .tempSynced {
                XCTAssertEqual(now, old, "\(step): the old snapshot is untouched")
                XCTAssertEqual(reopened.eventsSinceSnapshot, 2, "\(step)")
            } else {
                XCTAssertNotEqual(now, old, "\(step): the new snapshot is in place")
                XCTAssertEqual(reopened.eventsSinceSnapshot, 0, "\(step)")
            }
            // The leftover temporary file does not stop the next snapshot.
            try reopened.writeSnapshot()
            reopened.close()
            XCTAssertTrue(try open(dir).openedFromSnapshot)
        }
    }

    func testADamagedSnapshotIsIgnoredAndRebuiltToTheIdenticalBook() throws {
        let dir = try makeBook()
        let store = try open(dir)
        try store.writeSnapshot()
        store.close()
        let expected = try journalOnly(dir)
        let good = try Array(Data(contentsOf: URL(fileURLWithPath: snapshotPath(dir))))
        var rng = SeededRandom(seed: 7)
        var damaged: [[UInt8]] = [[], Array(good.prefix(10)), Array(good.prefix(good.count / 2)), Array(good.dropLast()),
                                  good + [0], [UInt8](repeating: 0, count: good.count)]
        for _ in 0..<40 {
            var b = good
            let i = Int(rng.next() % UInt64(b.count))
            b[i] ^= UInt8(1 << (rng.next() % 8))
            damaged.append(b)
        }
        for (n, bytes) in damaged.enumerated() {
            FileManager.default.createFile(atPath: snapshotPath(dir), contents: Data(bytes))
            let reopened = try open(dir)
            XCTAssertFalse(reopened.openedFromSnapshot, "case \(n)")
            XCTAssertNotNil(reopened.snapshotProblem, "case \(n)")
            XCTAssertNil(reopened.readOnlyReason, "a damaged snapshot never stops saving (case \(n))")
            XCTAssertEqual(reopened.book, expected, "case \(n)")
            XCTAssertTrue(reopened.refreshSnapshot(minimumNewEvents: 1), "case \(n)")
            reopened.close()
            let rebuilt = try open(dir)
            XCTAssertTrue(rebuilt.openedFromSnapshot, "case \(n)")
            XCTAssertEqual(rebuilt.book, expected, "case \(n)")
            rebuilt.close()
        }
    }

    func testASnapshotThatNoLongerMatchesTheJournalsIsIgnored() throws {
        let dir = try makeBook()
        let store = try open(dir)
        try store.writeSnapshot()
        store.close()
        // The journal is replaced by a different one of the same length or longer (e.g. restored from a backup).
        var bytes = journalBytes(dir)
        let last = bytes.lastIndex(of: UInt8(ascii: "\n"))!
        bytes.replaceSubrange((last - 20)..<last, with: Array(repeating: UInt8(ascii: "x"), count: 20))
        writeJournal(dir, bytes)
        let reopened = try open(dir)
        XCTAssertFalse(reopened.openedFromSnapshot)
        XCTAssertTrue(reopened.snapshotProblem?.contains("journal/dev.jsonl") ?? false, reopened.snapshotProblem ?? "nil")
        // A journal shorter than the snapshot says.
        writeJournal(dir, Array(journalBytes(dir).prefix(100)))
        XCTAssertFalse(try open(dir).openedFromSnapshot)
    }

    func testRandomBytesNeverCrashTheDecoder() throws {
        let dir = try makeBook()
        let book = try journalOnly(dir)
        let good = book.snapshotBytes()
        var rng = SeededRandom(seed: 11)
        var failures = 0
        for _ in 0..<3000 {
            var b = Array(good.prefix(Int(rng.next() % UInt64(min(good.count, 4000)))))
            for _ in 0..<(1 + Int(rng.next() % 4)) where !b.isEmpty { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            let ok = b.withUnsafeBufferPointer { buf -> Bool in
                var r = SnapshotReader(buf)
                return (try? Book(snapshot: &r)) != nil
            }
            if !ok { failures += 1 }
        }
        XCTAssertGreaterThan(failures, 2900, "cut-off snapshots are rejected, not misread")
    }

    func testSlicedChecksumMatchesTheBytewiseDefinition() {
        var rng = SeededRandom(seed: 3)
        for len in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099] {
            let bytes = (0..<len).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            var crc: UInt32 = 0xFFFF_FFFF
            for b in bytes {
                crc ^= UInt32(b)
                for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            }
            XCTAssertEqual(CRC32C.checksum(bytes), crc ^ 0xFFFF_FFFF, "length \(len)")
            XCTAssertEqual(CRC32C.checksum(bytes[...]), crc ^ 0xFFFF_FFFF, "length \(len), slice")
            XCTAssertEqual(CRC32C.tableChecksum(bytes), crc ^ 0xFFFF_FFFF, "length \(len), by table")
            // Going on from the checksum of a first part gives the checksum of the whole.
            let cut = len / 3
            let first = bytes[..<cut].withUnsafeBufferPointer { CRC32C.update(0, buffer: $0) }
            let both = bytes[cut...].withUnsafeBufferPointer { CRC32C.update(first, buffer: $0) }
            XCTAssertEqual(both, crc ^ 0xFFFF_FFFF, "length \(len), in two parts")
        }
    }

    func testALargeJournalIsReadInParallelChunksWithNothingLostOrReordered() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.appendEach((1...6000).map(sampleClient))
        store.close()
        let scan = JournalScan.scan(journalBytes(dir))
        XCTAssertEqual(scan.events.map(\.seq), (1...6000).map(Int64.init))
        XCTAssertEqual(scan.offsets, scan.offsets.sorted())
        XCTAssertEqual(Set(scan.offsets).count, 6000)
        XCTAssertEqual(try open(dir).book.clients.count, 6000)
    }

    func testNoSnapshotHidesEventsThisVersionDoesNotKnow() throws {
        let dir = try makeBook()
        // A newer teammate's journal holds an event of a kind this version does not know.
        let payload = #"{"at":1764500000000,"by":"Dewi","data":{"x":1},"dev":"newer","id":"future-1","seq":1,"type":"futureThing"}"#
        let line = #"{"crc":""# + String(format: "%08x", CRC32C.checksum(Array(payload.utf8))) + #"","e":"# + payload + "}\n"
        writeJournal(dir, Array(line.utf8), device: "newer")
        let store = try open(dir)
        XCTAssertEqual(store.book.unknownEventTypes["futureThing"], 1)
        XCTAssertThrowsError(try store.writeSnapshot(), "no snapshot while events are only counted")
        XCTAssertFalse(store.refreshSnapshot(minimumNewEvents: 1))
        XCTAssertFalse(FileManager.default.fileExists(atPath: snapshotPath(dir)))
    }
}
