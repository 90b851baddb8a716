import XCTest
@testable import TagihCore

/// Corrections are new events; the book's sums follow them in any fold order.
final class CorrectionTests: XCTestCase {
    private func book() -> BookBuilder {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-09-01", due: "2026-10-01", minor: 10_000)
        b.invoice("i2", issued: "2026-09-15", due: "2026-10-15", minor: 4_000)
        return b
    }

    private func inv(_ b: BookBuilder, _ id: String) -> Invoice { b.book.invoices[InvoiceID(id)]! }

    func testReversingAPaymentBringsTheBalanceBackAndBreaksThePromiseItKept() {
        var b = book()
        b.contact(on: "2026-11-01", promise: PromiseToPay(amount: Money(minor: 3_000, currency: .usd), date: day("2026-11-10")))
        b.pay("i1", 3_000, on: "2026-11-05")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-20")).keptPromises, 1)
        let pid = b.book.paymentsByInvoice[InvoiceID("i1")]!.first!.id
        let r = try! ReversalInput(paymentID: String(pid.prefix(8)), reason: "giro tolak").validate(book: b.book, today: day("2026-11-20")).get()
        b.add(.corrected(r), on: "2026-11-20")
        XCTAssertEqual(b.book.balance(inv(b, "i1")).minor, 10_000)
        XCTAssertEqual(b.book.reversedPayments[InvoiceID("i1")]?.first?.id, pid)
        let s = b.book.status(ClientID("c1"), today: day("2026-11-20"))
        XCTAssertEqual(s.brokenPromises, 1)
        XCTAssertEqual(KPIReport(book: b.book, today: day("2026-11-20")).currencies.first?.collectedThisMonth.minor, 0)
        // Twice is refused, by the input and by the book.
        XCTAssertNotNil(b.book.validate(.corrected(r)))
        if case .success = ReversalInput(paymentID: pid, reason: "again").validate(book: b.book, today: day("2026-11-20")) { XCTFail("reversed twice") }
    }

    func testACreditReducesWhatIsOwedWithoutCountingAsCollected() {
        var b = book()
        let c = try! CreditInput(invoiceID: InvoiceID("i1"), amount: "25.00", reason: "damaged goods").validate(book: b.book, today: day("2026-11-03")).get()
        b.add(.corrected(c), on: "2026-11-03")
        XCTAssertEqual(b.book.balance(inv(b, "i1")).minor, 7_500)
        XCTAssertEqual(b.book.credited(inv(b, "i1")).minor, 2_500)
        let k = KPIReport(book: b.book, today: day("2026-11-03")).currencies.first!
        XCTAssertEqual(k.collectedThisMonth.minor, 0)
        XCTAssertEqual(k.receivables.minor, 11_500)
        if case .success = CreditInput(invoiceID: InvoiceID("i1"), amount: "80", reason: "x").validate(book: b.book, today: day("2026-11-03")) {
            XCTFail("a credit beyond the balance")
        }
    }

    func testVoidingLeavesNothingOwedAndRefusesAnInvoiceWithPayments() {
        var b = book()
        b.pay("i2", 1_000, on: "2026-10-20")
        if case .success = VoidInput(invoiceID: InvoiceID("i2"), reason: "x").validate(book: b.book, today: day("2026-11-01")) { XCTFail("voided a paid invoice") }
        let v = try! VoidInput(invoiceID: InvoiceID("i1"), reason: "issued twice").validate(book: b.book, today: day("2026-11-01")).get()
        b.add(.corrected(v), on: "2026-11-01")
        XCTAssertEqual(b.book.balance(inv(b, "i1")).minor, 0)
        XCTAssertNotNil(b.book.voiding(inv(b, "i1")))
        XCTAssertEqual(b.book.overdueRows(today: day("2026-11-01")).map(\.invoice.id), [InvoiceID("i2")])
    }

