import XCTest
@testable import TagihCore

/// The domain core's sentences follow the process's language; what it writes
/// into the journal does not.
final class CoreSentencesTests: XCTestCase {
    func testParseProblemsInBothLanguages() {
        let today = day("2026-11-04")
        XCTAssertEqual(Parse.money("abc", currency: .idr).failureText, "amount \"abc\" is not a number")
        XCTAssertEqual(Parse.date("soon", today: today).failureText, "\"soon\" is not a date (use YYYY-MM-DD, today, tomorrow, +7, +2w or a weekday)")
        Catalog.with(language: "id") {
            XCTAssertEqual(Parse.money("abc", currency: .idr).failureText, "jumlah \"abc\" bukan angka")
            XCTAssertEqual(Parse.duration("5x").failureText, "durasi \"5x\" tidak seperti 5m atau 1h30m")
            XCTAssertEqual(Parse.date("soon", today: today).failureText, "\"soon\" bukan tanggal (pakai YYYY-MM-DD, hari ini, besok, +7, +2w atau nama hari)")
        }
    }

    func testTheIndonesianWordsForTodayAndTomorrowParse() {
        let today = day("2026-11-04")
        XCTAssertEqual(try Parse.date("besok", today: today).get(), day("2026-11-05"))
        XCTAssertEqual(try Parse.date(" Hari ini ", today: today).get(), today)
    }

    func testContactGuardSpeaksIndonesianButRecordsItsOverrideInEnglish() {
        var b = BookBuilder()
        b.client()
        b.contact(on: "2026-11-20")
        let english = b.book.contactWarning(ClientID("c1"), today: day("2026-11-26"), policy: .standard)!
        XCTAssertEqual(english.message, "CV Maju Jaya was last contacted 6 days ago: a call on 2026-11-20 (reached, by Rina). "
                       + "The practice is at least 7 days between contacts.")
        let w = Catalog.with(language: "id") { b.book.contactWarning(ClientID("c1"), today: day("2026-11-26"), policy: .standard)! }
        XCTAssertEqual(w.message, "CV Maju Jaya terakhir dihubungi 6 hari lalu: telepon pada 2026-11-20 (tersambung, oleh Rina). "
                       + "Praktiknya paling sedikit 7 hari di antara kontak.")
        XCTAssertEqual(w.overrideNote, english.overrideNote)
        XCTAssertEqual(w.overrideNote, "contacted again after 6 days (policy: 7)")
    }

    func testValidationAndQueueReasonsInIndonesian() {
        var b = BookBuilder()
        b.client()
        b.invoice("i1", issued: "2026-08-01", due: "2026-08-31", minor: 100_000)
        let input = PaymentInput(invoiceID: InvoiceID("i1"), amount: "0")
        Catalog.with(language: "id") {
            guard case let .failure(p) = input.validate(book: b.book, today: day("2026-11-04")) else { return XCTFail("accepted") }
            XCTAssertEqual(p.message, "pembayaran harus lebih dari nol")
            XCTAssertEqual(b.book.validate(.reminderSent(ReminderSent(clientID: ClientID("c1"), level: 11))), "tahap pengingat harus 1 sampai 10")
        }
        XCTAssertEqual(TodayQueue.build(b.book, today: day("2026-11-04")).first?.reasons, [.daysLate(65), .neverContacted])
    }
}
/// The message of a failed parse, for comparing with what a user reads.

extension Result where Failure == ParseError {
    var failureText: String? {
        if case let .failure(e) = self { return e.description }
        return nil
    }
}
