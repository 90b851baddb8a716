import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// The smaller holes: a flipped draft, UTF-16 without a byte-order mark.
final class SmallSafetyTests: XCTestCase {
    func draft() -> Draft {
        Draft(input: ContactInput(clientID: ClientID("c1"), notes: "Akan bayar Jumat, kata Pak Dédé", by: "Rina"),
              startedAt: Timestamp(millis: 1_790_000_000_000), savedAt: Timestamp(millis: 1_790_000_030_000))
    }

    func testADraftCarriesAChecksumAndAFlippedOneIsNeverOfferedBack() throws {
        let dir = makeTempDirectory(self)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = DraftFile(directory: DataDirectory(path: dir), device: "dev")
        try file.save(draft())
        XCTAssertEqual(file.load(), .draft(draft()))
        var bytes = Array(FileManager.default.contents(atPath: file.path)!)
        XCTAssertTrue(bytes.starts(with: Array(#"{"crc":""#.utf8)))
        let i = Array(String(decoding: bytes, as: UTF8.self).utf8).firstIndex(of: UInt8(ascii: "J"))!
        bytes[i] = UInt8(ascii: "K")            // "Jumat" becomes "Kumat": still valid JSON
        FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        guard case let .unreadable(why) = file.load() else { return XCTFail("a flipped draft was offered back: \(file.load())") }
        XCTAssertTrue(why.contains("checksum mismatch"), why)
        XCTAssertEqual(Array(FileManager.default.contents(atPath: file.path)!), bytes, "left as it is")
        // A draft written before drafts had a checksum still comes back.
        FileManager.default.createFile(atPath: file.path, contents: try JSONEncoder().encode(draft()))
        XCTAssertEqual(file.load(), .draft(draft()))
    }

    func testUTF16WithoutAByteOrderMarkIsNamed() {
        let text = "number,client,issued,due,amount\nINV-1,Toko Budi,2026-11-01,2026-11-30,100000\n"
        for bytes in [Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                      Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }] {
            XCTAssertThrowsError(try CSV.parse(bytes, file: "x.csv")) { error in
                XCTAssertTrue("\(error)".contains("UTF-16"), "\(error)")
            }
        }
        XCTAssertNoThrow(try CSV.parse(Array(text.utf8), file: "x.csv"))
        XCTAssertNoThrow(try CSV.parse(Array("a,b\n株式会社,山田\n".utf8), file: "x.csv"), "CJK in UTF-8 is not UTF-16")
    }
}

/// What the journal's reader says on the threads it reads a large journal
/// with is in the language the command speaks.
final class ParallelLanguageTests: XCTestCase {
    func testAReasonFoundOnAWorkerThreadIsInTheCommandsLanguage() throws {
        var bytes: [UInt8] = []
        for n in 1...6000 {
            let p = sampleClient(n)
            bytes += try JournalLine.encode(Event(id: EventID("e-\(n)"), at: p.at, device: "dev", seq: Int64(n), author: p.author, body: p.body))
        }
        bytes += JournalLine.frame(payload: Array(#"{"not":"an event"}"#.utf8))
        let english = Catalog.with(language: "en") { JournalScan.scan(bytes).invalid.first?.reason }
        let indonesian = Catalog.with(language: "id") { JournalScan.scan(bytes).invalid.first?.reason }
        XCTAssertNotNil(english)
        XCTAssertNotEqual(english, indonesian, "the worker said it in Indonesian: \(indonesian ?? "nothing")")
    }
}
