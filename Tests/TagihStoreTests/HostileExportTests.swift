import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class HostileExportTests: XCTestCase {
    /// Text entered before cleaning existed, or arriving in another device's
    /// journal, still leaves every export without a control byte.
    func testExportsCarryNoControlBytes() throws {
        let evil = "Evil\u{1B}]52;c;aGk=\u{07} \u{1B}[2J\u{9B}1m \u{202E}x"
        var seq: Int64 = 0
        func e(_ b: EventBody) -> Event { seq += 1; return Event(id: EventID("e\(seq)"), at: Timestamp(millis: seq), device: "d", seq: seq, author: evil, body: b) }
        let book = Book(events: [
            e(.clientRecorded(Client(id: ClientID("c"), name: evil, contactPerson: evil, phone: evil, email: evil, address: evil, contractRef: evil, owner: evil))),
            e(.invoiceIssued(Invoice(id: InvoiceID("i"), number: evil, clientID: ClientID("c"), issued: CivilDate(iso: "2026-01-01")!,
                                     due: CivilDate(iso: "2026-02-01")!, amount: Money(major: 5, currency: .usd)))),
            e(.interactionLogged(Interaction(id: "x", clientID: ClientID("c"), kind: .call, at: Timestamp(millis: 9), outcome: .reached,
                                             notes: evil + "\nline two", by: evil))),
        ])
        var outputs: [String] = []
        for k in Exporter.Kind.allCases { outputs += [Exporter.csv(k, book: book), Exporter.json(k, book: book)] }
        outputs.append(try Letters.render(Letters.builtIn(language: "en", level: 1), book: book, client: ClientID("c"),
                                          today: CivilDate(iso: "2026-11-30")!, sender: evil, level: 1, language: "en").get())
        outputs.append(CalendarExport.ics(book: book, today: CivilDate(iso: "2026-01-15")!, stamp: Timestamp(millis: 0)))
        outputs.append(CaseFile.markdown(client: ClientID("c"), book: book, records: [], today: CivilDate(iso: "2026-11-30")!)!)
        for (i, text) in outputs.enumerated() {
            for u in text.unicodeScalars where u != "\n" && u != "\r" {
                let v = u.value
                XCTAssertFalse(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v), "output \(i) holds U+\(String(v, radix: 16))")
            }
        }
    }
}
