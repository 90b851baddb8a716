import XCTest
@testable import TagihCore

/// The typed inputs both the app's forms and the commands build: each
/// refuses what it must, names the field, and gives the events to save.
final class InputsTests: XCTestCase {
    let today = CivilDate(iso: "2026-12-01")!
    let c1 = ClientID("c1")

    /// A client owing USD 300.00 on two invoices (100.00 due first, then 200.00).
    func owing() -> Book {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-09-01", due: "2026-10-01", minor: 10_000)
        b.invoice("i2", issued: "2026-10-01", due: "2026-11-01", minor: 20_000)
        return b.book
    }

    func problem<F>(_ r: Result<[EventBody], InputProblem<F>>) -> InputProblem<F>? {
        if case let .failure(p) = r { return p }
        return nil
    }

    func testSnoozeMustBeAfterTodayAndCleansTheNote() throws {
        let book = owing()
        XCTAssertEqual(problem(SnoozeInput(clientID: c1, until: "today").validate(book: book, today: today))?.field, .until)
        XCTAssertEqual(problem(SnoozeInput(clientID: c1, until: "31-12-2026").validate(book: book, today: today))?.field, .until)
        XCTAssertEqual(problem(SnoozeInput(clientID: ClientID("nobody"), until: "+7").validate(book: book, today: today))?.field, .client)
        let events = try SnoozeInput(clientID: c1, until: "+7", note: "away\u{1B}[2J").validate(book: book, today: today).get()
        guard case let .followUpScheduled(f)? = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(f.date.iso, "2026-12-08")
        XCTAssertFalse(f.note.contains("\u{1B}"), "no control bytes reach the journal")
    }

    func testAReasonAboutAnInvoiceMustBeOneOfTheClients() throws {
        var b = BookBuilder()
        b.client()
        b.client("c2", name: "PT Lain")
        b.invoice("i1", issued: "2026-09-01", due: "2026-10-01", minor: 10_000)
        b.invoice("x9", client: "c2", issued: "2026-09-01", due: "2026-10-01", minor: 10_000)
        XCTAssertEqual(problem(ReasonInput(clientID: c1, reason: .dispute, invoice: "INV-x9").validate(book: b.book))?.field, .invoice)
        let events = try ReasonInput(clientID: c1, reason: .dispute, invoice: "INV-i1").validate(book: b.book).get()
        guard case let .reasonRecorded(r)? = events.first else { return XCTFail() }
        XCTAssertEqual(r.invoiceID, InvoiceID("i1"))
    }

    func testAPlanSumsToTheBalanceAndKeepsItsCountAndDatesInRange() throws {
        let book = owing()
        func plan(_ input: PlanInput) -> Result<[EventBody], InputProblem<PlanInput.Field>> { input.validate(book: book, today: today) }
        XCTAssertEqual(problem(plan(PlanInput(clientID: c1, count: "0")))?.field, .count)
        XCTAssertEqual(problem(plan(PlanInput(clientID: c1, count: "121")))?.field, .count)
        XCTAssertEqual(problem(plan(PlanInput(clientID: c1, count: "3", first: "2026-11-30")))?.field, .first)
        let short = problem(plan(PlanInput(clientID: c1, cadence: .custom, schedule: "2026-12-15 100, 2027-01-15 100")))
        XCTAssertEqual(short?.field, .schedule)
        XCTAssertTrue(short?.message.contains("USD 200.00") ?? false, short?.message ?? "")
        XCTAssertEqual(problem(plan(PlanInput(clientID: c1, cadence: .custom, schedule: "2026-12-15")))?.field, .schedule)
        XCTAssertEqual(problem(plan(PlanInput(clientID: c1, cadence: .custom, schedule: "")))?.field, .schedule)
        let custom = try plan(PlanInput(clientID: c1, cadence: .custom, schedule: "2026-12-15 100, 2027-01-15 200")).get()
        guard case let .planAgreed(p)? = custom.first else { return XCTFail() }
        XCTAssertEqual(p.instalments.map(\.amount.minor), [10_000, 20_000])
        XCTAssertEqual(p.invoiceIDs, [InvoiceID("i1"), InvoiceID("i2")])
        let monthly = try plan(PlanInput(clientID: c1, cadence: .month, count: "3", first: "2026-12-31")).get()
        guard case let .planAgreed(m)? = monthly.first else { return XCTFail() }
        XCTAssertEqual(m.instalments.map(\.date.iso), ["2026-12-31", "2027-01-31", "2027-02-28"])
        XCTAssertEqual(m.instalments.reduce(0) { $0 + $1.amount.minor }, 30_000)
    }

