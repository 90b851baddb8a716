import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// A structure-aware fuzzer of teammates' journals (fixed seed, a few hundred
/// cases): lines with valid checksums of every event type with random values
/// in and out of range, deep nesting, huge texts, duplicate ids, ids reused
/// with other content, and damaged lines. For each journal: no crash, no case
/// over 2 s, every refused line reported at its offset, every good line folded,
/// and the same book whatever order the lines come in.
final class JournalFuzzTests: XCTestCase {
    var rng = SeededRandom(seed: 2026)

    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    func int(_ range: ClosedRange<Int64>) -> Int64 { range.lowerBound + Int64(rng.next() % UInt64(range.upperBound - range.lowerBound + 1)) }

    func text(_ max: Int = 40) -> String {
        let pieces = ["a", "Dédé", "株式会社", "🌿", "👨‍👩‍👧", " ", "\n", "\u{1B}[2J", "\"", "\\", "é", "\u{202E}", "0", "-"]
        return (0..<Int(rng.next() % UInt64(max))).map { _ in pick(pieces) }.joined()
    }

    func money() -> Money {
        Money(minor: int(1...Money.limit), currency: pick([.idr, .usd, .eur, .jpy, .kwd]))
    }

    func date() -> CivilDate { CivilDate(dayNumber: Int(int(-25_567...84_000))) }   // 1900 to 2199

    /// A record within every limit, of a random kind.
    func body(_ clients: [String], _ invoices: [String]) -> EventBody {
        let c = ClientID(pick(clients)), i = InvoiceID(pick(invoices))
        let at = Timestamp(millis: int(EventLimits.timeRange))
        switch rng.next() % 12 {
        case 0: return .clientRecorded(Client(id: c, name: text(), contactPerson: text(), phone: text(10), email: text(10), address: text(),
                                              termsDays: rng.next() % 2 == 0 ? nil : Int(int(0...3650)), contractRef: nil, owner: text(8)))
        case 1: return .invoiceIssued(Invoice(id: i, number: text(12), clientID: c, issued: date(), due: date(), amount: money()))
        case 2: return .paymentRecorded(Payment(id: text(6), invoiceID: i, date: date(), amount: money(), method: text(8)))
        case 3: return .interactionLogged(Interaction(id: text(4), clientID: c, invoiceIDs: [i], kind: pick(InteractionKind.allCases), at: at,
                                                      durationSeconds: Int(int(0...86_400)), outcome: pick(Outcome.allCases), notes: text(200),
                                                      by: text(8), nextFollowUp: date(),
                                                      promise: rng.next() % 2 == 0 ? nil : PromiseToPay(amount: money(), date: date())))
        case 4: return .followUpScheduled(FollowUpScheduled(clientID: c, date: date(), note: text()))
        case 5: return .reasonRecorded(ReasonRecord(clientID: c, invoiceID: i, reason: pick(NonPaymentReason.allCases), note: text()))
        case 6: return .planAgreed(PaymentPlan(id: text(4), clientID: c, invoiceIDs: [i], agreedOn: date(),
                                               instalments: (0..<Int(int(0...5))).map { _ in Instalment(date: date(), amount: money()) }, note: text()))
        case 7: return .offerMade(SettlementOffer(id: "o-" + text(3), clientID: c, amount: money(), offeredBy: pick([.us, .client]), date: date(),
                                                  expires: date(), note: text()))
        case 8: return .offerAnswered(OfferAnswer(offerID: "o-" + text(3), status: pick([.proposed, .accepted, .rejected, .expired]), date: date()))
        case 9: return .reminderSent(ReminderSent(clientID: c, level: Int(int(1...10)), invoiceIDs: [i], text: text(300)))
        case 10: return .escalation(EscalationRecord(clientID: c, kind: pick([.escalated, .ownerNote]), owner: text(8), note: text()))
        default: return .writtenOff(WriteOff(id: text(4), invoiceID: i, amount: money(), reason: text(), date: date()))
        }
    }