    func testAnAmendedContactShowsItsCurrentVersionAndKeepsTheEarlierOnes() {
        var b = book()
        b.contact(on: "2026-11-01")
        let id = b.book.timeline(ClientID("c1")).first!.id
        let a = try! AmendInput(contactID: id, notes: "Pak Budi: transfer Friday", outcome: "promised", promise: "20@2026-11-06")
            .validate(book: b.book, today: day("2026-11-02")).get()
        b.add(.corrected(a), on: "2026-11-02")
        let now = b.book.timeline(ClientID("c1")).first!
        XCTAssertEqual(now.notes, "Pak Budi: transfer Friday")
        XCTAssertEqual(now.promise?.amount.minor, 2_000)
        XCTAssertTrue(b.book.isAmended(contact: id, client: ClientID("c1")))
        XCTAssertEqual(b.book.contactVersions(id, client: ClientID("c1")).map(\.notes), ["", "Pak Budi: transfer Friday"])
    }

    /// Undo writes the reversal of each change; the book comes back to what it was.
    func testUndoTakesBackEachKindOfChange() {
        var b = book()
        let before = (b.book.balances(of: ClientID("c1")), b.book.timeline(ClientID("c1")).count)
        let changes: [EventBody] = [
            .paymentRecorded(Payment(id: "", invoiceID: InvoiceID("i1"), date: day("2026-11-01"), amount: Money(minor: 500, currency: .usd))),
            .followUpScheduled(FollowUpScheduled(clientID: ClientID("c1"), date: day("2026-11-09"))),
            .interactionLogged(Interaction(id: "", clientID: ClientID("c1"), kind: .call, at: Timestamp(millis: 1), outcome: .reached, notes: "", by: "R")),
            .corrected(Correction(kind: .credit, clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), amount: Money(minor: 100, currency: .usd), reason: "r", date: day("2026-11-01"))),
        ]
        var made: [Event] = []
        for c in changes {
            let e = b.maker.make(c, at: Int64(day("2026-11-01").dayNumber) * 86_400_000)
            b.book.apply(e)
            made.append(e)
        }
        XCTAssertNotEqual(b.book.balances(of: ClientID("c1")), before.0)
        for e in made.reversed() {
            let undo = b.book.undoing([e], today: day("2026-11-02"))
            XCTAssertNotNil(undo, "\(e.body)")
            for u in undo ?? [] { XCTAssertNil(b.book.validate(u)); b.add(u, on: "2026-11-02") }
            XCTAssertNil(b.book.undoing([e], today: day("2026-11-02")), "undone twice: \(e.body)")
        }
        XCTAssertEqual(b.book.balances(of: ClientID("c1")), before.0)
        XCTAssertEqual(b.book.timeline(ClientID("c1")).count, before.1)
        XCTAssertTrue(b.book.followUps[ClientID("c1")]?.isEmpty ?? true)
    }

    /// Corrections folded before what they correct give the same book.
    func testCorrectionsAreOrderIndependent() {
        var b = book()
        b.pay("i1", 2_000, on: "2026-11-01")
        b.contact(on: "2026-11-01")
        let pid = b.book.paymentsByInvoice[InvoiceID("i1")]!.first!.id
        let cid = b.book.timeline(ClientID("c1")).first!.id
        b.add(.corrected(Correction(kind: .reversePayment, clientID: ClientID("c1"), invoiceID: InvoiceID("i1"), target: pid, reason: "r", date: day("2026-11-02"))), on: "2026-11-02")
        b.add(.corrected(Correction(kind: .amendContact, clientID: ClientID("c1"), target: cid, reason: "r", date: day("2026-11-02"), notes: "new")), on: "2026-11-02")
        b.add(.corrected(Correction(kind: .credit, clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), amount: Money(minor: 400, currency: .usd), reason: "r", date: day("2026-11-02"))), on: "2026-11-02")
        let events = b.events
        let forward = Book(events: events)
        let backward = Book(events: events.reversed())
        XCTAssertEqual(forward, backward)
        XCTAssertEqual(backward.balance(backward.invoices[InvoiceID("i1")]!).minor, 10_000)
        XCTAssertEqual(backward.timeline(ClientID("c1")).first?.notes, "new")
        let bytes = forward.snapshotBytes()
        let again = bytes.withUnsafeBufferPointer { p -> Book? in var r = SnapshotReader(p); return try? Book(snapshot: &r) }
        XCTAssertEqual(again?.balance(forward.invoices[InvoiceID("i1")]!).minor, 10_000)
        XCTAssertEqual(again?.credited(forward.invoices[InvoiceID("i2")]!).minor, 400)
        XCTAssertEqual(again?.timeline(ClientID("c1")).first?.notes, "new")
    }
}