    func testAnOfferIsForLessThanTheBalanceAndAnswersNeedAnOpenOne() throws {
        let book = owing()
        func offer(_ amount: String) -> Result<[EventBody], InputProblem<OfferInput.Field>> {
            OfferInput(clientID: c1, amount: amount).validate(book: book, today: today)
        }
        XCTAssertEqual(problem(offer("300"))?.field, .amount)
        XCTAssertEqual(problem(offer("0"))?.field, .amount)
        XCTAssertEqual(problem(OfferInput(clientID: c1, amount: "250", expires: "2026-11-01").validate(book: book, today: today))?.field, .expires)
        XCTAssertEqual(problem(OfferAnswerInput(clientID: c1, accept: true).validate(book: book, today: today, policy: .standard))?.field, .answer)
        var b = BookBuilder()
        b.book = book
        let made = try offer("250").get()
        guard case let .offerMade(o)? = made.first else { return XCTFail() }
        XCTAssertEqual(o.expires?.iso, "2026-12-15", "valid for 14 days unless said")
        b.add(made[0], on: "2026-12-01")
        XCTAssertEqual(problem(OfferAnswerInput(clientID: c1, accept: true, payBy: "2026-11-01").validate(book: b.book, today: today, policy: .standard))?.field, .payBy)
        XCTAssertEqual(problem(OfferAnswerInput(clientID: c1, accept: true, instalments: "0").validate(book: b.book, today: today, policy: .standard))?.field, .instalments)
        let accepted = try OfferAnswerInput(clientID: c1, accept: true, payBy: "2026-12-20").validate(book: b.book, today: today, policy: .standard).get()
        // An agreement: the answer with its day, no payment and no write-off yet.
        XCTAssertEqual(accepted.count, 1)
        guard case let .offerAnswered(a)? = accepted.first else { return XCTFail("\(accepted)") }
        XCTAssertEqual(a.status, .accepted)
        XCTAssertEqual(a.payBy?.iso, "2026-12-20")
        let inPlan = try OfferAnswerInput(clientID: c1, accept: true, instalments: "2").validate(book: b.book, today: today, policy: .standard).get()
        guard inPlan.count == 2, case let .planAgreed(p) = inPlan[1] else { return XCTFail("\(inPlan)") }
        XCTAssertEqual(p.instalments.map(\.amount.minor).reduce(0, +), 25_000, "the plan is of the agreed amount")
    }

    func testAReminderIsTheNextRungUpToTheTopAndSchedulesTheFollowUp() throws {
        let book = owing()
        XCTAssertEqual(problem(ReminderInput(clientID: c1, level: 11).validate(book: book, today: today, policy: .standard))?.field, .level)
        XCTAssertEqual(problem(ReminderInput(clientID: c1, level: 0).validate(book: book, today: today, policy: .standard))?.field, .level)
        let events = try ReminderInput(clientID: c1, text: "Dear…", guardOverride: "called yesterday")
            .validate(book: book, today: today, policy: .standard).get()
        guard case let .reminderSent(r)? = events.first, case let .followUpScheduled(f)? = events.last else { return XCTFail() }
        XCTAssertEqual(r.level, 1)
        XCTAssertEqual(r.invoiceIDs, [InvoiceID("i1"), InvoiceID("i2")])
        XCTAssertTrue(r.text.hasSuffix("[guard overridden: called yesterday]"))
        XCTAssertEqual(f.date, today.adding(days: Policy.standard.cadence.lowerBound))
    }

