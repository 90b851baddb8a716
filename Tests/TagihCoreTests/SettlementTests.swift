import XCTest
@testable import TagihCore

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
            let id = ClientID("c1")
            var s = b.book.status(id, today: today)
            XCTAssertEqual(s.offers.first?.status, .accepted)
            // An agreement, not a payment: nothing collected, the whole balance still owed, a promise of 5,000 open.
            XCTAssertEqual(b.book.balances(of: id).first?.minor, 20_000 * unit)
            XCTAssertEqual(KPIReport(book: b.book, today: today).currencies.first?.collectedThisMonth.minor, 0)
            XCTAssertEqual(s.openPromise?.promise.amount.minor, 5_000 * unit)
            XCTAssertEqual(s.openPromise?.promise.date, today.adding(days: Book.settlementDays))
            // The 5,000 arrives: the payment and the write-off of the rest are recorded together.
            let payments = try! AllocationInput(clientID: id, amount: "5000", date: "2026-12-03").validate(book: b.book, today: day("2026-12-03")).get()
            XCTAssertEqual(payments.map(\.amount.minor), [5_000 * unit])
            for e in b.book.paymentEvents(payments, today: day("2026-12-03")) { b.add(e, on: "2026-12-03") }
            s = b.book.status(id, today: day("2026-12-03"))
            XCTAssertTrue(b.book.balances(of: id).isEmpty, "the client is closed")
            XCTAssertEqual(s.keptPromises, 1)
            let paid = b.book.invoices(of: id).reduce(0) { $0 + b.book.paid($1).minor }
            let written = b.book.invoices(of: id).reduce(0) { $0 + b.book.writtenOff($1).minor }
            XCTAssertEqual(paid, 5_000 * unit)
            XCTAssertEqual(written, 15_000 * unit)
            XCTAssertEqual(KPIReport(book: b.book, today: day("2026-12-03")).currencies.first?.collectedThisMonth.minor, 5_000 * unit)
            XCTAssertTrue(b.book.writeOffsByInvoice.values.joined().allSatisfy { $0.reason == "settlement" })
            XCTAssertTrue(b.book.overdueRows(today: today).isEmpty)
        }
    }

    /// An agreement not paid by its day is broken: chasing resumes for the full balance, nothing is written off.
    func testAnUnpaidAgreementIsBroken() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 20_000)
        let offer = SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 5_000, currency: .usd), offeredBy: .client,
                                    date: day("2026-11-01"))
        b.add(.offerMade(offer), on: "2026-11-01")
        for e in b.book.acceptance(of: offer, on: day("2026-11-01"), payBy: day("2026-11-10")) { b.add(e, on: "2026-11-01", hour: 11) }
        let s = b.book.status(ClientID("c1"), today: day("2026-11-11"))
        XCTAssertEqual(s.brokenPromises, 1)
        b.pay("i1", 5_000, on: "2026-11-12")
        let late = b.book.paymentEvents([Payment(id: "", invoiceID: InvoiceID("i1"), date: day("2026-11-12"), amount: Money(minor: 1, currency: .usd))],
                                        today: day("2026-11-12"))
        XCTAssertEqual(late.count, 1, "a late payment writes nothing off")
        XCTAssertEqual(b.book.balance(b.book.invoices[InvoiceID("i1")]!).minor, 15_000)
    }

    /// Only what was owed at the agreement is forgiven: an invoice added or grown since is not.
    func testAnInvoiceAddedAfterTheAgreementIsNotWrittenOff() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 20_000)
        let offer = SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 5_000, currency: .usd), offeredBy: .client, date: day("2026-11-01"))
        b.add(.offerMade(offer), on: "2026-11-01")
        for e in b.book.acceptance(of: offer, on: day("2026-11-01")) { b.add(e, on: "2026-11-01", hour: 11) }
        b.invoice("i2", issued: "2026-11-02", due: "2026-12-02", minor: 50_000)
        let pay = Payment(id: "", invoiceID: InvoiceID("i1"), date: day("2026-11-05"), amount: Money(minor: 5_000, currency: .usd))
        let events = b.book.paymentEvents([pay], today: day("2026-11-05"))
        let off = events.compactMap { e -> WriteOff? in if case let .writtenOff(w) = e { return w } else { return nil } }
        XCTAssertEqual(off.map(\.invoiceID), [InvoiceID("i1")])
        XCTAssertEqual(off.map(\.amount.minor), [15_000])
    }

    /// A bounced payment that had completed a settlement takes its write-off back: the full balance is owed again.
    func testReversingTheSettlingPaymentRestoresTheFullBalance() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 20_000)
        let offer = SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 5_000, currency: .usd), offeredBy: .client, date: day("2026-11-01"))
        b.add(.offerMade(offer), on: "2026-11-01")
        for e in b.book.acceptance(of: offer, on: day("2026-11-01"), payBy: day("2026-11-10")) { b.add(e, on: "2026-11-01", hour: 11) }
        let pay = Payment(id: "", invoiceID: InvoiceID("i1"), date: day("2026-11-05"), amount: Money(minor: 5_000, currency: .usd))
        for e in b.book.paymentEvents([pay], today: day("2026-11-05")) { b.add(e, on: "2026-11-05") }
        XCTAssertEqual(b.book.balance(b.book.invoices[InvoiceID("i1")]!).minor, 0)
        let pid = b.book.paymentsByInvoice[InvoiceID("i1")]!.first!.id
        let r = try! ReversalInput(paymentID: pid, reason: "bounced").validate(book: b.book, today: day("2026-11-12")).get()
        let events = b.book.reversalEvents(r, today: day("2026-11-12"))
        XCTAssertEqual(events.count, 2, "the reversal and the write-off's withdrawal")
        for e in events { b.add(e, on: "2026-11-12") }
        XCTAssertEqual(b.book.balance(b.book.invoices[InvoiceID("i1")]!).minor, 20_000)
        XCTAssertEqual(KPIReport(book: b.book, today: day("2026-11-12")).currencies[0].writtenOffThisYear.minor, 0)
        XCTAssertEqual(b.book.status(ClientID("c1"), today: day("2026-11-12")).brokenPromises, 1, "the agreement is broken; chasing resumes")
    }

    /// Instalments agreed with a settlement become a plan of the agreed amount.
    func testAnAgreementInInstalmentsIsAPlan() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-07-01", due: "2026-08-01", minor: 20_000)
        let offer = SettlementOffer(id: "o", clientID: ClientID("c1"), amount: Money(minor: 6_000, currency: .usd), offeredBy: .client, date: day("2026-11-01"))
        b.add(.offerMade(offer), on: "2026-11-01")
        for e in b.book.acceptance(of: offer, on: day("2026-11-01"), instalments: 3) { b.add(e, on: "2026-11-01", hour: 11) }
        let s = b.book.status(ClientID("c1"), today: day("2026-11-02"))
        XCTAssertEqual(s.plan?.plan.instalments.map(\.amount.minor), [2_000, 2_000, 2_000])
        XCTAssertNil(s.openPromise, "the plan carries it, not a promise")
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
