import Foundation
import XCTest
import TagihCore

/// The command line speaks the language of `language =` in config, else of
/// `LANG`: help, the parser's own errors, tagih's errors and reports.
final class LanguageEndToEndTests: CommandLineTestCase {
    /// `tagih ARGS --data DIR` with `LANG` set (and no config unless given).
    func run(lang: String, config: String? = nil, _ args: String...) -> (status: Int32, output: String) {
        let home = dataDir + "-config"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
        try? FileManager.default.createDirectory(atPath: home + "/tagih", withIntermediateDirectories: true)
        if let config { FileManager.default.createFile(atPath: home + "/tagih/config.toml", contents: Data(config.utf8)) }
        let e = env.merging(["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "XDG_CONFIG_HOME": home]) { $1 }
        return Spawn.run([Spawn.tagih] + args + (args.contains("--help") ? [] : ["--data", dataDir]), environment: e)
    }

    func id(_ english: String, _ values: String...) -> String { Catalog.translate(english, language: "id", values) }

    func testIndonesianLANGGivesIndonesianHelpErrorsAndReports() {
        let help = run(lang: "id_ID.UTF-8", "--help")
        XCTAssertTrue(help.output.contains("PENGGUNAAN:") && help.output.contains("SUBPERINTAH:"), help.output)
        XCTAssertFalse(help.output.contains("USAGE:"), help.output)
        XCTAssertTrue(help.output.contains(id("Record a call, letter, e-mail or visit.")), help.output)

        let logHelp = run(lang: "id_ID.UTF-8", "log", "--help")
        XCTAssertTrue(logHelp.output.contains("OPSI:") && logHelp.output.contains(id("Client id or part of the name.")), logHelp.output)

        let unknown = run(lang: "id_ID.UTF-8", "log", "tidak-ada-klien-ini")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.output.contains(id("no client matches \"{0}\"", "tidak-ada-klien-ini")), unknown.output)
        XCTAssertFalse(unknown.output.contains("no client matches"), unknown.output)

        let parser = run(lang: "id_ID.UTF-8", "log", "--no-such-option")
        XCTAssertNotEqual(parser.status, 0)
        XCTAssertTrue(parser.output.contains("Galat:"), parser.output)
        XCTAssertFalse(parser.output.contains("Unknown option"), parser.output)

        let aging = run(lang: "id_ID.UTF-8", "report", "aging")
        XCTAssertEqual(aging.status, 0, aging.output)
        XCTAssertTrue(aging.output.contains("271.500.000") && aging.output.contains("2.050,00"), "amounts grouped the Indonesian way: \(aging.output)")
    }

    func testEnglishStaysEnglishAndConfigWinsOverLANG() {
        let help = run(lang: "C.UTF-8", "--help")
        XCTAssertTrue(help.output.contains("USAGE:") && help.output.contains("Record a call, letter, e-mail or visit."), help.output)
        let unknown = run(lang: "en_US.UTF-8", "log", "nobody-at-all")
        XCTAssertTrue(unknown.output.contains("no client matches \"nobody-at-all\""), unknown.output)

        let configured = run(lang: "en_US.UTF-8", config: "language = \"id\"\n", "log", "nobody-at-all")
        XCTAssertTrue(configured.output.contains(id("no client matches \"{0}\"", "nobody-at-all")), configured.output)
        let back = run(lang: "id_ID.UTF-8", config: "language = \"en\"\n", "log", "nobody-at-all")
        XCTAssertTrue(back.output.contains("no client matches \"nobody-at-all\""), back.output)
    }

    /// One money format per language in every command: `IDR 266.250.000` in
    /// Indonesian (never `266,250,000`), and the queue's reasons, the KPIs
    /// and the key table in Indonesian.
    func testQueueKPIAndKeysInIndonesianWithOneMoneyFormat() throws {
        let englishGrouping = try NSRegularExpression(pattern: #"\b\d{1,3}(,\d{3})+\b"#)
        func grouped(_ s: String) -> Bool { englishGrouping.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        let queue = run(lang: "id_ID.UTF-8", "queue")
        XCTAssertEqual(queue.status, 0, queue.output)
        XCTAssertTrue(queue.output.contains("IDR 266.250.000"), queue.output)
        XCTAssertFalse(grouped(queue.output), "no English digit grouping: \(queue.output)")
        XCTAssertTrue(queue.output.contains(id("why: {0}", "")), queue.output)
        XCTAssertFalse(queue.output.contains("days late") || queue.output.contains("never contacted") || queue.output.contains("large balance"), queue.output)
        let kpi = run(lang: "id_ID.UTF-8", "report", "kpi")
        XCTAssertEqual(kpi.status, 0, kpi.output)
        XCTAssertFalse(grouped(kpi.output), kpi.output)
        XCTAssertTrue(kpi.output.contains(id("receivables")) && kpi.output.contains("IDR 2.328.640.000"), kpi.output)
        XCTAssertNil(kpi.output.range(of: #"\d\.\d hari"#, options: .regularExpression), "decimals written with a comma: \(kpi.output)")
        let keys = Spawn.run([Spawn.tagih, "keys"], environment: env.merging(["LANG": "id_ID.UTF-8", "LC_ALL": ""]) { $1 })
        XCTAssertTrue(keys.output.contains(id("record a payment")) && !keys.output.contains("record a payment"), keys.output)
        let english = run(lang: "C.UTF-8", "queue")
        XCTAssertTrue(english.output.contains("IDR 266,250,000") && english.output.contains("days late"), english.output)
    }
}
