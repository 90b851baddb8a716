import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// The reproductions of an adversarial test of the journal: damage hidden
/// behind a snapshot, a reused event id, a flipped bit in a complete last
/// line, and lines with valid checksums but hostile values. Each failed before
/// the fix it names.
final class HostileJournalTests: XCTestCase {
    let day = CivilDate(year: 2026, month: 11, day: 1)!

    func open(_ dir: String, device: String = "dev", snapshot: Bool = true) throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: device, useSnapshot: snapshot))
    }

    /// A client with one invoice of 1,000,000 IDR and an acknowledged payment of 400,000.
    func bookWithPayment(_ dir: String) throws -> (store: BookStore, payment: Event) {
        let store = try open(dir)
        let at = Timestamp(millis: 1_790_000_000_000)
        try store.append([PendingEvent(at: at, author: "Rina", body: .clientRecorded(Client(id: ClientID("c1"), name: "CV Maju Jaya"))),
                          PendingEvent(at: at, author: "Rina", body: .invoiceIssued(Invoice(id: InvoiceID("i1"), number: "INV-1", clientID: ClientID("c1"),
                                                                                            issued: day, due: day.adding(days: 30),
                                                                                            amount: Money(major: 1_000_000, currency: .idr))))])
        let paid = try store.append([PendingEvent(at: at, author: "Rina", body: .paymentRecorded(Payment(id: "", invoiceID: InvoiceID("i1"), date: day.adding(days: 31),
                                                                                                      amount: Money(major: 400_000, currency: .idr), method: "transfer")))])
        return (store, paid[0])
    }

    /// Writes lines (each with a valid checksum) as another device's journal.
    func writeOther(_ dir: String, _ name: String, _ events: [Event]) throws {
        var bytes: [UInt8] = []
        for e in events { bytes += try JournalLine.encode(e) }
        FileManager.default.createFile(atPath: DataDirectory(path: dir).journalDirectory + "/" + name, contents: Data(bytes))
    }

    func balance(_ store: BookStore) -> Int64 { store.book.balance(store.book.invoices[InvoiceID("i1")]!).minor }

    // MARK: 1. damage behind the snapshot

    func testAFlippedByteInTheMiddleIsFoundEvenBehindASnapshot() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.appendEach((1...3000).map(sampleClient))
        try store.writeSnapshot()
        store.close()
        var bytes = journalBytes(dir)
        let middle = bytes.count / 2
        let lineStart = bytes[..<middle].lastIndex(of: 10)! + 1
        bytes[middle] ^= 0x01
        writeJournal(dir, bytes)
        let reopened = try open(dir)
        XCTAssertFalse(reopened.openedFromSnapshot, "the snapshot no longer matches what it covers")
        XCTAssertNotNil(reopened.readOnlyReason, "damage anywhere stops writing")
        XCTAssertTrue(reopened.readOnlyReason!.contains("byte \(lineStart)"), reopened.readOnlyReason!)
        XCTAssertThrowsError(try reopened.append([sampleClient(9999)]))
        XCTAssertEqual(journalBytes(dir), bytes, "the file is left as it is")
    }

    // MARK: 2. an id means one record

    func testAReusedEventIdNeverReplacesAnAcknowledgedPayment() throws {
        let dir = makeTempDirectory(self)
        let (store, genuine) = try bookWithPayment(dir)
        try store.writeSnapshot()
        XCTAssertEqual(balance(store), 60_000_000)
        store.close()
        var forged = genuine
        forged.device = "mallory"
        if case var .paymentRecorded(p) = forged.body { p.amount = Money(major: 1, currency: .idr); forged.body = .paymentRecorded(p) }
        // Whatever the file is called (before or after this device's in the listing), the book is the same.
        var books: [Book] = []
        for name in ["aaa.jsonl", "zzz.jsonl"] {
            for other in ["aaa.jsonl", "zzz.jsonl"] { try? FileManager.default.removeItem(atPath: dir + "/journal/" + other) }
            try writeOther(dir, name, [forged])
            for snapshot in [true, false] {
                let s = try open(dir, snapshot: snapshot)
                XCTAssertEqual(s.book.idConflicts, [genuine.id], "\(name), snapshot \(snapshot)")
                XCTAssertEqual(s.book.paymentsByInvoice[InvoiceID("i1")]?.count, 2, "both records are kept")
                XCTAssertEqual(balance(s), 100_000_000 - 40_000_000 - 100, "both are counted; the genuine one never disappears")
                XCTAssertTrue(s.warnings.contains { $0.contains(genuine.id.raw) && $0.contains("2 different records") }, "\(s.warnings)")
                books.append(s.book)
            }
        }
        XCTAssertTrue(books.allSatisfy { $0 == books[0] }, "never decided by file order")
        let check = try JournalCheck(directory: DataDirectory(path: dir), device: "dev")
        XCTAssertFalse(check.isClean)
        XCTAssertEqual(check.conflicts.first?.places.map(\.file).sorted(), ["journal/dev.jsonl", "journal/zzz.jsonl"])
        XCTAssertTrue(check.text.contains("names 2 different records"), check.text)
    }

    func testTheSameEventMergedTwiceStillCountsOnce() throws {
        let dir = makeTempDirectory(self)
        let (store, genuine) = try bookWithPayment(dir)
        store.close()
        try writeOther(dir, "dev.sync-conflict-20261130.jsonl", [genuine])
        let s = try open(dir)
        XCTAssertEqual(s.book.idConflicts, [])
        XCTAssertEqual(balance(s), 60_000_000)
    }

    func testCheckCountsDifferentRecordsAsEveryOpenDoesAndListsEveryPlace() throws {
        let dir = makeTempDirectory(self)
        let (store, genuine) = try bookWithPayment(dir)
        store.close()
        var forged = genuine
        if case var .paymentRecorded(p) = forged.body { p.amount = Money(major: 1, currency: .idr); forged.body = .paymentRecorded(p) }
        try writeOther(dir, "copy.jsonl", [genuine])      // the same record again (a copied journal)
        try writeOther(dir, "zzz.jsonl", [forged])
        let s = try open(dir)
        XCTAssertTrue(s.warnings.contains { $0.contains("names 2 different records") }, "\(s.warnings)")
        let check = try JournalCheck(directory: DataDirectory(path: dir), device: "dev")
        XCTAssertEqual(check.conflicts.first?.places.count, 3)
        XCTAssertEqual(check.conflicts.first?.records, 2)
        XCTAssertTrue(check.text.contains("event id \(genuine.id.raw) names 2 different records"), check.text)
    }

    // MARK: 3. a complete last line is damage, not a torn write

    func testAFlippedBitInACompleteLastLineOpensReadOnlyAndCutsNothing() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        for n in 1...3 { try store.append([sampleClient(n)]) }
        store.close()
        var bytes = journalBytes(dir)
        let lastStart = bytes.dropLast().lastIndex(of: 10)! + 1
        bytes[lastStart + 40] ^= 0x04
        writeJournal(dir, bytes)
        let s = try open(dir)
        XCTAssertNotNil(s.readOnlyReason)
        XCTAssertTrue(s.readOnlyReason!.contains("journal/dev.jsonl") && s.readOnlyReason!.contains("byte \(lastStart)"), s.readOnlyReason!)
        XCTAssertEqual(journalBytes(dir), bytes, "nothing is cut off")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/quarantine"))
    }

    func testATeammatesJournalIsNeverRewrittenOrQuarantined() throws {
        let dir = makeTempDirectory(self)
        let mine = try open(dir)
        try mine.append([sampleClient(1)])
        mine.close()
        let theirs = try open(dir, device: "dewi")
        for n in 2...4 { try theirs.append([sampleClient(n)]) }
        theirs.close()
        let path = DataDirectory(path: dir).journalPath(device: "dewi")
        var bytes = Array(FileManager.default.contents(atPath: path)!)
        bytes[bytes.count - 20] ^= 0x02            // damage in their complete last line
        bytes += Array(#"{"crc":"00"#.utf8)          // and an unfinished line after it
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let s = try open(dir)
        XCTAssertNotNil(s.readOnlyReason)
        XCTAssertTrue(s.readOnlyReason!.contains("another device's"), s.readOnlyReason!)
        let check = try JournalCheck(directory: DataDirectory(path: dir), device: "dev")
        XCTAssertEqual(check.problemCount, 2)
        XCTAssertEqual(check.repairableCount, 0)
        XCTAssertEqual(try check.repair(), [], "repair changes only this device's journal")
        XCTAssertEqual(Array(FileManager.default.contents(atPath: path)!), bytes, "their file is byte for byte as it was")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/quarantine"))
        XCTAssertTrue(check.text.contains("another device's"), check.text)
    }

    // MARK: 5. a line from anyone is data

    /// Events with valid checksums and hostile values: each is left out with a
    /// warning naming the file and offset, the rest of the book folds, and
    /// saving goes on.
    func testHostileValuesAreLeftOutNamedAndNeverCrash() throws {
        let dir = makeTempDirectory(self)
        let (store, _) = try bookWithPayment(dir)
        store.close()
        let at = Timestamp(millis: 1_790_000_100_000)
        func e(_ n: Int, seq: Int64 = 1, _ body: EventBody) -> Event {
            Event(id: EventID("evil-\(n)"), at: at, device: "mallory", seq: seq, author: "M", body: body)
        }
        let huge = Money(minor: .max - 5, currency: .idr)
        let lines: [Event] = [
            e(1, .reminderSent(ReminderSent(clientID: ClientID("c1"), level: .max, invoiceIDs: [], text: "x"))),
            e(2, seq: .max, .followUpScheduled(FollowUpScheduled(clientID: ClientID("c1"), date: day, note: ""))),
            e(3, .paymentRecorded(Payment(id: "p-evil", invoiceID: InvoiceID("i1"), date: day, amount: huge, method: "x"))),
            e(4, .invoiceIssued(Invoice(id: InvoiceID("i-evil"), number: "X", clientID: ClientID("c1"), issued: day, due: day,
                                        amount: Money(minor: .min + 1, currency: .idr)))),
            e(5, .interactionLogged(Interaction(id: "n", clientID: ClientID("c1"), kind: .call, at: at, outcome: .reached,
                                                notes: String(repeating: "a", count: 5_000_000), by: "M"))),
        ]
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for l in lines { offsets.append(bytes.count); bytes += try JournalLine.encode(l) }
        // Arrays nested 40,000 deep, with a right checksum.
        offsets.append(bytes.count)
        bytes += JournalLine.frame(payload: Array((String(repeating: "[", count: 40_000) + String(repeating: "]", count: 40_000)).utf8))
        FileManager.default.createFile(atPath: dir + "/journal/mallory.jsonl", contents: Data(bytes))
        let s = try open(dir)
        XCTAssertNil(s.readOnlyReason, "refused records are data, not damage: \(s.readOnlyReason ?? "")")
        for o in offsets {
            XCTAssertTrue(s.warnings.contains { $0.contains("journal/mallory.jsonl: record at byte \(o) left out") }, "offset \(o): \(s.warnings)")
        }
        XCTAssertEqual(balance(s), 60_000_000, "nothing of it is folded")
        XCTAssertEqual(s.linesLeftOut, lines.count + 1)
        try s.append([PendingEvent(at: at, author: "Rina", body: .reminderSent(ReminderSent(clientID: ClientID("c1"), level: 1, invoiceIDs: [], text: "hi")))])
        XCTAssertFalse(s.refreshSnapshot(minimumNewEvents: 0), "no snapshot hides them from the next start")
        let check = try JournalCheck(directory: DataDirectory(path: dir), device: "dev")
        XCTAssertEqual(check.leftOutCount, lines.count + 1)
        XCTAssertFalse(check.isClean, "check no longer says ok")
    }

    /// 9,300 payments of minus 10^15 each used to be folded (each within the
    /// limit), and their sum overflowed into a silently wrong balance.
    func testNegativeAmountsFromATeammateAreLeftOutAndManyPaymentsNeverOverflowABalance() throws {
        let dir = makeTempDirectory(self)
        let (store, _) = try bookWithPayment(dir)
        store.close()
        let at = Timestamp(millis: 1_790_000_100_000)
        var bytes: [UInt8] = []
        for n in 0..<9300 {
            let minor: Int64 = n == 0 ? -Money.limit : Money.limit
            let p = Payment(id: "p\(n)", invoiceID: InvoiceID("i1"), date: day, amount: Money(minor: minor, currency: .idr), method: "x")
            bytes += try JournalLine.encode(Event(id: EventID("m-\(n)"), at: at, device: "mallory", seq: Int64(n + 1), author: "M", body: .paymentRecorded(p)))
        }
        FileManager.default.createFile(atPath: dir + "/journal/mallory.jsonl", contents: Data(bytes))
        let s = try open(dir)
        XCTAssertEqual(s.linesLeftOut, 1)
        XCTAssertTrue(s.warnings.contains { $0.contains("journal/mallory.jsonl: record at byte 0 left out: amount must be more than zero") }, "\(s.warnings)")
        let invoice = s.book.invoices[InvoiceID("i1")]!
        XCTAssertEqual(s.book.balance(invoice).minor, 0, "paid in full many times over: nothing is owed, whatever the sum")
        XCTAssertEqual(s.book.paid(invoice).minor, Int64.max, "a sum beyond 64 bits is shown at the most, never wrapped")
    }

    func testASequenceNumberAtTheEndOfItsRangeInThisDevicesJournalDoesNotStopSaving() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        try store.append([sampleClient(1)])
        store.close()
        let last = Event(id: EventID("seq-max"), at: Timestamp(millis: 1_790_000_000_000), device: "dev", seq: .max, author: "x",
                         body: .clientRecorded(Client(id: ClientID("c2"), name: "Two")))
        writeJournal(dir, journalBytes(dir) + (try JournalLine.encode(last)))
        let s = try open(dir)
        let saved = try s.append([sampleClient(3)])
        XCTAssertEqual(saved[0].seq, 2, "the out-of-range line does not count")
        XCTAssertTrue(s.warnings.contains { $0.contains("sequence number") }, "\(s.warnings)")
    }

    /// Limits hold at input too: tagih never writes what it would refuse to read.
    func testEveryLimitIsAlsoHeldBeforeWriting() throws {
        let dir = makeTempDirectory(self)
        let (store, _) = try bookWithPayment(dir)
        let at = Timestamp(millis: 1_790_000_000_000)
        let longNote = Interaction(id: "", clientID: ClientID("c1"), kind: .call, at: at, outcome: .reached,
                                   notes: String(repeating: "é", count: 60_000), by: "Rina")
        XCTAssertThrowsError(try store.append([PendingEvent(at: at, author: "Rina", body: .interactionLogged(longNote))])) { error in
            XCTAssertTrue("\(error)".contains("notes is 120000 bytes long (at most 100000)"), "\(error)")
        }
        let before = journalBytes(dir)
        XCTAssertThrowsError(try store.append([PendingEvent(at: at, author: String(repeating: "x", count: 3000), body: .clientRecorded(Client(id: ClientID("c9"), name: "N")))]))
        XCTAssertEqual(journalBytes(dir), before)
    }
}
