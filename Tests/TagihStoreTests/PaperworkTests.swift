import Foundation
import XCTest
import SnapshotSupport
import TagihCore
@testable import TagihStore

final class PaperworkTests: XCTestCase {
    let today = CivilDate(iso: "2026-11-30")!

    /// The demo book written to a real journal, so records carry checksums.
    func demoStore() throws -> BookStore {
        let dir = NSTemporaryDirectory() + "tagih-paper-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "demo"))
        try store.append(DemoBook.events(today: today))
        return store
    }

    func testLettersInBothLanguages() throws {
        let store = try demoStore()
        let c = store.book.findClients("CV Maju Jaya")[0]
        let en = try Letters.render(Letters.builtIn(language: "en", level: 2), book: store.book, client: c.id, today: today,
                                    sender: "Rina", level: 2, language: "en").get()
        XCTAssertTrue(en.contains("Dear Bapak Dédé Sutisna,"), en)
        XCTAssertTrue(en.contains("- INV-2026-0002, due 2026-10-30, IDR 60,400,000 outstanding (31 days late)"), en)
        XCTAssertTrue(en.contains("net 14 days"), en)
        XCTAssertTrue(en.contains("contracts/c001-msa.pdf"), en)
        XCTAssertTrue(en.hasSuffix("Rina\n"))
        let id = try Letters.render(Letters.builtIn(language: "id", level: 3), book: store.book, client: c.id, today: today,
                                    sender: "Rina", level: 3, language: "id").get()
        XCTAssertTrue(id.contains("PEMBERITAHUAN TERAKHIR"), id)
        XCTAssertTrue(id.contains("Yth. Bapak Dédé Sutisna,"), id)
        XCTAssertTrue(id.contains("sisa IDR 60.400.000 (terlambat 31 hari)"), id)
        XCTAssertTrue(id.contains("14 hari"), id)
        guard case let .failure(e) = Letters.render("Hi {{nmae}}", book: store.book, client: c.id, today: today, sender: "", level: 1, language: "en") else {
            return XCTFail("an unknown placeholder is an error")
        }
        XCTAssertTrue(e.description.contains("{{nmae}}"))
    }

    func testCaseFileSnapshot() throws {
        let store = try demoStore()
        let c = store.book.findClients("UD Sumber Rejeki")[0]
        let records = try store.records()
        XCTAssertEqual(records.count, store.book.eventCount)
        let md = try XCTUnwrap(CaseFile.markdown(client: c.id, book: store.book, records: records, today: today))
        // Event ids and checksums differ per run (random ids); mask the checksums for the snapshot.
        let masked = md.replacingOccurrences(of: #"crc32c:[0-9a-f]{8}"#, with: "crc32c:########", options: .regularExpression)
        assertSnapshot(masked, named: "casefile-ud-sumber-rejeki")
        // Each checksum is that of a real journal line.
        let journal = String(decoding: FileManager.default.contents(atPath: store.directory.journalPath(device: "demo"))!, as: UTF8.self)
        for crc in md.matches(of: /crc32c:([0-9a-f]{8})/).map({ String($0.1) }) {
            XCTAssertTrue(journal.contains("{\"crc\":\"\(crc)\""), crc)
        }
    }

    /// The calendar parses: lines unfold, every BEGIN has its END, events have
    /// UID, DTSTAMP and a date start; no line is longer than 75 octets.
    func testICSParses() throws {
        let store = try demoStore()
        let ics = CalendarExport.ics(book: store.book, today: today, stamp: Timestamp(millis: 1_800_000_000_000))
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for l in physical { XCTAssertLessThanOrEqual(l.utf8.count, 75, l) }
        var logical: [String] = []
        for l in physical {
            if l.hasPrefix(" ") { logical[logical.count - 1] += l.dropFirst() } else { logical.append(l) }
        }
        var stack: [String] = []
        var events: [[String: String]] = []
        for l in logical {
            let (name, value) = (String(l.prefix { $0 != ":" && $0 != ";" }), String(l.drop { $0 != ":" }.dropFirst()))
            if name == "BEGIN" { stack.append(value); if value == "VEVENT" { events.append([:]) } }
            else if name == "END" { XCTAssertEqual(stack.popLast(), value) }
            else if stack.last == "VEVENT" { events[events.count - 1][name] = value }
        }
        XCTAssertTrue(stack.isEmpty)
        XCTAssertGreaterThan(events.count, 10)
        for e in events {
            XCTAssertNotNil(e["UID"])
            XCTAssertEqual(e["DTSTAMP"], "20270115T080000Z")
            XCTAssertNotNil(e["DTSTART"].flatMap { CivilDate(iso: "\($0.prefix(4))-\($0.dropFirst(4).prefix(2))-\($0.suffix(2))") })
        }
        XCTAssertTrue(events.contains { $0["SUMMARY"]?.hasPrefix("Promised payment: ") == true })
        XCTAssertEqual(Set(events.compactMap { $0["UID"] }).count, events.count, "unique ids")
        // Overdue follow-ups are in it, standing on today, with a UID that does not change with the date.
        let overdue = events.filter { $0["DESCRIPTION"]?.contains("Follow-up overdue since") == true }
        XCTAssertFalse(overdue.isEmpty)
        XCTAssertTrue(overdue.allSatisfy { $0["DTSTART"] == today.iso.replacingOccurrences(of: "-", with: "") })
        let later = CalendarExport.ics(book: store.book, today: today.adding(days: 3), stamp: Timestamp(millis: 1_800_000_000_000))
        for e in overdue { XCTAssertTrue(later.contains("UID:" + e["UID"]!), "the same UID on another day: \(e["UID"]!)") }
    }
}
