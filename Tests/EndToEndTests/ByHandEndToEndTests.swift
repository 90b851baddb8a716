import Foundation
import XCTest

/// A new owner's first hour by hand on a fresh machine: init, a client, an
/// invoice, a payment, its reversal, a credit, a void, an amended contact,
/// a split payment and the duplicate guard; balances, KPIs and exports are
/// checked after each, in English and in Indonesian.
final class ByHandEndToEndTests: XCTestCase {
    var home = ""

    override func setUp() {
        home = NSTemporaryDirectory() + "tagih-hand-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: home) }

    func run(_ args: String..., lang: String = "C.UTF-8") -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args, environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "TAGIH_DATA": "",
                                                      "TAGIH_TODAY": "2026-11-30", "LANG": lang, "LC_ALL": "", "USER": "rina"])
    }

    func ok(_ r: (status: Int32, output: String), _ what: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(r.status, 0, "\(what): \(r.output)", file: file, line: line)
        return r.output
    }

    func testAddPayReverseOnAFreshMachine() throws {
        // No ~/.local/share and no config: adding a client makes the data directory.
        _ = ok(run("add", "client", "CV Maju Jaya", "--phone", "+62 812 555 0101", "--terms", "30", "--contract", "K-7"), "add client")
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/.local/share/tagih/journal"))
        let dup = run("add", "client", "cv maju jaya")
        XCTAssertEqual(dup.status, 1)
        XCTAssertTrue(dup.output.contains("already a client"), dup.output)
        XCTAssertTrue(run("add", "client", "Toko", "--email", "not-an-address").output.contains("--email: \"not-an-address\" is not an e-mail address"))
        XCTAssertTrue(run("add", "invoice", "maju", "A-0", "100", "--issued", "2026-02-30").output.contains("--issued"), "an impossible date")
        XCTAssertTrue(run("add", "invoice", "maju", "A-0", "-5").output.contains("<amount>"), "a negative amount")
        XCTAssertTrue(run("add", "invoice", "maju", "A-0", "100", "--issued", "2026-10-10", "--due", "2026-10-01").output.contains("before the issue date"))
        let added = ok(run("add", "invoice", "maju", "INV-1", "2,000,000", "--issued", "2026-09-01"), "add invoice")
        XCTAssertTrue(added.contains("due 2026-10-01"), "due from the client's terms: \(added)")
        XCTAssertTrue(run("add", "invoice", "maju", "inv-1", "5").output.contains("already an invoice"), "duplicate numbers")
        XCTAssertTrue(ok(run("report", "aging"), "aging").contains("2,000,000"))

        _ = ok(run("pay", "INV-1", "500000", "--date", "2026-11-20"), "pay")
        let twice = run("pay", "INV-1", "500000", "--date", "2026-11-20")
        XCTAssertEqual(twice.status, 1, "the same payment twice asks first")
        XCTAssertTrue(twice.output.contains("--force"), twice.output)
        XCTAssertTrue(ok(run("report", "kpi"), "kpi").contains("collected this month   IDR 500,000"))
        let reversed = ok(run("reverse", "INV-1", "--reason", "giro tolak"), "reverse")
        XCTAssertTrue(reversed.contains("balance now IDR 2,000,000"), reversed)
        XCTAssertTrue(ok(run("report", "kpi"), "kpi").contains("collected this month   IDR 0"))
        let payments = ok(run("export", "payments"), "export payments")
        XCTAssertTrue(payments.contains(",giro tolak\r\n"), "the reversal in the export: \(payments)")
        XCTAssertTrue(ok(run("casefile", "maju"), "casefile").contains("reversed"), "and in the case file")

        _ = ok(run("credit", "INV-1", "250000", "--reason", "damaged goods"), "credit")
        let invoices = ok(run("export", "invoices"), "export invoices")
        XCTAssertTrue(invoices.contains(",1750000.00,250000.00,\r\n"), invoices)
        _ = ok(run("add", "invoice", "maju", "INV-2", "300000", "--issued", "2026-09-15"), "second invoice")
        _ = ok(run("void", "INV-2", "--reason", "issued twice"), "void")
        XCTAssertFalse(ok(run("report", "aging"), "aging").contains("2,050,000"), "a void invoice is not owed")

        _ = ok(run("log", "maju", "--outcome", "reached", "--note", "will pay friday"), "log")
        _ = ok(run("amend", "maju", "--outcome", "promised", "--promise", "1750000@2026-12-05", "--reason", "misheard"), "amend")
        let contacts = ok(run("export", "interactions"), "export interactions")
        XCTAssertTrue(contacts.contains("promised") && contacts.hasSuffix(",yes\r\n"), "the amended contact: \(contacts)")

        _ = ok(run("add", "invoice", "maju", "INV-3", "400000", "--issued", "2026-10-01"), "third invoice")
        let split = ok(run("pay", "maju", "1000000", "--allocate", "INV-1=600000,INV-3=400000"), "split payment")
        XCTAssertTrue(split.contains("INV-1; balance now IDR 1,150,000") && split.contains("INV-3; balance now IDR 0"), split)
        XCTAssertTrue(run("pay", "maju", "5", "--allocate", "INV-9=5").output.contains("not an invoice of this client"))

        // The same book, read in Indonesian.
        let id = ok(run("report", "aging", lang: "id_ID.UTF-8"), "aging in Indonesian")
        XCTAssertTrue(id.contains("1.150.000"), id)
        let idReverse = run("reverse", "INV-3", "--reason", "salah faktur", lang: "id_ID.UTF-8")
        XCTAssertEqual(idReverse.status, 0, idReverse.output)
        XCTAssertTrue(idReverse.output.contains("400.000"), idReverse.output)
    }

    func testEditingKeepsTheEarlierVersionWithItsAuthor() throws {
        _ = ok(run("add", "client", "Toko Sinar", "--terms", "14"), "add")
        _ = ok(run("add", "invoice", "sinar", "S-1", "100000", "--issued", "2026-10-01"), "invoice")
        let edited = ok(run("edit", "client", "sinar", "--terms", "30", "--phone", "021 555 1234", "--user", "Dewi"), "edit client")
        XCTAssertTrue(edited.contains("14 → 30"), edited)
        XCTAssertTrue(run("edit", "invoice", "S-1", "--amount", "0").output.contains("--amount"), "zero refused")
        _ = ok(run("edit", "invoice", "S-1", "--due", "2026-11-01", "--amount", "120000"), "edit invoice")
        let clients = ok(run("export", "clients"), "export clients")
        XCTAssertTrue(clients.contains("021 555 1234"), clients)
        XCTAssertTrue(ok(run("report", "aging"), "aging").contains("120,000"))
        let md = ok(run("casefile", "sinar"), "casefile")
        XCTAssertTrue(md.contains("(Dewi) Client details changed: phone: — → 021 555 1234; terms: 14 → 30"), md)
        XCTAssertTrue(md.contains("terms net 14"), "the earlier version stays on record: \(md)")
        XCTAssertTrue(md.contains("Invoice S-1 changed: due: 2026-10-15 → 2026-11-01; amount: IDR 100,000 → IDR 120,000"), md)
    }

    func testAgedReceivablesByClientAndAStatementAgreeToTheCent() throws {
        _ = ok(run("add", "client", "CV Maju Jaya", "--terms", "30"), "add")
        _ = ok(run("add", "client", "Toko Sinar", "--terms", "14", "--owner", "Dewi"), "add")
        _ = ok(run("add", "invoice", "maju", "A-1", "1000000", "--issued", "2026-08-01"), "invoice")
        _ = ok(run("add", "invoice", "maju", "A-2", "500000", "--issued", "2026-10-20"), "invoice")
        _ = ok(run("add", "invoice", "sinar", "S-1", "300000", "--issued", "2026-11-01"), "invoice")
        _ = ok(run("pay", "A-1", "400000", "--date", "2026-09-15"), "pay")
        _ = ok(run("credit", "A-1", "100000", "--reason", "damaged"), "credit")
        let byClient = ok(run("report", "aging", "--by", "client", "--format", "csv"), "aging by client")
        XCTAssertTrue(byClient.contains("CV Maju Jaya,IDR,0.00,500000.00,0.00,0.00,500000.00,0.00,1000000.00"), byClient)
        XCTAssertTrue(byClient.contains("Toko Sinar,IDR,0.00,300000.00,0.00,0.00,0.00,0.00,300000.00"), byClient)
        let asOf = ok(run("report", "aging", "--by", "owner", "--as-of", "2026-09-30", "--format", "csv"), "as of")
        XCTAssertTrue(asOf.contains("—,IDR,0.00,600000.00,0.00,0.00,0.00,0.00,600000.00"), "before the credit and the later invoices: \(asOf)")
        let statement = ok(run("statement", "maju", "--format", "csv"), "statement")
        XCTAssertTrue(statement.hasSuffix("IDR,2026-11-30,closing,,,,,1000000.00\r\n"), "the same 1,000,000 as the aging: \(statement)")
        XCTAssertTrue(statement.contains("IDR,2026-11-30,credit,A-1,damaged,,100000.00,1000000.00"), statement)
        let text = ok(run("statement", "maju", "--from", "2026-10-01"), "statement text")
        XCTAssertTrue(text.contains("opening balance") && text.contains("600,000"), text)
        XCTAssertTrue(run("statement", "maju", "--from", "2026-12-01", "--to", "2026-11-01").output.contains("--from"))
    }

    /// `--format json` on the reporting and recording commands: the exports' versioned shape.
    func testScriptsReadJSON() throws {
        _ = ok(run("add", "client", "CV Maju Jaya", "--terms", "30"), "add")
        _ = ok(run("add", "invoice", "maju", "A-1", "1000000", "--issued", "2026-08-01"), "invoice")
        func object(_ out: String) -> [String: Any]? { try? JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any] }
        let queue = object(ok(run("queue", "--format", "json"), "queue"))
        XCTAssertEqual(queue?["tagih_export"] as? Int, 1)
        let first = (queue?["rows"] as? [[String: Any]])?.first
        XCTAssertEqual(first?["client_id"] as? String, "c-cv-maju-jaya")
        XCTAssertEqual(first?["days_late"] as? Int, 91)
        let pay = object(ok(run("pay", "A-1", "250000", "--format", "json"), "pay"))
        XCTAssertEqual((pay?["saved"] as? [[String: Any]])?.first?["type"] as? String, "payment.recorded")
        let kpi = object(ok(run("report", "kpi", "--format", "json"), "kpi"))
        let idr = (kpi?["currencies"] as? [[String: Any]])?.first
        XCTAssertEqual(idr?["receivables"] as? Double, 750_000)
        XCTAssertEqual(idr?["collected_this_month"] as? Double, 250_000)
        let check = object(ok(run("check", "--format", "json"), "check"))
        XCTAssertEqual(check?["clean"] as? Bool, true)
        XCTAssertEqual(check?["kind"] as? String, "check")
        let file = home + "/invoices.csv"
        _ = ok(run("export", "invoices", "--excel", "--out", file, lang: "id_ID.UTF-8"), "excel")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: file))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark for Excel")
        let excel = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(excel.hasPrefix("id;number;"), excel)
        XCTAssertTrue(excel.contains(";1000000,00;250000,00;"), excel)
    }
}