    /// Bytes of one line that tagih must refuse although its checksum is right.
    func refusedLine(_ base: Event) throws -> [UInt8] {
        var e = base
        switch rng.next() % 9 {
        case 0: e.seq = pick([.max, EventLimits.maxSeq + 1, -1])
        case 1: e.at = Timestamp(millis: pick([.max, .min, -1, EventLimits.timeRange.upperBound + 1]))
        case 2: e.body = .reminderSent(ReminderSent(clientID: ClientID("c1"), level: pick([.max, .min, 0, 11]), invoiceIDs: [], text: ""))
        case 3: e.body = .paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i1"), date: date(),
                                                  amount: Money(minor: pick([.max, .min + 1, Money.limit + 1, 0, -1, -Money.limit]), currency: .idr), method: ""))
        case 4: e.body = .followUpScheduled(FollowUpScheduled(clientID: ClientID("c1"), date: date(), note: String(repeating: "w", count: EventLimits.longText + 1)))
        case 5: e.author = String(repeating: "n", count: EventLimits.shortText + 1)
        case 6:
            let depth = Int(int(33...5_000))
            return JournalLine.frame(payload: Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))
        case 7: return JournalLine.frame(payload: Array(pick(["{}", "[]", "null", "\"x\"", "{\"id\":1}", "[{\"at\":\"x\"}]", "1e999", "{\"a\":"]).utf8))
        default: return JournalLine.frame(payload: [0x22, 0xC3, 0x28, 0x22])   // a string of invalid UTF-8
        }
        return try JournalLine.encode(e)
    }

    /// What a generated journal should give.
    struct Expected {
        var bytes: [UInt8] = []
        var lines: [[UInt8]] = []
        var refusedOffsets: [Int] = []
        var damagedOffsets: [Int] = []
        var folded: [String: Set<UInt64>] = [:]
    }

    func journal() throws -> Expected {
        var x = Expected()
        var written: [Event] = []
        let clients = (1...3).map { "c\($0)" }, invoices = (1...4).map { "i\($0)" }
        for n in 0..<Int(int(1...30)) {
            let roll = rng.next() % 100
            var line: [UInt8]
            if roll < 10, let old = written.randomElement(using: &rng) {
                line = try JournalLine.encode(old)                                    // the same event again
            } else if roll < 15, var old = written.randomElement(using: &rng) {
                old.body = body(clients, invoices)                                    // an id reused with other content
                line = try JournalLine.encode(old)
                if old.limitProblem == nil { written.append(old); x.folded[old.id.raw, default: []].insert(old.fingerprint) }
            } else if roll < 35 {
                line = try refusedLine(Event(id: EventID("r\(n)"), at: Timestamp(millis: 1_790_000_000_000), device: "mate", seq: Int64(n + 1),
                                             author: "m", body: body(clients, invoices)))
                x.refusedOffsets.append(x.bytes.count)
            } else if roll < 38 {
                line = try JournalLine.encode(Event(id: EventID("d\(n)"), at: Timestamp(millis: 1), device: "mate", seq: 1, author: "m",
                                                    body: body(clients, invoices)))
                line[Int(rng.next() % UInt64(line.count - 1))] ^= 0x01                // damage; the line still ends in a newline
                x.damagedOffsets.append(x.bytes.count)
            } else {
                let e = Event(id: EventID(n % 7 == 0 ? "legacy-\(n)" : EventID.v7(millis: 1_790_000_000_000 + Int64(n), random: (rng.next(), rng.next())).raw),
                              at: Timestamp(millis: int(EventLimits.timeRange)), device: pick(["mate", "other"]), seq: int(0...EventLimits.maxSeq),
                              author: text(8), body: body(clients, invoices))
                line = try JournalLine.encode(e)
                written.append(e)
                x.folded[e.id.raw, default: []].insert(e.fingerprint)
            }
            x.lines.append(line)
            x.bytes += line
        }
        return x
    }

    func testTeammatesJournalsFromTheFuzzer() throws {
        for round in 0..<300 {
            let x = try journal()
            let dir = makeTempDirectory(self)
            let data = DataDirectory(path: dir)
            try FileManager.default.createDirectory(atPath: data.journalDirectory, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: data.journalDirectory + "/mate.jsonl", contents: Data(x.bytes))
            let started = Date()
            let store = try BookStore.open(data, options: .init(device: "me", useSnapshot: false))
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "round \(round): no hang")
            for o in x.refusedOffsets {
                XCTAssertTrue(store.warnings.contains { $0.contains("journal/mate.jsonl: record at byte \(o) left out") }, "round \(round), offset \(o): \(store.warnings)")
            }
            if let first = x.damagedOffsets.first {
                XCTAssertTrue(store.readOnlyReason?.contains("byte \(first)") ?? false, "round \(round): \(store.readOnlyReason ?? "writable")")
            } else {
                XCTAssertNil(store.readOnlyReason, "round \(round)")
            }
            XCTAssertEqual(store.linesLeftOut, x.refusedOffsets.count, "round \(round): \(store.warnings)")
            XCTAssertEqual(store.book.eventCount, x.folded.values.reduce(0) { $0 + $1.count }, "round \(round): every good line folded once")
            XCTAssertEqual(Set(store.book.idConflicts.map(\.raw)), Set(x.folded.filter { $0.value.count > 1 }.keys), "round \(round)")
            // The same lines in another order (and in two files) give the identical book.
            var shuffled = x.lines.shuffled(using: &rng)
            let half = shuffled.count / 2
            FileManager.default.createFile(atPath: data.journalDirectory + "/mate.jsonl", contents: Data(shuffled[..<half].joined()))
            FileManager.default.createFile(atPath: data.journalDirectory + "/zz.jsonl", contents: Data(shuffled[half...].joined()))
            shuffled.removeAll()
            let other = try BookStore.open(data, options: .init(device: "me", readOnly: true)).book
            if other != store.book {
                let a = store.book, b = other
                let diffs: [(String, Bool)] = [("clients", a.clients == b.clients), ("invoices", a.invoices == b.invoices), ("payments", a.paymentsByInvoice == b.paymentsByInvoice),
                    ("interactions", a.interactionsByClient == b.interactionsByClient), ("invByClient", a.invoicesByClient == b.invoicesByClient),
                    ("followUps", a.followUps == b.followUps), ("reasons", a.reasons == b.reasons), ("plans", a.plans == b.plans), ("offers", a.offers == b.offers),
                    ("answers", a.offerAnswers == b.offerAnswers), ("reminders", a.reminders == b.reminders), ("esc", a.escalations == b.escalations),
                    ("wo", a.writeOffsByInvoice == b.writeOffsByInvoice), ("supC", a.supersededClients == b.supersededClients),
                    ("supI", a.supersededInvoices == b.supersededInvoices), ("count", a.eventCount == b.eventCount), ("totals", a.invoicedTotals == b.invoicedTotals)]
                XCTFail("round \(round): not order-free, the books differ in \(diffs.filter { !$0.1 }.map(\.0))")
            }
        }
    }
}
