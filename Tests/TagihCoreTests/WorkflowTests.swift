import XCTest
@testable import TagihCore

/// A small book built event by event, with dates as the events' times.
struct BookBuilder {
    var maker = EventMaker()
    var book = Book()

    mutating func add(_ body: EventBody, on day: String, hour: Int = 10) {
        let d = CivilDate(iso: day)!
        let at = Int64(d.dayNumber) * 86_400_000 + Int64(hour) * 3_600_000
        precondition(book.validate(body) == nil, "\(body): \(book.validate(body)!)")
        book.apply(maker.make(body, at: at))
    }

    mutating func client(_ id: String = "c1", name: String = "CV Maju Jaya", owner: String? = "Rina") {
        add(.clientRecorded(Client(id: ClientID(id), name: name, termsDays: 30, contractRef: "k", owner: owner)), on: "2025-01-01")
    }

    mutating func invoice(_ id: String, client: String = "c1", issued: String, due: String, minor: Int64, _ c: Currency = .usd) {
        add(.invoiceIssued(Invoice(id: InvoiceID(id), number: "INV-\(id)", clientID: ClientID(client),
                                   issued: CivilDate(iso: issued)!, due: CivilDate(iso: due)!,
                                   amount: Money(minor: minor, currency: c))), on: issued, hour: 8)
    }

    mutating func pay(_ id: String, _ minor: Int64, on day: String, _ c: Currency = .usd) {
        add(.paymentRecorded(Payment(id: "", invoiceID: InvoiceID(id), date: CivilDate(iso: day)!,
                                     amount: Money(minor: minor, currency: c))), on: day, hour: 15)
    }

    mutating func call(_ client: String = "c1", on day: String, promise: PromiseToPay? = nil, next: String? = nil) {
        add(.interactionLogged(Interaction(id: "", clientID: ClientID(client), kind: .call, at: Timestamp(millis: 0),
                                           outcome: promise == nil ? .reached : .promised, notes: "", by: "Rina",
                                           nextFollowUp: next.flatMap { CivilDate(iso: $0) }, promise: promise)), on: day)
    }
}

/// `add` stamps events with their day; interactions take the event's time.
extension BookBuilder {
    mutating func contact(_ client: String = "c1", on day: String, promise: PromiseToPay? = nil, next: String? = nil) {
        let d = CivilDate(iso: day)!
        let at = Timestamp(millis: Int64(d.dayNumber) * 86_400_000 + 36_000_000)
        add(.interactionLogged(Interaction(id: "", clientID: ClientID(client), kind: .call, at: at,
                                           outcome: promise == nil ? .reached : .promised, notes: "", by: "Rina",
                                           nextFollowUp: next.flatMap { CivilDate(iso: $0) }, promise: promise)), on: day)
    }
}

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

final class ContactGuardTests: XCTestCase {
    func testSixDaysWarnsSevenDoesNot() {
        var b = BookBuilder()
        b.client()
        b.contact(on: "2026-11-20")
        let p = Policy.standard
        let six = b.book.contactWarning(ClientID("c1"), today: day("2026-11-26"), policy: p)
        XCTAssertEqual(six?.kind, .tooSoon(daysAgo: 6))
        XCTAssertTrue(six!.message.contains("2026-11-20"), six!.message)
        XCTAssertTrue(six!.message.contains("6 days ago"), six!.message)
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-27"), policy: p))
    }

    func testTheThirtyDayMaximum() {
        var b = BookBuilder()
        b.client()
        for d in ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27"] { b.contact(on: d) }
        // 4 contacts in the 30 days up to 2026-11-04 (10-06 is 29 days before): at the maximum.
        let w = b.book.contactWarning(ClientID("c1"), today: day("2026-11-04"), policy: .standard)
        XCTAssertEqual(w?.kind, .tooOften(count: 4))
        XCTAssertTrue(w!.message.contains("4 times in the last 30 days"), w!.message)
        // A day later the oldest falls out of the window.
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-05"), policy: .standard))
    }

    func testNeverContactedHasNoWarning() {
        var b = BookBuilder()
        b.client()
        XCTAssertNil(b.book.contactWarning(ClientID("c1"), today: day("2026-11-04"), policy: .standard))
    }
}

final class PromiseAndPlanTests: XCTestCase {
    func setup() -> BookBuilder {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-08-01", due: "2026-08-31", minor: 100_000)
        b.contact(on: "2026-10-01", promise: PromiseToPay(amount: Money(minor: 40_000, currency: .usd), date: day("2026-10-10")))
        return b
    }

