import Foundation
import XCTest

/// The owner's exports, from the command line into one book: QuickBooks
/// Online, a QuickBooks report, Xero, Jurnal with its payments, and an
/// Indonesian sheet as semicolon CSV and as an Excel workbook; a week later
/// the new exports reconcile as payments, and the aged receivables by client
/// agree with each client's statement to the cent.
final class ImportsEndToEndTests: XCTestCase {
    var home = ""
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TagihStoreTests/Fixtures").path

    override func setUp() {
        home = NSTemporaryDirectory() + "tagih-imports-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: home) }

    func run(_ args: String...) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args, environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "TAGIH_DATA": "",
                                                      "TAGIH_TODAY": "2026-11-30", "LANG": "C.UTF-8", "LC_ALL": "", "USER": "rina"])
    }

    func ok(_ r: (status: Int32, output: String), _ what: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(r.status, 0, "\(what): \(r.output)", file: file, line: line)
        return r.output
    }

    func testEveryShapeIntoOneBookThenAWeekLater() throws {
        let f = fixtures
        _ = ok(run("import", "invoices", f + "/qbo-invoices.csv"), "QuickBooks Online")
        _ = ok(run("import", "invoices", f + "/qb-aging-detail.csv", "--currency", "USD"), "QuickBooks report")
        _ = ok(run("import", "invoices", f + "/xero-invoices.csv"), "Xero")
        _ = ok(run("import", "invoices", f + "/jurnal-invoices.csv", "--currency", "IDR"), "Jurnal")
        _ = ok(run("import", "payments", f + "/jurnal-payments.csv"), "Jurnal payments")
        let semi = ok(run("import", "invoices", f + "/indonesia.csv", "--currency", "IDR"), "Indonesian CSV")
        XCTAssertTrue(semi.contains("preset indonesia"), semi)
        _ = ok(run("import", "invoices", f + "/indonesia.xlsx", "--currency", "IDR"), "Indonesian workbook")
        // The same files again change nothing.
        for (file, currency) in [("qbo-invoices.csv", "USD"), ("xero-invoices.csv", "USD"), ("indonesia.csv", "IDR"), ("indonesia.xlsx", "IDR")] {
            XCTAssertTrue(ok(run("import", "invoices", f + "/" + file, "--currency", currency), file).contains("nothing to change"), file)
        }
        // A week later.
        let week2 = ok(run("import", "invoices", f + "/indonesia-week2.csv", "--currency", "IDR"), "week 2 CSV")
        XCTAssertTrue(week2.contains("payment IDR 5,000,000 on FJ-0001 (2026-11-30): paid in the accounting system"), week2)
        let week2x = ok(run("import", "invoices", f + "/indonesia-week2.xlsx", "--currency", "IDR"), "week 2 workbook")
        XCTAssertTrue(week2x.contains("payment IDR 6,100,000 on FJ-0101"), week2x)
        // The balances the vendors' files say.
        let aging = ok(run("report", "aging", "--by", "client", "--format", "csv"), "aging by client")
        for line in ["Kopi Kenangan,USD,", "Harbour Cafe,NZD,0.00,750.00,0.00,", "PT Sumber Rejeki,IDR,0.00,0.00,1100000.00,",
                     "CV Maju Jaya,IDR,0.00,1000000.00,", "Kopi Kenangan,USD,388.50,0.00,1000.00,"] {
            XCTAssertTrue(aging.contains(line), "\(line) in:\n\(aging)")
        }
        // Each client's statement closes at its total in the aging, to the cent.
        for row in aging.split(separator: "\r\n").dropFirst() {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 3, let total = cells.last else { continue }
            let statement = ok(run("statement", cells[0], "--format", "csv"), "statement of \(cells[0])")
            XCTAssertTrue(statement.contains("\(cells[1]),2026-11-30,closing,,,,,\(total)\r\n"), "\(cells[0]): \(total) in\n\(statement)")
        }
    }
}
