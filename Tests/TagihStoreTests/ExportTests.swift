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
        let top = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual(top?["tagih_export"] as? Int, 1)
        XCTAssertEqual(top?["kind"] as? String, "clients")
        let parsed = top?["rows"] as? [[String: Any]]
        XCTAssertEqual(parsed?.first?["name"] as? String, "Quote \" and \\ and  山田", "the escape character is removed")
        XCTAssertTrue(parsed?.first?["terms"] is NSNull, "an empty cell is null")
        XCTAssertEqual(parsed?.first?.keys.sorted(), ["address", "contact", "contract", "currency", "email", "id", "name", "owner", "phone", "removed", "terms"])
    }

    /// Amounts are numbers, keys snake_case; the spreadsheet CSV has a BOM and, with decimal commas, semicolons.
    func testJSONNumbersAndTheSpreadsheetCSV() throws {
        var b = Book()
        b.apply(Event(id: EventID("1"), at: Timestamp(millis: 1), device: "d", seq: 1, author: "t", body: .clientRecorded(Client(id: ClientID("c1"), name: "Toko; Satu", termsDays: 30))))
        b.apply(Event(id: EventID("2"), at: Timestamp(millis: 2), device: "d", seq: 2, author: "t", body: .invoiceIssued(Invoice(
            id: InvoiceID("i1"), number: "F-1", clientID: ClientID("c1"), issued: CivilDate(iso: "2026-10-01")!, due: CivilDate(iso: "2026-10-31")!,
            amount: Money(minor: 150_000_050, currency: .idr)))))
        let top = try JSONSerialization.jsonObject(with: Data(Exporter.json(.invoices, book: b).utf8)) as? [String: Any]
        let row = (top?["rows"] as? [[String: Any]])?.first
        XCTAssertEqual(row?["amount"] as? Double, 1_500_000.5)
        XCTAssertEqual(row?["written_off"] as? Double, 0)
        XCTAssertEqual(row?["client_id"] as? String, "c1")
        let clients = try JSONSerialization.jsonObject(with: Data(Exporter.json(.clients, book: b).utf8)) as? [String: Any]
        XCTAssertEqual((clients?["rows"] as? [[String: Any]])?.first?["terms"] as? Int, 30)
        let id = Exporter.excel(.invoices, book: b, decimalComma: true)
        XCTAssertTrue(id.hasPrefix("\u{FEFF}id;number;client id;client;"), id)
        XCTAssertTrue(id.contains(";\"Toko; Satu\";2026-10-01;2026-10-31;IDR;1500000,50;0,00;"), id)
        let en = Exporter.excel(.invoices, book: b, decimalComma: false)
        XCTAssertTrue(en.contains(",Toko; Satu,2026-10-01,2026-10-31,IDR,1500000.50,0.00,"), en)
    }
}
