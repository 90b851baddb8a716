import XCTest
@testable import TagihCore

/// Builds events for tests with increasing sequence numbers.
struct EventMaker {
    var seq: Int64 = 0
    var device = "t"
    var clock: Int64 = 1_700_000_000_000

    mutating func make(_ body: EventBody, at: Int64? = nil, device: String? = nil) -> Event {
        seq += 1
        clock += 1000
        let when = at ?? clock
        return Event(id: EventID.v7(millis: when, random: (UInt64(seq), UInt64(seq) * 7919)),
                     at: Timestamp(millis: when), device: device ?? self.device, seq: seq, author: "tester", body: body)
    }
}

final class BookTests: XCTestCase {
    let today = CivilDate(iso: "2026-11-30")!

    func client(_ id: String, _ name: String = "Client") -> Client { Client(id: ClientID(id), name: name) }

    func invoice(_ id: String, client: String = "c1", due: String = "2026-10-31", major: Int64 = 1000,
                 currency: Currency = .usd) -> Invoice {
        Invoice(id: InvoiceID(id), number: "INV-\(id)", clientID: ClientID(client),
                issued: CivilDate(iso: "2026-10-01")!, due: CivilDate(iso: due)!, amount: Money(major: major, currency: currency))
    }

    func testPartialPaymentsReduceTheBalance() {
        var m = EventMaker()
        let inv = invoice("i1")
        let book = Book(events: [
            m.make(.clientRecorded(client("c1"))),
            m.make(.invoiceIssued(inv)),
            m.make(.paymentRecorded(Payment(id: "p1", invoiceID: inv.id, date: today, amount: Money(major: 300, currency: .usd)))),
            m.make(.paymentRecorded(Payment(id: "p2", invoiceID: inv.id, date: today, amount: Money(minor: 50, currency: .usd)))),
        ])
        XCTAssertEqual(book.balance(inv), Money(minor: 69_950, currency: .usd))
        XCTAssertEqual(book.overdueRows(today: today).first?.balance, Money(minor: 69_950, currency: .usd))
    }

    func testFullyPaidInvoiceLeavesTheList() {
        var m = EventMaker()
        let inv = invoice("i1")
        let book = Book(events: [
            m.make(.clientRecorded(client("c1"))), m.make(.invoiceIssued(inv)),
            m.make(.paymentRecorded(Payment(id: "p", invoiceID: inv.id, date: today, amount: inv.amount))),
        ])
        XCTAssertTrue(book.overdueRows(today: today).isEmpty)
        XCTAssertTrue(book.balance(inv).isZero)
    }

