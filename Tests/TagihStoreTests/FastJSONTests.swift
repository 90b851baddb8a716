import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// The fast journal reader gives exactly what Foundation's decoder gives.
final class FastJSONTests: XCTestCase {
    func decodeBoth(_ line: [UInt8]) -> ([Event]?, [Event]?) {
        let payload = Array(line[JournalLine.headerCount..<(line.count - 2)])
        let fast = payload.withUnsafeBufferPointer { FastJSON.parse($0) }.flatMap(FastEvents.events)
        let slow = try? JSONDecoder().decode(JournalScan.Save.self, from: Data(payload)).events
        return (fast, slow)
    }

    func testEveryEventKindMatchesFoundation() throws {
        let today = CivilDate(iso: "2026-11-30")!
        var bodies = DemoBook.events(today: today) + BenchBook.events(.init(clients: 30, invoices: 120, events: 600), today: today)
        let weird = "Quote \" back\\slash / tab\t new\nline \u{1B} é 日本 👩‍💻 \u{0}"
        bodies.append(PendingEvent(at: Timestamp(millis: -5), author: weird, body: .clientRecorded(
            Client(id: ClientID(weird), name: weird, contactPerson: weird, phone: "", email: "", address: "", termsDays: nil, contractRef: nil, owner: weird))))
        bodies.append(PendingEvent(at: Timestamp(millis: 1), author: "a", body: .writtenOff(WriteOff(id: "w", invoiceID: InvoiceID("i"), amount: Money(minor: 5, currency: .jpy), reason: weird, date: today))))
        bodies.append(PendingEvent(at: Timestamp(millis: 4), author: "a", body: .followUpScheduled(FollowUpScheduled(clientID: ClientID("c"), date: today, note: weird))))
        bodies.append(PendingEvent(at: Timestamp(millis: 2), author: "a", body: .offerAnswered(OfferAnswer(offerID: "o", status: .rejected, date: today))))
        bodies.append(PendingEvent(at: Timestamp(millis: 3), author: "a", body: .escalation(EscalationRecord(clientID: ClientID("c"), kind: .ownerNote, owner: "o", note: weird))))
        bodies.append(PendingEvent(at: Timestamp(millis: 5), author: "a", body: .offerAnswered(OfferAnswer(offerID: "o", status: .accepted, date: today, payBy: today, instalments: 3, invoiceIDs: [InvoiceID("i")], balance: Money(minor: 9, currency: .idr)))))
        bodies.append(PendingEvent(at: Timestamp(millis: 6), author: "a", body: .clientRecorded(Client(id: ClientID("c"), name: "n", termsDays: 30, currencyCode: "IDR"))))
        for c in [Correction(kind: .reversePayment, clientID: ClientID("c"), invoiceID: InvoiceID("i"), target: "p", amount: Money(minor: 5, currency: .idr), reason: weird, date: today),
                  Correction(kind: .amendContact, clientID: ClientID("c"), target: "x", reason: "r", date: today, notes: weird, outcome: .promised,
                             promise: PromiseToPay(amount: Money(minor: 7, currency: .usd), date: today)),
                  Correction(kind: .amendContact, clientID: ClientID("c"), target: "x", reason: "r", date: today, dropsPromise: true),
                  Correction(kind: .withdraw, clientID: ClientID("c"), target: "e1", reason: "undone", date: today)] {
            bodies.append(PendingEvent(at: Timestamp(millis: 7), author: "a", body: .corrected(c)))
        }
        var kinds: Set<String> = []
        for (n, p) in bodies.enumerated() {
            let e = Event(id: EventID("e\(n)"), at: p.at, device: "d", seq: Int64(n), author: p.author, body: p.body)
            kinds.insert(e.body.kind)
            let (fast, slow) = decodeBoth(try JournalLine.encode(e))
            XCTAssertNotNil(fast, "\(e.body.kind)")
            XCTAssertEqual(fast, slow, "\(e.body.kind)")
            XCTAssertEqual(fast, [e])
        }
        XCTAssertEqual(kinds.count, 13, "every kind of event is covered: \(kinds.sorted())")
        let batch = (0..<3).map { Event(id: EventID("b\($0)"), at: Timestamp(millis: 9), device: "d", seq: Int64($0), author: "a", body: bodies[$0].body) }
        XCTAssertEqual(decodeBoth(try JournalLine.encode(save: batch)).0, batch)
    }

    func testUnexpectedInputFallsBack() {
        for text in ["{\"at\":1.5}", "{\"a\":", "[1,]", "\"\\q\"", "{\"x\":1} trailing", "12345678901234567890"] {
            let bytes = Array(text.utf8)
            let v = bytes.withUnsafeBufferPointer { FastJSON.parse($0) }
            XCTAssertTrue(v == nil || FastEvents.events(v!) == nil, text)
        }
    }
}