    func testOpenThenKept() {
        var b = setup()
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-05")).promises.first?.state, .open)
        b.pay("i1", 25_000, on: "2026-10-04")
        b.pay("i1", 15_000, on: "2026-10-10")
        let s = b.book.status(ClientID("c1"), today: day("2026-10-20"))
        XCTAssertEqual(s.promises.first?.state, .kept)
        XCTAssertEqual(s.promises.first?.paidTowards.minor, 40_000)
    }

    func testBrokenWhenPastTheDateAndNotCovered() {
        var b = setup()
        b.pay("i1", 39_999, on: "2026-10-09")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-10")).promises.first?.state, .open, "due today is not broken yet")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-11")).promises.first?.state, .broken)
        b.pay("i1", 10_000, on: "2026-10-12")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-12")).promises.first?.state, .broken, "paid late is still broken")
    }

    func testInstalmentsPaidDueAndMissed() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-06-01", due: "2026-07-01", minor: 90_000)
        let plan = PaymentPlan(id: "", clientID: ClientID("c1"), invoiceIDs: [InvoiceID("i1")], agreedOn: day("2026-09-01"),
                               instalments: Book.schedule(total: Money(minor: 90_000, currency: .usd), count: 3,
                                                          first: day("2026-09-15"), stepDays: 0, monthly: true))
        XCTAssertEqual(plan.instalments.map(\.date.iso), ["2026-09-15", "2026-10-15", "2026-11-15"])
        b.add(.planAgreed(plan), on: "2026-09-01")
        b.pay("i1", 30_000, on: "2026-09-14")
        var s = b.book.status(ClientID("c1"), today: day("2026-10-01"))
        XCTAssertEqual(s.plan?.instalments.map(\.state), [.paid, .due, .due])
        XCTAssertTrue(s.paused.contains(InvoiceID("i1")), "chasing pauses while the plan is kept")
        s = b.book.status(ClientID("c1"), today: day("2026-10-16"))
        XCTAssertEqual(s.plan?.instalments.map(\.state), [.paid, .missed, .due])
        XCTAssertTrue(s.missedInstalment)
        XCTAssertFalse(s.paused.contains(InvoiceID("i1")), "a missed instalment resumes chasing")
        b.pay("i1", 30_000, on: "2026-10-20")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-10-21")).plan?.instalments.map(\.state), [.paid, .paid, .due])
    }

    func testScheduleSplitsWithRoundingInTheLastAndClampsMonthEnds() {
        let s = Book.schedule(total: Money(minor: 100, currency: .jpy), count: 3, first: day("2026-01-31"), stepDays: 0, monthly: true)
        XCTAssertEqual(s.map(\.amount.minor), [33, 33, 34])
        XCTAssertEqual(s.map(\.date.iso), ["2026-01-31", "2026-02-28", "2026-03-31"])
        let w = Book.schedule(total: Money(minor: 1000, currency: .usd), count: 2, first: day("2026-12-28"), stepDays: 14, monthly: false)
        XCTAssertEqual(w.map(\.date.iso), ["2026-12-28", "2027-01-11"])
    }

    func testDisputePausesThatInvoiceOnlyUntilResolved() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-06-01", due: "2026-07-01", minor: 1000)
        b.invoice("i2", issued: "2026-06-01", due: "2026-07-01", minor: 1000)
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), reason: .dispute, note: "damaged")), on: "2026-07-05")
        var s = b.book.status(ClientID("c1"), today: day("2026-08-01"))
        XCTAssertEqual(s.disputed, [InvoiceID("i2")])
        XCTAssertEqual(s.reason(for: InvoiceID("i2")), .dispute)
        XCTAssertNil(s.reason(for: InvoiceID("i1")))
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), invoiceID: InvoiceID("i2"), reason: .unknown, note: "credit note agreed")), on: "2026-07-20")
        s = b.book.status(ClientID("c1"), today: day("2026-08-01"))
        XCTAssertTrue(s.disputed.isEmpty)
    }
}

