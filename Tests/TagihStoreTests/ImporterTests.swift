import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class ImporterTests: XCTestCase {
    let today = CivilDate(iso: "2026-11-30")!

    func plan(_ name: String, book: Book = Book(), _ tweak: (inout ImportOptions) -> Void = { _ in }) throws -> ImportPlan {
        var o = ImportOptions(kind: .invoices)
        tweak(&o)
        return try Importer(book: book, file: name, options: o).plan(try CSV.parse(fixture(name), file: name)).get()
    }

    func fold(_ plan: ImportPlan, into book: Book = Book()) -> Book {
        var b = book
        var seq = Int64(b.eventCount)
        for c in plan.changes {
            seq += 1
            XCTAssertNil(b.validate(c), "\(c)")
            b.apply(Event(id: EventID("imp-\(seq)"), at: Timestamp(millis: seq), device: "t", seq: seq, author: "t", body: c))
        }
        return b
    }

    func testGenericPreset() throws {
        let p = try plan("generic.csv")
        XCTAssertEqual(p.preset, "generic")
        XCTAssertEqual(p.errors, [])
        let book = fold(p)
        XCTAssertEqual(book.invoices.count, 3)
        let maju = book.findClients("CV Maju Jaya, Bandung")[0]
        XCTAssertEqual(maju.contactPerson, "Bapak Dédé")
        let inv1 = book.findInvoices("INV-1")[0]
        XCTAssertEqual(inv1.amount, Money(major: 1_500_000, currency: .idr))
        let inv2 = book.findInvoices("INV-2")[0]
        XCTAssertEqual(inv2.issued.iso, "2026-09-01", "01/09/2026 with 15/10/2026 in the file: day first")
        XCTAssertEqual(inv2.due.iso, "2026-10-15")
        XCTAssertEqual(inv2.amount.minor, 250_050)
        XCTAssertEqual(book.findClients("Line \"Two\" Ltd")[0].contactPerson, "Multi line contact")
    }

    func testQuickBooksOpenBalanceBecomesAPayment() throws {
        let p = try plan("quickbooks.csv") { $0.currency = .idr }
        XCTAssertEqual(p.preset, "quickbooks")
        let book = fold(p)
        let inv = book.findInvoices("1001")[0]
        XCTAssertEqual(book.balance(inv), Money(major: 8_000_000, currency: .idr))
        XCTAssertEqual(inv.due.iso, "2026-10-30")
    }

    func testXeroLinesAreSummedPerInvoice() throws {
        let p = try plan("xero.csv")
        XCTAssertEqual(p.preset, "xero")
        XCTAssertEqual(p.errors, [])
        let book = fold(p)
        let inv = book.findInvoices("INV-0042")[0]
        // 10 × 150.00 + 420.50 + 79.90 tax + 3 × 33.33 = 2100.39
        XCTAssertEqual(inv.amount, Money(minor: 210_039, currency: .eur))
        XCTAssertEqual(inv.issued.iso, "2026-10-01")
        XCTAssertEqual(book.findClients("Müller")[0].email, "buch@mueller.example")
        XCTAssertEqual(book.invoices.count, 2)
    }

    func testEveryBadRowIsReportedWithLineColumnAndReason() throws {
        let p = try plan("errors.csv")
        let messages = p.errors.map(\.description)
        XCTAssertEqual(messages, [
            "errors.csv:3:2: client is empty",
            "errors.csv:4:3: issue date: \"2026-02-30\" is not a real date",
            "errors.csv:5:3: issue date: \"03/04/2026\" could be day/month or month/day; say which with --date-format dmy or mdy",
            "errors.csv:6:5: amount -5.00 is negative",
            "errors.csv:7:5: amount must be more than zero",
            "errors.csv:8:6: unknown currency \"XYZ\"",
            "errors.csv:9:4: due date 2026-09-01 is before the issue date 2026-10-01",
            "errors.csv:10:5: amount: amount \"99999999999999999999\" is too large",
        ])
        XCTAssertEqual(p.added.count, 2, "the one good row (and its client) would still be listed")
        let forced = try plan("errors.csv") { $0.dateOrder = .dmy }
        XCTAssertEqual(forced.errors.count, 7, "--date-format settles the ambiguous date")
    }

    /// "1,5" used to come in as 15 (the comma dropped as a thousands separator).
    func testAnAmountWithADecimalCommaIsAnErrorThatSaysHowToImportIt() throws {
        let csv = "number,client,issued,due,amount,currency\nINV-1,CV Maju,2026-09-01,2026-10-01,\"1,5\",IDR\nINV-2,CV Maju,2026-09-01,2026-10-01,\"1,500\",IDR\n"
        let table = try CSV.parse(Array(csv.utf8), file: "comma.csv")
        let p = try Importer(book: Book(), file: "comma.csv", options: ImportOptions(kind: .invoices)).plan(table).get()
        XCTAssertEqual(p.errors.map(\.description), [
            "comma.csv:2:5: amount: amount \"1,5\": \",\" may only group thousands in threes (1,500,000); write a decimal part after \".\"; if the file writes decimals with \",\", import it with --decimal ,",
        ])
        XCTAssertEqual(fold(p).findInvoices("INV-2").first?.amount, Money(major: 1500, currency: .idr))
        var o = ImportOptions(kind: .invoices)
        o.decimalMark = ","
        let withComma = try Importer(book: Book(), file: "comma.csv", options: o).plan(table).get()
        XCTAssertEqual(fold(withComma).findInvoices("INV-1").first?.amount.minor, 150, "with --decimal , it is one and a half")
    }

    func testReimportChangesNothingAndAChangedAmountIsAnUpdate() throws {
        let first = fold(try plan("generic.csv"))
        let again = try plan("generic.csv", book: first)
        XCTAssertEqual(again.changes, [])
        XCTAssertEqual(again.unchanged, 3)
        var text = String(decoding: fixture("generic.csv"), as: UTF8.self)
        text = text.replacingOccurrences(of: "2500.50", with: "2600.00")
        let rows = try CSV.parse(Array(text.utf8), file: "changed.csv")
        let p = try Importer(book: first, file: "changed.csv", options: ImportOptions(kind: .invoices)).plan(rows).get()
        XCTAssertEqual(p.updated, ["invoice INV-2 (株式会社山田): amount USD 2,500.50 → USD 2,600.00"])
        XCTAssertEqual(p.changes.count, 1)
        XCTAssertEqual(fold(p, into: first).findInvoices("INV-2")[0].amount.minor, 260_000)
    }

    func testHeaderProblems() throws {
        let rows = try CSV.parse(Array("foo,bar\n1,2\n".utf8), file: "x.csv")
        guard case let .failure(e) = Importer(book: Book(), file: "x.csv", options: ImportOptions(kind: .invoices)).plan(rows) else { return XCTFail() }
        XCTAssertTrue(e.message.contains("missing") && e.message.contains("--map"), e.message)
        var o = ImportOptions(kind: .invoices)
        o.map = [.number: "foo"]
        o.currency = .usd
        let mapped = try CSV.parse(Array("foo,client,issued,due,amount\nX1,C,2026-01-01,2026-02-01,5\n".utf8), file: "m.csv")
        XCTAssertEqual(try Importer(book: Book(), file: "m.csv", options: o).plan(mapped).get().changes.count, 2)
        o.map = [.number: "nope"]
        guard case let .failure(e2) = Importer(book: Book(), file: "m.csv", options: o).plan(mapped) else { return XCTFail() }
        XCTAssertTrue(e2.message.contains("no column \"nope\""), e2.message)
        let noCurrency = try CSV.parse(Array("number,client,issued,due,amount\nX1,C,2026-01-01,2026-02-01,5\n".utf8), file: "n.csv")
        let p = try Importer(book: Book(), file: "n.csv", options: ImportOptions(kind: .invoices)).plan(noCurrency).get()
        XCTAssertTrue(p.errors.first?.message.contains("--currency") ?? false)
    }

    func testImportedTextIsSanitised() throws {
        let book = fold(try plan("hostile.csv"))
        let name = book.clients.values.first!.name
        XCTAssertFalse(name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, name)
        XCTAssertTrue(name.hasPrefix("Evil]52;c;aGk="), name)
    }

    func testDayMonthYearForms() {
        XCTAssertEqual(try ImportDates.parse("30.11.2026", order: nil).get().iso, "2026-11-30")
        XCTAssertEqual(try ImportDates.parse("30-11-26", order: nil).get().iso, "2026-11-30")
        XCTAssertEqual(try ImportDates.parse("5 Des 2026", order: nil).get().iso, "2026-12-05")
        XCTAssertEqual(try ImportDates.parse("Nov 30, 2026", order: nil).get().iso, "2026-11-30")
        XCTAssertEqual(try ImportDates.parse("03/04/2025", order: .mdy).get().iso, "2025-03-04")
        XCTAssertEqual(try ImportDates.parse("03/04/2025", order: .dmy).get().iso, "2025-04-03")
        XCTAssertThrowsError(try ImportDates.parse("31/04/2025", order: nil).get())
    }
}
