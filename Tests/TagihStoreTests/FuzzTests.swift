import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// Random and mutated inputs for every parser of outside data (fixed seed):
/// no crash, and every refusal says something.
final class FuzzTests: XCTestCase {
    var rng = SeededRandom(seed: 1234)

    func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + Int(rng.next() % 8)) {
            guard !b.isEmpty else { b = [UInt8(rng.next() & 0xFF)]; continue }
            let i = Int(rng.next() % UInt64(b.count))
            switch rng.next() % 5 {
            case 0: b[i] = UInt8(rng.next() & 0xFF)
            case 1: b.remove(at: i)
            case 2: b.insert([10, 13, 34, 44, 0, 0xC3, 0xFF, 0x1B][Int(rng.next() % 8)], at: i)
            case 3: b += b[i..<min(b.count, i + 20)]
            default: b = Array(b.prefix(i))
            }
        }
        return b
    }

    func random(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(rng.next() & 0xFF) } }

    func testCSVImporter() {
        let seeds = ["generic.csv", "quickbooks.csv", "xero.csv", "errors.csv", "hostile.csv"].map(fixture)
        var refused = 0
        for i in 0..<3000 {
            let input = i % 5 == 0 ? random(Int(rng.next() % 300)) : mutate(seeds[i % seeds.count])
            do {
                let rows = try CSV.parse(input, file: "f.csv")
                var o = ImportOptions(kind: [.invoices, .clients, .payments][i % 3])
                o.currency = i % 2 == 0 ? .idr : nil
                switch Importer(book: Book(), file: "f.csv", options: o).plan(rows) {
                case let .failure(e): XCTAssertFalse(e.message.isEmpty); refused += 1
                case let .success(p): for e in p.errors { XCTAssertFalse(e.message.isEmpty) }
                }
            } catch {
                XCTAssertFalse(error.message.isEmpty)
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 100)
    }

    func testConfigAndThemeParsers() {
        let config = Array("""
        user = "Rina"
        [policy]
        cadence = [7, 10]
        ladder = ["a", "b"]
        aging_buckets = [30, 60]
        [rights]
        preset = "eu"
        reference_rate = 2.5
        [keys.list]
        filter = ["/", "F3"]
        """.utf8)
        for i in 0..<3000 {
            let input = i % 4 == 0 ? random(Int(rng.next() % 200)) : mutate(config)
            let text = String(decoding: input, as: UTF8.self)
            do { _ = try Config.parse(text, file: "c.toml") } catch {
                XCTAssertTrue(error.description.hasPrefix("c.toml:"), error.description)
            }
            do { _ = try TOMLLite(parsing: text, file: "t.toml") } catch { XCTAssertFalse(error.message.isEmpty) }
        }
    }

    func testJournalReader() throws {
        let dir = makeTempDirectory(self)
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
        for n in 1...5 { try store.append([sampleClient(n)]) }
        try store.append([sampleClient(6), sampleClient(7)])
        let good = journalBytes(dir)
        for i in 0..<2000 {
            let input = i % 10 == 0 ? random(Int(rng.next() % 500)) : mutate(good)
            let scan = JournalScan.scan(input)
            XCTAssertLessThanOrEqual(scan.goodEnd, input.count)
            for d in scan.damage { XCTAssertFalse(d.reason.isEmpty) }
            XCTAssertTrue(scan.events.allSatisfy { $0.device == "dev" })
        }
    }

    func testExtremeValues() {
        var b = Book()
        b.apply(Event(id: EventID("0"), at: Timestamp(millis: 0), device: "d", seq: 1, author: "a",
                      body: .clientRecorded(Client(id: ClientID("c"), name: String(repeating: "株", count: 10_000)))))
        XCTAssertEqual(b.eventsOutOfLimits, 1, "a 30,000-byte name is outside the limits: left out, not folded")
        XCTAssertNil(b.clients[ClientID("c")])
        b.apply(Event(id: EventID("1"), at: Timestamp(millis: 0), device: "d", seq: 2, author: "a",
                      body: .clientRecorded(Client(id: ClientID("c"), name: String(repeating: "株", count: 600)))))
        let inv = Invoice(id: InvoiceID("i"), number: "N", clientID: ClientID("c"), issued: CivilDate(iso: "2026-01-01")!,
                          due: CivilDate(iso: "2026-02-01")!, amount: Money(minor: Money.limit + 1, currency: .usd))
        XCTAssertEqual(b.validate(.invoiceIssued(inv)), "invoice amount is too large")
        var zero = inv
        zero.amount = Money(minor: 0, currency: .usd)
        XCTAssertEqual(b.validate(.invoiceIssued(zero)), "invoice amount must be positive")
        XCTAssertNil(CivilDate(year: 10_000, month: 1, day: 1))
        XCTAssertNil(CivilDate(iso: "0000-01-01"))
        XCTAssertThrowsError(try Parse.money("9223372036854775808", currency: .usd).get())
        XCTAssertThrowsError(try CSV.parse([0x61, 0x2C, 0xC3, 0x28, 0x0A], file: "x.csv"), "invalid UTF-8")
        var s = MoneyTotals()
        s.add(Money(minor: .max, currency: .idr))
        s.add(Money(minor: .max, currency: .idr))
        XCTAssertTrue(s.overflowed, "a total beyond Int64 is flagged, not a crash")
    }
}