final class SettlementTests: XCTestCase {
    /// The guide's case: 20,000 owed, 120 days late, 5,000 accepted, 15,000 written off, the client closed.
    func testTheGuidesCase() {
        for currency in [Currency.usd, .jpy] {
            var b = BookBuilder()
            b.client()
            let unit = currency.minorPerMajor
            b.invoice("i1", issued: "2026-07-01", due: "2026-08-02", minor: 12_000 * unit, currency)
            b.invoice("i2", issued: "2026-07-15", due: "2026-08-14", minor: 8_000 * unit, currency)
            let today = day("2026-11-30")
            XCTAssertEqual(b.book.invoices[InvoiceID("i1")]!.daysLate(on: today), 120)
            let offer = SettlementOffer(id: "o1", clientID: ClientID("c1"), amount: Money(major: 5_000, currency: currency),
                                        offeredBy: .client, date: today, expires: today.adding(days: 14))
            b.add(.offerMade(offer), on: "2026-11-30")
            XCTAssertEqual(b.book.status(ClientID("c1"), today: today).offers.first?.status, .proposed)
            for e in b.book.acceptance(of: offer, on: today) { b.add(e, on: "2026-11-30", hour: 11) }
            let s = b.book.status(ClientID("c1"), today: today)
            XCTAssertEqual(s.offers.first?.status, .accepted)
            XCTAssertTrue(b.book.balances(of: ClientID("c1")).isEmpty, "the client is closed")
            let paid = b.book.invoices(of: ClientID("c1")).reduce(0) { $0 + b.book.paid($1).minor }
            let written = b.book.invoices(of: ClientID("c1")).reduce(0) { $0 + b.book.writtenOff($1).minor }
            XCTAssertEqual(paid, 5_000 * unit)
            XCTAssertEqual(written, 15_000 * unit)
            XCTAssertTrue(b.book.writeOffsByInvoice.values.joined().allSatisfy { $0.reason == "settlement" })
            XCTAssertTrue(b.book.overdueRows(today: today).isEmpty)
        }
    }

    func testOfferExpires() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 1000)
        b.add(.offerMade(SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 500, currency: .usd),
                                         offeredBy: .us, date: day("2026-09-01"), expires: day("2026-09-10"))), on: "2026-09-01")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-09-10")).offers.first?.status, .proposed)
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-09-11")).offers.first?.status, .expired)
    }

    func testWriteOffWarnsUntilTheLadderIsExhaustedAndASettlementTried() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-01-01", due: "2026-02-01", minor: 1000)
        var w = b.book.writeOffWarnings(ClientID("c1"), status: b.book.status(ClientID("c1"), today: day("2026-11-30")), policy: .standard)
        XCTAssertEqual(w.count, 2)
        for level in 1...3 { b.add(.reminderSent(ReminderSent(clientID: ClientID("c1"), level: level)), on: "2026-0\(level + 2)-01") }
        b.add(.offerMade(SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 500, currency: .usd),
                                         offeredBy: .us, date: day("2026-06-01"))), on: "2026-06-01")
        let s = b.book.status(ClientID("c1"), today: day("2026-11-30"))
        w = b.book.writeOffWarnings(ClientID("c1"), status: s, policy: .standard)
        XCTAssertEqual(w, [])
        XCTAssertTrue(s.escalated, "escalated after the third reminder")
    }
}

final class RecoveryAndRightsTests: XCTestCase {
    func testCurveInterpolation() {
        let c = RecoveryCurve.ccaa
        XCTAssertEqual(c.rate(daysLate: 0), 0.949, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 30), 0.899, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 45), (0.899 + 0.813) / 2, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 120), 0.696 + (0.521 - 0.696) / 3, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 730), 0.093, accuracy: 1e-9)
        XCTAssertEqual(c.rate(daysLate: 2000), 0.093, accuracy: 1e-9)
    }

    func testEstimateShowsItsBasis() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-05-01", due: "2026-06-03", minor: 1000)
        b.add(.reasonRecorded(ReasonRecord(clientID: ClientID("c1"), reason: .dispute)), on: "2026-07-01")
        let today = day("2026-11-30")   // 180 days after 2026-06-03
        let s = b.book.status(ClientID("c1"), today: today)
        let e = b.book.recovery(ClientID("c1"), today: today, status: s)!
        XCTAssertEqual(e.probability, 0.521 * 0.75, accuracy: 1e-9)
        XCTAssertEqual(e.basis.first, "52.1% at 180 days past due (CCAA survey curve)")
        XCTAssertTrue(e.basis.contains("× 0.75 dispute or complaint"))
        let cmp = OfferComparison(balance: Money(minor: 20_000_00, currency: .usd), offer: Money(minor: 5_000_00, currency: .usd),
                                  recovery: e.probability)
        XCTAssertEqual(cmp.holdOut.minor, 781_500)
        XCTAssertFalse(cmp.acceptIsBetter)
    }

    func testStatutoryClaims() {
        let bal = Money(minor: 1_000_000, currency: .eur)   // €10,000
        // EU: (2.15% + 8%) for 73 days = 10.15% × 73/365 = 2.03% → €203.00.
        let eu = RightsPreset.eu.claim(balance: bal, daysLate: 73, referenceRateBasisPoints: 215)!
        XCTAssertEqual(eu.interest.minor, 20_300)
        XCTAssertEqual(eu.compensation, Money(major: 40, currency: .eur))
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 999, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 4_000)
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 5_000, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 7_000)
        XCTAssertEqual(RightsPreset.uk.claim(balance: Money(major: 10_000, currency: .gbp), daysLate: 10, referenceRateBasisPoints: 0)!.compensation.minor, 10_000)
        XCTAssertNil(RightsPreset.none.claim(balance: bal, daysLate: 10, referenceRateBasisPoints: 0))
        XCTAssertNil(RightsPreset.eu.claim(balance: bal, daysLate: 0, referenceRateBasisPoints: 0))
    }
}