    func testFoldIgnoresDuplicatesAndDoesNotDependOnOrder() {
        var m = EventMaker()
        let events = [
            m.make(.clientRecorded(client("c1", "Old name"))),
            m.make(.invoiceIssued(invoice("i1"))),
            m.make(.paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i1"), date: today, amount: Money(major: 100, currency: .usd)))),
            m.make(.clientRecorded(client("c1", "New name"))),
        ]
        let forward = Book(events: events)
        let backward = Book(events: events.reversed())
        let doubled = Book(events: events + events)
        for b in [forward, backward, doubled] {
            XCTAssertEqual(b.clients[ClientID("c1")]?.name, "New name")
            XCTAssertEqual(b.balance(invoice("i1")), Money(major: 900, currency: .usd))
            XCTAssertEqual(b.eventCount, 4)
        }
    }

    func testOverdueRowsAreSortedAndExcludeCurrent() {
        var m = EventMaker()
        let book = Book(events: [
            m.make(.clientRecorded(client("c1", "B"))), m.make(.clientRecorded(client("c2", "A"))),
            m.make(.invoiceIssued(invoice("i1", due: "2026-11-29"))),
            m.make(.invoiceIssued(invoice("i2", client: "c2", due: "2026-08-01"))),
            m.make(.invoiceIssued(invoice("i3", due: "2026-12-15"))),
        ])
        let rows = book.overdueRows(today: today)
        XCTAssertEqual(rows.map(\.invoice.number), ["INV-i2", "INV-i1"])
        XCTAssertEqual(rows.map(\.daysLate), [121, 1])
        let summary = book.agingSummary(today: today)
        XCTAssertEqual(summary.counts, [1, 1, 0, 0, 0, 1])
        XCTAssertEqual(summary.overdueTotal(.usd), Money(major: 2000, currency: .usd))
        XCTAssertEqual(summary.grandTotal(.usd), Money(major: 3000, currency: .usd))
    }

    func testValidationRefusesBadChanges() {
        var m = EventMaker()
        let book = Book(events: [m.make(.clientRecorded(client("c1"))), m.make(.invoiceIssued(invoice("i1")))])
        XCTAssertNotNil(book.validate(.invoiceIssued(invoice("i2", client: "nobody"))))
        var negative = invoice("i3")
        negative.amount = Money(major: -5, currency: .usd)
        XCTAssertEqual(book.validate(.invoiceIssued(negative)), "invoice amount must be positive")
        XCTAssertEqual(book.validate(.paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i1"), date: today,
                                                              amount: Money(major: 5, currency: .eur)))),
                       "payment in EUR for an invoice in USD")
        XCTAssertEqual(book.validate(.clientRecorded(client("c9", "  "))), "client name is empty")
        XCTAssertNil(book.validate(.paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i1"), date: today,
                                                            amount: Money(major: 5, currency: .usd)))))
    }

    func testUnknownEventTypesAreCountedNotFolded() throws {
        let json = #"{"at":1,"by":"x","data":{"z":1},"dev":"d","id":"e1","seq":1,"type":"future.thing"}"#
        let e = try JSONDecoder().decode(Event.self, from: Data(json.utf8))
        let book = Book(events: [e])
        XCTAssertEqual(book.unknownEventTypes, ["future.thing": 1])
    }

    func testEventIDsAreTimeOrderedUUIDv7() {
        let a = EventID.v7(millis: 1_700_000_000_000, random: (.max, .max))
        let b = EventID.v7(millis: 1_700_000_000_001, random: (0, 0))
        XCTAssertLessThan(a, b)
        XCTAssertEqual(a.raw.count, 36)
        let chars = Array(a.raw)
        XCTAssertEqual(chars[14], "7")
        XCTAssertTrue("89ab".contains(chars[19]))
    }

    func testDemoBookCoversEveryBucketAndCurrency() {
        var m = EventMaker()
        let events = DemoBook.events(today: today).map { m.make($0.body, at: $0.at.millis) }
        let book = Book(events: events)
        XCTAssertGreaterThanOrEqual(book.clients.count, 40)
        let summary = book.agingSummary(today: today)
        XCTAssertTrue(summary.counts.allSatisfy { $0 > 0 }, "\(summary.counts)")
        XCTAssertEqual(Set(summary.currencies), [.idr, .usd, .eur])
        let names = book.clients.values.map(\.name)
        XCTAssertTrue(names.contains("CV Maju Jaya") && names.contains("Dédé Sutisna") && names.contains("株式会社山田"))
        XCTAssertTrue(book.invoices.values.contains { !book.paid($0).isZero && book.balance($0).isPositive },
                      "some invoices are partly paid")
        XCTAssertFalse(book.interactionsByClient.isEmpty)
        // Every demo change passes the checks a save makes, in the order it is written.
        var checked = Book()
        var k = EventMaker()
        for p in DemoBook.events(today: today) {
            XCTAssertNil(checked.validate(p.body), "\(p.body)")
            checked.apply(k.make(p.body, at: p.at.millis))
        }
        // Deterministic: the same day gives the same book.
        XCTAssertEqual(DemoBook.events(today: today), DemoBook.events(today: today))
    }

    func testAnyFoldOrderGivesTheIdenticalBook() {
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        let events = DemoBook.events(today: today).enumerated().map { i, p in
            Event(id: EventID("e\(i)"), at: p.at, device: i % 3 == 0 ? "a" : "b", seq: Int64(i + 1), author: p.author, body: p.body)
        }
        let sorted = Book(events: events.sorted(by: Event.foldOrder))
        var rng = SeededRandom(seed: 99)
        for round in 0..<5 {
            var shuffled = events
            for i in shuffled.indices.reversed() where i > 0 { shuffled.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var b = Book()
            for e in shuffled { b.apply(e) }
            XCTAssertEqual(b, sorted, "round \(round)")
        }
        XCTAssertEqual(Book(events: events.reversed()), sorted)
    }
}
