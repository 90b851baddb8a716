import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class JournalBatchTests: XCTestCase {
    func open(_ dir: String) throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
    }

    /// A save of several changes is one line: cut short by a crash anywhere,
    /// none of its changes count and all its bytes are kept in quarantine.
    func testAnIncompleteSaveIsSetAsideWhole() throws {
        let dir = makeTempDirectory(self)
        try open(dir).append([sampleClient(1)])
        let before = journalBytes(dir)
        try open(dir).append([sampleClient(2), sampleClient(3), sampleClient(4)])
        let full = journalBytes(dir)
        XCTAssertEqual(full.filter { $0 == 10 }.count, 2, "one line per save")
        for cut in stride(from: before.count + 1, to: full.count, by: 37) {
            writeJournal(dir, Array(full.prefix(cut)))
            let store = try open(dir)
            XCTAssertEqual(store.book.clients.count, 1, "cut at \(cut)")
            XCTAssertFalse(store.isReadOnly)
            XCTAssertEqual(journalBytes(dir), before)
        }
        writeJournal(dir, full)
        XCTAssertEqual(try open(dir).book.clients.count, 4)
    }

    func testQuarantineNeverOverwritesEarlierTornBytes() throws {
        let dir = makeTempDirectory(self)
        try open(dir).append([sampleClient(1)])
        let good = journalBytes(dir)
        for n in 2...3 {
            try open(dir).append([sampleClient(n)])
            writeJournal(dir, Array(journalBytes(dir).dropLast(7)))
            XCTAssertEqual(try open(dir).book.clients.count, 1)
        }
        XCTAssertEqual(journalBytes(dir), good)
        let files = try FileManager.default.contentsOfDirectory(atPath: DataDirectory(path: dir).quarantineDirectory)
        XCTAssertEqual(files.count, 2, "two torn tails at the same offset, two files: \(files)")
    }

    func testAPaymentAboveTheBalanceIsRefusedAtTheStore() throws {
        let dir = makeTempDirectory(self)
        let store = try open(dir)
        let inv = Invoice(id: InvoiceID("i1"), number: "N1", clientID: ClientID("c1"), issued: CivilDate(iso: "2026-01-01")!,
                          due: CivilDate(iso: "2026-02-01")!, amount: Money(major: 100, currency: .usd))
        try store.append([sampleClient(1), PendingEvent(at: Timestamp(millis: 5), author: "t", body: .invoiceIssued(inv))])
        let pay = PendingEvent(at: Timestamp(millis: 6), author: "t", body: .paymentRecorded(
            Payment(id: "", invoiceID: inv.id, date: CivilDate(iso: "2026-02-02")!, amount: Money(major: 100, currency: .usd))))
        try store.append([pay])
        // A second session saw the old balance; the store checks against the journal as it is now.
        XCTAssertThrowsError(try open(dir).append([pay]))
    }
}
