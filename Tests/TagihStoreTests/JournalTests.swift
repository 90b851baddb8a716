import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class JournalTests: XCTestCase {
    func open(_ dir: String, device: String = "dev", session: Bool = false) throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: device, session: session))
    }

    func testAppendThenReopenGivesTheSameBook() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        let saved = try store.append((1...5).map(sampleClient))
        XCTAssertEqual(saved.map(\.seq), [1, 2, 3, 4, 5])
        let again = try open(dir)
        XCTAssertEqual(again.book.clients.count, 5)
        XCTAssertEqual(again.book.clients[ClientID("c3")]?.name, "Client 3 Dédé 山田")
        XCTAssertTrue(again.warnings.isEmpty)
        XCTAssertFalse(again.isReadOnly)
        try again.append([sampleClient(6)])
        XCTAssertEqual(try open(dir).book.clients.count, 6)
    }

    func testEachLineCarriesAChecksumOfItsPayload() throws {
        let dir = makeTempDirectory(self)
        try open(dir).append([sampleClient(1)])
        let text = String(decoding: journalBytes(dir), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"crc":""#))
        XCTAssertTrue(text.hasSuffix("}\n"))
        let payload = text.dropFirst(22).dropLast(2)
        let crc = String(format: "%08x", CRC32C.checksum(Array(payload.utf8)))
        XCTAssertEqual(String(text.dropFirst(8).prefix(8)), crc)
        // Standard check value of CRC-32C.
        XCTAssertEqual(CRC32C.checksum(Array("123456789".utf8)), 0xE306_9283)
    }

    func testSavingDoesNotRewriteEarlierBytes() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.append((1...50).map(sampleClient))
        let before = journalBytes(dir)
        try store.append([sampleClient(51)])
        let after = journalBytes(dir)
        XCTAssertEqual(Array(after.prefix(before.count)), before, "append only adds at the end")
        XCTAssertGreaterThan(after.count, before.count)
    }

    /// Cutting the last record at every byte offset: the book opens with one
    /// record fewer and a warning, and the next save writes cleanly.
    func testTornLastRecordAtEveryOffset() throws {
        let dir = makeTempDirectory(self)
        for n in 1...3 { try open(dir).append([sampleClient(n)]) }
        let full = journalBytes(dir)
        let lastStart = full.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        for cut in lastStart..<(full.count) {
            writeJournal(dir, Array(full.prefix(cut)))
            let store = try open(dir)
            XCTAssertEqual(store.book.clients.count, 2, "cut at \(cut)")
            XCTAssertFalse(store.isReadOnly, "cut at \(cut)")
            if cut > lastStart {
                XCTAssertTrue(store.warnings.contains { $0.contains("cut off at byte \(lastStart)") }, "cut at \(cut): \(store.warnings)")
            }
            try store.append([sampleClient(9)])
            let reopened = try open(dir)
            XCTAssertEqual(reopened.book.clients.count, 3, "cut at \(cut)")
            XCTAssertTrue(reopened.warnings.isEmpty, "cut at \(cut): \(reopened.warnings)")
            XCTAssertEqual(Array(journalBytes(dir).prefix(lastStart)), Array(full.prefix(lastStart)))
        }
    }

    func testTornTailIsKeptInQuarantineNotDeleted() throws {
        let dir = makeTempDirectory(self)
        for n in 1...2 { try open(dir).append([sampleClient(n)]) }
        let full = journalBytes(dir)
        writeJournal(dir, Array(full.dropLast(10)))
        _ = try open(dir)
        let q = DataDirectory(path: dir).quarantineDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: q)
        XCTAssertEqual(files.count, 1)
        let kept = FileManager.default.contents(atPath: q + "/" + files[0])!
        let lastStart = full.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        XCTAssertEqual(Array(kept), Array(full[lastStart..<(full.count - 10)]))
        XCTAssertEqual(mode(q + "/" + files[0]), 0o600)
    }

    /// A flipped byte in a middle record: read-only, the offset named, and the
    /// damaged record not silently skipped (the file is left as it was).
    func testFlippedByteInTheMiddleOpensReadOnlyNamingTheOffset() throws {
        let dir = makeTempDirectory(self)
        for n in 1...5 { try open(dir).append([sampleClient(n)]) }
        var bytes = journalBytes(dir)
        let lines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        let secondStart = lines[0] + 1
        bytes[secondStart + 40] ^= 0x01
        writeJournal(dir, bytes)
        let store = try open(dir)
        XCTAssertTrue(store.isReadOnly)
        XCTAssertTrue(store.readOnlyReason!.contains("journal/dev.jsonl"), store.readOnlyReason!)
        XCTAssertTrue(store.readOnlyReason!.contains("byte \(secondStart)"), store.readOnlyReason!)
        XCTAssertEqual(store.book.clients.count, 4)
        XCTAssertThrowsError(try store.append([sampleClient(8)])) { e in
            guard case .readOnly = e as? StoreError else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(journalBytes(dir), bytes, "damaged file is never rewritten")
    }

    func testInvalidChangeIsRefusedAndNothingIsWritten() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.append([sampleClient(1)])
        let before = journalBytes(dir)
        let bad = PendingEvent(at: Timestamp(millis: 1), author: "t", body: .invoiceIssued(
            Invoice(id: InvoiceID("i"), number: "1", clientID: ClientID("c1"), issued: CivilDate(iso: "2026-01-01")!,
                    due: CivilDate(iso: "2026-02-01")!, amount: Money(major: -10, currency: .usd))))
        // The whole batch is refused, including the valid first change.
        XCTAssertThrowsError(try store.append([sampleClient(2), bad]))
        XCTAssertEqual(journalBytes(dir), before)
        XCTAssertEqual(store.book.clients.count, 1)
    }

    func testPermissionsAreOwnerOnlyEvenUnderUmask022() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let dir = makeTempDirectory(self) + "/nested-book"
        try FileManager.default.createDirectory(atPath: (dir as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try open(dir, session: true).append([sampleClient(1)])
        let d = DataDirectory(path: dir)
        XCTAssertEqual(mode(dir), 0o700)
        XCTAssertEqual(mode(d.journalDirectory), 0o700)
        XCTAssertEqual(mode(d.journalPath(device: "dev")), 0o600)
        XCTAssertEqual(mode(d.writeLockPath), 0o600)
        XCTAssertEqual(mode(d.sessionLockPath), 0o600)
    }

    func testSecondSessionOpensReadOnlyNamingTheHolder() throws {
        let dir = makeTempDirectory(self)
        let first = try open(dir, session: true)
        let second = try open(dir, session: true)
        XCTAssertFalse(first.isReadOnly)
        XCTAssertTrue(second.isReadOnly)
        XCTAssertTrue(second.readOnlyReason!.contains("pid \(getpid())"), second.readOnlyReason!)
        first.close()
        XCTAssertFalse(try open(dir, session: true).isReadOnly, "free again once the holder closes")
    }

    func testJournalsOfSeveralDevicesMerge() throws {
        let dir = makeTempDirectory(self)
        try open(dir, device: "alice").append([sampleClient(1), sampleClient(2)])
        try open(dir, device: "bob").append([sampleClient(3)])
        let store = try open(dir, device: "carol")
        XCTAssertEqual(store.book.clients.count, 3)
        XCTAssertEqual(store.book.eventCount, 3)
    }

    func testTornTailOfAnotherDevicesJournalIsIgnoredNotCut() throws {
        let dir = makeTempDirectory(self)
        try open(dir, device: "bob").append([sampleClient(1)])
        try open(dir, device: "bob").append([sampleClient(2)])
        let bobs = journalBytes(dir, device: "bob")
        writeJournal(dir, Array(bobs.dropLast(5)), device: "bob")
        let store = try open(dir, device: "alice")
        XCTAssertEqual(store.book.clients.count, 1)
        XCTAssertFalse(store.isReadOnly)
        XCTAssertTrue(store.warnings.contains { $0.contains("journal/bob.jsonl") && $0.contains("ignored") })
        XCTAssertEqual(journalBytes(dir, device: "bob"), Array(bobs.dropLast(5)), "other devices' files are not touched")
    }

    func testAnotherProcessesAppendIsPickedUpBeforeWriting() throws {
        let dir = makeTempDirectory(self)
        let a = try open(dir)
        let b = try open(dir)
        try a.append([sampleClient(1)])
        try b.append([sampleClient(2)])
        try a.append([sampleClient(3)])
        let seqs = try open(dir).book.eventCount
        XCTAssertEqual(seqs, 3)
        XCTAssertEqual(a.book.clients.count, 3, "a saw b's record when it appended")
        let lines = String(decoding: journalBytes(dir), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[2].contains(#""seq":3"#))
    }

    func testDataDirectoryResolution() {
        XCTAssertEqual(DataDirectory.resolve(flag: "/x", environment: ["TAGIH_DATA": "/y"]).path, "/x")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["TAGIH_DATA": "/y/", "XDG_DATA_HOME": "/z"]).path, "/y")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/z", "HOME": "/h"]).path, "/z/tagih")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["HOME": "/h"]).path, "/h/.local/share/tagih")
        XCTAssertFalse(DataDirectory.isValidDevice("../evil"))
        XCTAssertFalse(DataDirectory.isValidDevice(""))
        XCTAssertTrue(DataDirectory.isValidDevice("laptop-1a2b"))
    }
}