    func testEscalationNeedsSomeoneAndAnOwnersNoteSaysSomething() throws {
        var b = BookBuilder()
        b.client(owner: nil)
        XCTAssertEqual(problem(EscalationInput(clientID: c1).validate(book: b.book))?.field, .owner)
        XCTAssertEqual(problem(EscalationInput(clientID: c1, kind: .ownerNote, owner: "Budi", note: "  ").validate(book: b.book))?.field, .note)
        let owned = owing()
        let events = try EscalationInput(clientID: c1).validate(book: owned).get()
        guard case let .escalation(e)? = events.first else { return XCTFail() }
        XCTAssertEqual(e.owner, "Rina", "the client's owner unless another is named")
    }

    func testAssigningTheSameOwnerChangesNothing() throws {
        let book = owing()
        XCTAssertEqual(problem(AssignInput(clientID: c1, owner: " ").validate(book: book))?.field, .owner)
        XCTAssertEqual(try AssignInput(clientID: c1, owner: "Rina").validate(book: book).get(), [])
        guard case let .clientRecorded(c)? = try AssignInput(clientID: c1, owner: "Budi").validate(book: book).get().first else { return XCTFail() }
        XCTAssertEqual(c.owner, "Budi")
    }

    func testAWriteOffIsSplitOldestFirstAndNeverExceedsTheBalance() throws {
        let book = owing()
        XCTAssertEqual(problem(WriteOffInput(clientID: c1, amount: "300.01", reason: "insolvent").validate(book: book, today: today))?.field, .amount)
        XCTAssertEqual(problem(WriteOffInput(clientID: c1, amount: "-5", reason: "insolvent").validate(book: book, today: today))?.field, .amount)
        XCTAssertEqual(problem(WriteOffInput(clientID: c1, amount: "10", reason: " ").validate(book: book, today: today))?.field, .reason)
        let events = try WriteOffInput(clientID: c1, amount: "150", reason: "insolvent").validate(book: book, today: today).get()
        let split = events.compactMap { e -> String? in if case let .writtenOff(w) = e { return "\(w.invoiceID.raw) \(w.amount.minor)" } else { return nil } }
        XCTAssertEqual(split, ["i1 10000", "i2 5000"])
        XCTAssertEqual(try WriteOffInput(clientID: c1, reason: "insolvent").validate(book: book, today: today).get().count, 2, "empty: the whole balance")
        XCTAssertFalse(WriteOffInput(clientID: c1, reason: "x").warnings(book: book, today: today, policy: .standard).isEmpty)
    }

    func testACustomScheduleWithDecimalCommasSplitsAtCommaSpaceOrSemicolon() throws {
        let book = owing()
        for written in ["2026-12-15 100,50, 2027-01-15 199,50", "2026-12-15 100,50; 2027-01-15 199,50", "2026-12-15 100,50,2027-01-15 199,50"] {
            let r = PlanInput(clientID: c1, cadence: .custom, schedule: written).validate(book: book, today: today, decimalMark: ",")
            if written.contains(",2027") {
                XCTAssertNotNil(problem(r), "without a space the comma is a decimal mark: \(written)")
                continue
            }
            guard case let .planAgreed(p)? = try r.get().first else { return XCTFail(written) }
            XCTAssertEqual(p.instalments.map(\.amount.minor), [10_050, 19_950], written)
        }
        guard case let .planAgreed(p)? = try PlanInput(clientID: c1, cadence: .custom, schedule: "2026-12-15 100.50,2027-01-15 199.50")
            .validate(book: book, today: today).get().first else { return XCTFail() }
        XCTAssertEqual(p.instalments.count, 2, "with a decimal point, a bare comma separates")
    }

    func testAReasonFindsItsInvoiceWhateverTheCase() throws {
        let events = try ReasonInput(clientID: c1, reason: .dispute, invoice: "inv-i2").validate(book: owing()).get()
        guard case let .reasonRecorded(r)? = events.first else { return XCTFail() }
        XCTAssertEqual(r.invoiceID, InvoiceID("i2"))
    }

    func testEveryInputNamesItsFieldsForTheForms() {
        XCTAssertEqual(PlanInput.Field.allCases.map(\.rawValue), ["client", "cadence", "count", "first", "schedule", "note"])
        XCTAssertEqual(PlanInput.Cadence.allCases.map(\.rawValue), ["month", "fortnight", "week", "custom"])
    }
}
