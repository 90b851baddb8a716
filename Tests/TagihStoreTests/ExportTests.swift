import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class ExportTests: XCTestCase {
    /// Export, import into a fresh book, same state.
    func testRoundTrip() throws {
        let today = CivilDate(iso: "2026-11-30")!
        var seq: Int64 = 0
        let book = Book(events: DemoBook.events(today: today).map { p in
            seq += 1
            return Event(id: EventID("d\(seq)"), at: p.at, device: "d", seq: seq, author: p.author, body: p.body)
        })
        var fresh = Book()
        for kind in [ImportKind.clients, .invoices, .payments] {
            let text = Exporter.csv(Exporter.Kind(rawValue: kind.rawValue)!, book: kind == .payments ? book : book)
            let rows = try CSV.parse(Array(text.utf8), file: "\(kind).csv")
            let p = try Importer(book: fresh, file: "\(kind).csv", options: ImportOptions(kind: kind)).plan(rows).get()
            XCTAssertEqual(p.errors, [], "\(kind)")
            for c in p.changes {
                seq += 1
                XCTAssertNil(fresh.validate(c))
                fresh.apply(Event(id: EventID("f\(seq)"), at: Timestamp(millis: seq), device: "f", seq: seq, author: "t", body: c))
            }
        }
        func comparable(_ b: Book) -> [[String]] {
            Exporter.table(.invoices, book: b).rows.map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        XCTAssertEqual(comparable(fresh), comparable(book))
        XCTAssertEqual(Exporter.table(.clients, book: fresh).rows, Exporter.table(.clients, book: book).rows)
        XCTAssertEqual(fresh.agingSummary(today: today), book.agingSummary(today: today))
        XCTAssertEqual(Exporter.csv(.invoices, book: book), Exporter.csv(.invoices, book: book), "stable output")
    }

    func testJSONIsValidAndEscaped() throws {
        var b = Book()
        b.apply(Event(id: EventID("1"), at: Timestamp(millis: 1), device: "d", seq: 1, author: "t",
                      body: .clientRecorded(Client(id: ClientID("c1"), name: "Quote \" and \\ and \u{1B} 山田"))))
        let json = Exporter.json(.clients, book: b)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
        XCTAssertEqual(parsed?.first?["name"], "Quote \" and \\ and  山田", "the escape character is removed")
        XCTAssertEqual(parsed?.first?.keys.sorted(), ["address", "contact", "contract", "currency", "email", "id", "name", "owner", "phone", "removed", "terms"])
    }
}
