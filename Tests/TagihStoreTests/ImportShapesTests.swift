import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// Every shape an owner's accounting tool exports, from fixtures written by
/// hand after the vendors' documented layouts: the invoices, amounts and
/// currencies read, the paid parts as payments, report furniture skipped,
/// and a week-later export reconciled as payments.
final class ImportShapesTests: XCTestCase {
    let today = CivilDate(iso: "2026-11-30")!

    func plan(_ name: String, kind: ImportKind = .invoices, book: Book = Book(), currency: Currency? = nil, decimal: Character = ".") throws -> ImportPlan {
        var o = ImportOptions(kind: kind)
        o.currency = currency
        o.decimalMark = decimal
        o.today = today
        let rows = try CSV.parse(fixture(name), file: name)
        return try Importer(book: book, file: name, options: o).plan(rows).get()
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

    func invoice(_ b: Book, _ number: String) -> Invoice { b.findInvoices(number)[0] }

    func testQuickBooksOnlineLineItemsAreSummedWithTheirTax() throws {
        let p = try plan("qbo-invoices.csv")
        XCTAssertEqual(p.preset, "quickbooks-online")
        XCTAssertEqual(p.errors, [])
        let b = fold(p)
        XCTAssertEqual(invoice(b, "1001").amount, Money(minor: 38_850, currency: .usd), "300 + 33 + 50 + 5.50")
        XCTAssertEqual(invoice(b, "1001").issued.iso, "2026-11-01", "QuickBooks writes the month first")
        XCTAssertEqual(invoice(b, "1002").amount.minor, 120_000)
        XCTAssertEqual(fold(try plan("qbo-invoices.csv", book: b), into: b), b, "importing it again changes nothing")
    }

    func testAQuickBooksReportSkipsTitlesGroupsTotalsAndTheFooter() throws {
        let p = try plan("qb-aging-detail.csv", currency: .usd)
        XCTAssertEqual(p.preset, "quickbooks")
        XCTAssertEqual(p.errors, [])
        XCTAssertTrue(p.notes.contains("skipped 3 title lines above the header"), "\(p.notes)")
        XCTAssertTrue(p.notes.contains("skipped 3 total rows"), "\(p.notes)")
        XCTAssertTrue(p.notes.contains("skipped 1 row of type Payment"), "\(p.notes)")
        let b = fold(p)
        XCTAssertEqual(b.invoices.count, 2)
        XCTAssertEqual(invoice(b, "2001").amount.minor, 250_000)
        XCTAssertEqual(b.balance(invoice(b, "2001")).minor, 100_000, "the open balance: the rest was paid")
        XCTAssertEqual(b.balance(invoice(b, "2002")).minor, 80_000)
    }

    func testXeroTakesTheTotalAndThePaidPartAsAPayment() throws {
        let p = try plan("xero-invoices.csv")
        XCTAssertEqual(p.preset, "xero")
        XCTAssertEqual(p.errors, [])
        let b = fold(p)
        let nz = invoice(b, "INV-0101")
        XCTAssertEqual(nz.amount, Money(minor: 115_000, currency: Currency(code: "NZD")!), "the total, not the lines summed twice")
        XCTAssertEqual(b.paid(nz).minor, 40_000)
        XCTAssertEqual(b.balance(nz).minor, 75_000)
        XCTAssertEqual(invoice(b, "INV-0102").amount, Money(minor: 3_210_000, currency: Currency(code: "THB")!))
    }

    func testJurnalInvoicesWithTaxRatesAndItsPayments() throws {
        let p = try plan("jurnal-invoices.csv", currency: .idr)
        XCTAssertEqual(p.preset, "jurnal")
        XCTAssertEqual(p.errors, [])
        var b = fold(p)
        let first = invoice(b, "INV/2026/10/001")
        XCTAssertEqual(first.amount, Money(major: 1_715_000, currency: .idr), "10 × 150,000 + 11% PPN, + 50,000")
        XCTAssertEqual(first.due.iso, "2026-10-31", "Jurnal writes the day first")
        XCTAssertEqual(invoice(b, "INV/2026/10/002").amount, Money(major: 333_000, currency: .idr))
        let pay = try plan("jurnal-payments.csv", kind: .payments, book: b)
        XCTAssertEqual(pay.preset, "jurnal")
        XCTAssertEqual(pay.errors, [])
        b = fold(pay, into: b)
        XCTAssertEqual(b.balance(first), Money(major: 1_000_000, currency: .idr))
    }

    func testIndonesianHeadersInASemicolonFileAndAWeekLaterReconciliation() throws {
        let p = try plan("indonesia.csv", currency: .idr, decimal: ",")
        XCTAssertEqual(p.preset, "indonesia")
        XCTAssertEqual(p.errors, [])
        var b = fold(p)
        let fj1 = invoice(b, "FJ-0001")
        XCTAssertEqual(fj1.amount, Money(major: 11_100_000, currency: .idr))
        XCTAssertEqual(b.balance(fj1), Money(major: 6_100_000, currency: .idr), "Sudah Bayar as a payment")
        XCTAssertEqual(fold(try plan("indonesia.csv", book: b, currency: .idr, decimal: ","), into: b), b, "the same file again changes nothing")
        // A week later the accounting system shows FJ-0001 mostly paid.
        let week2 = try plan("indonesia-week2.csv", book: b, currency: .idr, decimal: ",")
        XCTAssertEqual(week2.reconciled.count, 1, "\(week2.reconciled)")
        XCTAssertEqual(week2.unchanged, 1)
        b = fold(week2, into: b)
        XCTAssertEqual(b.balance(fj1), Money(major: 1_100_000, currency: .idr))
        let paid = b.paymentsByInvoice[fj1.id]!.last!
        XCTAssertEqual(paid.amount, Money(major: 5_000_000, currency: .idr))
        XCTAssertEqual(paid.date, today, "dated the import day")
        XCTAssertEqual(paid.method, "paid in the accounting system")
        XCTAssertEqual(try plan("indonesia-week2.csv", book: b, currency: .idr, decimal: ",").changes, [], "and again: nothing")
        // An export without FJ-0002 says so and leaves it open.
        var one = ImportOptions(kind: .invoices)
        one.currency = .idr
        one.decimalMark = ","
        let rows = try CSV.parse(Array("No Faktur;Tgl Faktur;Tgl J. Tempo;Nama Pelanggan;Faktur Netto;Saldo Piutang\nFJ-0003;01/11/2026;01/12/2026;UD Makmur;1.000;1.000\n".utf8), file: "x.csv")
        let partial = try Importer(book: b, file: "x.csv", options: one).plan(rows).get()
        XCTAssertTrue(partial.notes.contains { $0.contains("FJ-0002") && $0.contains("not in this file") }, "\(partial.notes)")
        XCTAssertEqual(fold(partial, into: b).balance(invoice(b, "FJ-0002")), b.balance(invoice(b, "FJ-0002")))
    }

    /// A hand-made Indonesian sheet as an Excel workbook: titles above the
    /// header, date cells, numbers as numbers; a week later it reconciles.
    func testAnExcelWorkbookImportsAndReconciles() throws {
        func read(_ name: String, sheet: String? = nil) throws -> [CSV.Row] { try Workbook.rows(Data(fixture(name)), file: name, sheet: sheet) }
        let rows = try read("indonesia.xlsx")
        XCTAssertEqual(rows.first?.fields.first, "Daftar Piutang Usaha")
        XCTAssertEqual(rows[2].fields, ["No Faktur", "Tgl Faktur", "Tgl J. Tempo", "Nama Pelanggan", "Nilai", "Terbayar", "Sisa Tagihan"])
        XCTAssertEqual(rows[3].fields[1], "2026-09-01", "a date cell is a date")
        XCTAssertEqual(rows[4].fields[4], "2220000.5", "a number is its plain decimal")
        var o = ImportOptions(kind: .invoices)
        o.currency = .idr
        o.today = today
        let p = try Importer(book: Book(), file: "indonesia.xlsx", options: o).plan(rows).get()
        XCTAssertEqual(p.preset, "indonesia")
        XCTAssertEqual(p.errors, [])
        var b = fold(p)
        XCTAssertEqual(b.balance(invoice(b, "FJ-0101")), Money(major: 6_100_000, currency: .idr))
        XCTAssertEqual(invoice(b, "FJ-0102").amount.minor, 222_000_050)
        let week2 = try Importer(book: b, file: "w2.xlsx", options: o).plan(try read("indonesia-week2.xlsx")).get()
        XCTAssertEqual(week2.reconciled.count, 1)
        b = fold(week2, into: b)
        XCTAssertEqual(b.balance(invoice(b, "FJ-0101")).minor, 0)
        XCTAssertEqual(try read("indonesia.xlsx", sheet: "catatan").map(\.fields), [["Dibuat dengan tangan"]])
        XCTAssertThrowsError(try read("indonesia.xlsx", sheet: "x")) { XCTAssertTrue("\($0)".contains("Piutang, Catatan"), "\($0)") }
        XCTAssertThrowsError(try Workbook.rows(Data("not a zip".utf8), file: "f.xlsx")) { XCTAssertTrue("\($0)".contains("not a ZIP"), "\($0)") }
    }

    func testTheDateFormsOfExports() {
        func d(_ s: String, _ o: DateOrder? = nil) -> String? { try? ImportDates.parse(s, order: o).get().iso }
        XCTAssertEqual(d("30-Nov-26"), "2026-11-30")
        XCTAssertEqual(d("5/Des/2026"), "2026-12-05")
        XCTAssertEqual(d("5 Nop 2026"), "2026-11-05")
        XCTAssertEqual(d("12 Agu 2026"), "2026-08-12")
        XCTAssertEqual(d("2026-11-30T10:15:00+07:00"), "2026-11-30")
        XCTAssertEqual(d("2026-11-30 00:00:00"), "2026-11-30")
        XCTAssertNil(d("31-Nop-26"), "November has 30 days")
    }

    /// A broken row in any shape is named by file, line and column, and nothing of it is imported.
    func testBrokenRowsOfEachShapeAreNamed() throws {
        let cases: [(String, String, String)] = [
            ("qbo.csv", "InvoiceNo,Customer,InvoiceDate,DueDate,ItemQuantity,ItemRate,ItemAmount,Currency\n1,A,13/40/2026,12/01/2026,1,5.00,5.00,USD\n",
             "qbo.csv:2:3: issue date"),
            ("xero.csv", "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,UnitAmount,Currency\nA,X-1,2026-10-01,2026-10-31,100.00,150.00,100.00,USD\n",
             "xero.csv:2:6: the amount paid is more than the amount"),
            ("jurnal.csv", "*Customer,*Invoice Date,*Due Date,*Invoice Number,*Product Name,*Quantity,*Unit Price,Tax Rate\nA,01/10/2026,31/10/2026,J-1,P,1,1000,abc\n",
             "jurnal.csv:2:8: tax rate \"abc\" is not a percentage"),
            ("id.csv", "No Faktur;Tgl Faktur;Tgl J. Tempo;Nama Pelanggan;Nilai\nF-1;01/10/2026;31/09/2026;A;1.000\n",
             "id.csv:2:3: due date"),
        ]
        for (name, text, want) in cases {
            var o = ImportOptions(kind: .invoices)
            o.currency = .usd
            o.decimalMark = name == "id.csv" ? "," : "."
            let p = try Importer(book: Book(), file: name, options: o).plan(try CSV.parse(Array(text.utf8), file: name)).get()
            XCTAssertTrue(p.errors.map(\.description).contains { $0.hasPrefix(want) }, "\(name): \(p.errors)")
            XCTAssertFalse(p.changes.contains { if case .invoiceIssued = $0 { return true } else { return false } }, name)
        }
    }
}