final class KPITests: XCTestCase {
    /// Hand-computed: sales of 9,000 in the 90 days, 3,000 open → DSO 30 days.
    func testDSOAndCountback() {
        var b = BookBuilder()
        b.client()
        b.invoice("a", issued: "2026-09-10", due: "2026-10-10", minor: 300_000)
        b.invoice("b", issued: "2026-10-10", due: "2026-11-09", minor: 300_000)
        b.invoice("c", issued: "2026-11-10", due: "2026-12-10", minor: 300_000)
        b.pay("a", 300_000, on: "2026-10-01")
        b.pay("b", 300_000, on: "2026-11-01")
        let k = KPIReport(book: b.book, today: day("2026-11-30"), periodDays: 90)
        let usd = k.currencies[0]
        XCTAssertEqual(usd.receivables.minor, 300_000)
        XCTAssertEqual(usd.dso!, 30, accuracy: 1e-9)
        // Countback: November's sales (3,000 over 30 days) cover the 3,000 open → 30 days.
        XCTAssertEqual(usd.countbackDSO!, 30, accuracy: 1e-9)
        XCTAssertEqual(usd.collectedThisMonth.minor, 300_000)
    }

    /// Hand-computed CEI for November: begin AR 5,000 (a), sales 3,000 (b);
    /// end AR 4,000 of which current 3,000 → (5000+3000−4000)/(5000+3000−3000) = 80%.
    func testCEI() {
        var b = BookBuilder()
        b.client()
        b.invoice("a", issued: "2026-09-01", due: "2026-10-01", minor: 500_000)
        b.invoice("b", issued: "2026-11-15", due: "2026-12-15", minor: 300_000)
        b.pay("a", 400_000, on: "2026-11-20")
        let k = KPIReport(book: b.book, today: day("2026-11-30"), ceiFrom: day("2026-11-01"), ceiTo: day("2026-11-30"))
        XCTAssertEqual(k.currencies[0].cei!, 80, accuracy: 1e-9)
    }

    func testQueueOrdersByPriorityAndExplains() {
        var b = BookBuilder()
        b.client("c1", name: "Old Debtor")
        b.client("c2", name: "Promise Breaker")
        b.client("c3", name: "Not Due")
        b.invoice("a", client: "c1", issued: "2026-05-01", due: "2026-06-01", minor: 1000)
        b.invoice("b", client: "c2", issued: "2026-10-01", due: "2026-11-01", minor: 1000)
        b.invoice("c", client: "c3", issued: "2026-10-01", due: "2026-11-01", minor: 1000)
        b.contact("c2", on: "2026-11-05", promise: PromiseToPay(amount: Money(minor: 500, currency: .usd), date: day("2026-11-12")),
                  next: "2026-11-20")
        b.contact("c3", on: "2026-11-25", next: "2026-12-02")
        let q = TodayQueue.build(b.book, today: day("2026-11-30"))
        XCTAssertEqual(q.map(\.name), ["Old Debtor", "Promise Breaker"], "c3's follow-up is not due")
        XCTAssertTrue(q[1].reasons.contains(.brokenPromise(Money(minor: 500, currency: .usd), day("2026-11-12"))), "\(q[1].reasons)")
        XCTAssertTrue(q[1].reasons.contains(.followUpOverdue(10)), "\(q[1].reasons)")
        XCTAssertEqual(q[0].reasons.first, .daysLate(182))
        XCTAssertEqual(TodayQueue.build(b.book, today: day("2026-11-30"), owner: "nobody").count, 0)
    }
}

final class ZoneTests: XCTestCase {
    /// In UTC−5 a promise logged at 20:00 local on 11-10 was made on 11-10, not 11-11:
    /// a payment that day counts towards it.
    func testPromiseDayIsTheLocalDay() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-10-01", due: "2026-10-31", minor: 100_000)
        let local20h = Timestamp(millis: Int64(day("2026-11-11").dayNumber) * 86_400_000 + 1 * 3_600_000) // 01:00 UTC = 20:00 UTC−5
        b.add(.interactionLogged(Interaction(id: "", clientID: ClientID("c1"), kind: .call, at: local20h, outcome: .promised, notes: "",
                                             by: "R", promise: PromiseToPay(amount: Money(minor: 10_000, currency: .usd), date: day("2026-11-10")))),
              on: "2026-11-11", hour: 1)
        b.pay("i1", 10_000, on: "2026-11-10")
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-11"), zoneOffset: -5 * 3600).promises.first?.state, .kept)
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-11")).promises.first?.state, .broken, "in UTC it is the next day")
    }
}
