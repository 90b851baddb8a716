import XCTest
import TagihCore
@testable import TagihStore

final class ConfigTests: XCTestCase {
    func testDefaultsAreThePractice() throws {
        let c = try Config.parse("", file: "config.toml")
        XCTAssertEqual(c.policy.minDaysBetweenContacts, 7)
        XCTAssertEqual(c.policy.cadence, 7...10)
        XCTAssertEqual(c.policy.maxContactsPer30Days, 4)
        XCTAssertEqual(c.policy.ladder, ["friendly", "firm", "final"])
        XCTAssertEqual(c.policy.escalateAfterReminders, 3)
        XCTAssertEqual(c.policy.buckets, .standard)
        XCTAssertEqual(c.policy.rights, .none)
    }

    func testOverrides() throws {
        let text = """
        # my settings
        user = "Rina"   # me
        [policy]
        min_days_between_contacts = 5
        cadence = [5, 8]
        max_contacts_per_30_days = 6
        ladder = ["gentle", "firm", "final", "lawyer"]
        escalate_after_reminders = 2
        aging_buckets = [15, 30, 60]
        [rights]
        preset = "eu"
        reference_rate = 2.15
        """
        let c = try Config.parse(text, file: "config.toml")
        XCTAssertEqual(c.user, "Rina")
        XCTAssertEqual(c.policy.minDaysBetweenContacts, 5)
        XCTAssertEqual(c.policy.cadence, 5...8)
        XCTAssertEqual(c.policy.maxContactsPer30Days, 6)
        XCTAssertEqual(c.policy.ladder.last, "lawyer")
        XCTAssertEqual(c.policy.escalateAfterReminders, 2)
        XCTAssertEqual(c.policy.buckets.labels, ["current", "1-15", "16-30", "31-60", "60+"])
        XCTAssertEqual(c.policy.rights, .eu)
        XCTAssertEqual(c.policy.referenceRateBasisPoints, 215)
    }

    func testErrorsNameTheFileLineAndKey() {
        let cases: [(String, String)] = [
            ("[policy]\nmin_days = 5", "config.toml:2: unknown key min_days in [policy]"),
            ("[polcy]\nx = 1", "config.toml:2: unknown section [polcy]"),
            ("[policy]\ncadence = [10, 7]", "config.toml:2: cadence: expected [low, high] days"),
            ("[policy]\nmax_contacts_per_30_days = \"four\"", "config.toml:2: max_contacts_per_30_days: expected a whole number"),
            ("[rights]\npreset = \"mars\"", "config.toml:2: preset: expected one of"),
            ("user = \"unterminated", "config.toml:1: user: a string is not closed"),
            ("just words", "config.toml:1: expected key = value"),
            ("[policy]\naging_buckets = [30, 30]", "config.toml:2: aging_buckets: expected rising day counts"),
        ]
        for (text, want) in cases {
            XCTAssertThrowsError(try Config.parse(text, file: "config.toml"), text) { e in
                XCTAssertTrue((e as? ConfigError)?.description.hasPrefix(want) ?? false, "\(e) should start with \(want)")
            }
        }
    }
}

/// What `tagih init` writes reads back as the answers given, whatever they hold.
final class ConfigStartTests: XCTestCase {
    func testAnswersWithQuotesBackslashesAndControlsReadBack() throws {
        let start = Config.Start(company: "PT \"Maju\" \\ Jaya\t\u{1}", user: "Dédé 山田", currency: .idr, language: "id")
        let c = try Config.parse(Config.text(for: start), file: "config.toml")
        XCTAssertEqual(c.company, start.company)
        XCTAssertEqual(c.user, start.user)
        XCTAssertEqual(c.currency, .idr)
        XCTAssertEqual(c.language, "id")
        XCTAssertEqual(c.policy.cadence, 7...10)
        XCTAssertEqual(c.lines["company"], 3, "each setting keeps its line")
        XCTAssertThrowsError(try Config.parse("currency = \"XXX\"\n", file: "c.toml"))
    }
}

/// The config reader takes what users write and refuses what is not TOML, with its line.
final class ConfigReaderTests: XCTestCase {
    func problem(_ text: String) -> ConfigError? {
        do { _ = try Config.parse(text, file: "config.toml"); return nil } catch { return error }
    }

    func testCRLFFilesAndUnicodeEscapesRead() throws {
        let c = try Config.parse("user = \"Rina\"\r\ncompany = \"Caf\\u00E9 \\U0001F33F\"\r\n\r\n[policy]\r\ncadence = [7, 9]\r\n", file: "config.toml")
        XCTAssertEqual(c.user, "Rina")
        XCTAssertEqual(c.company, "Café 🌿")
        XCTAssertEqual(c.policy.cadence, 7...9)
        XCTAssertEqual(c.lines["policy.cadence"], 5)
    }

    func testWhatUsersWriteReadsRight() throws {
        let text = #"""
        # a comment
        user = 'C:\Users\rina'   # a literal string keeps its backslashes
        company = """
        Toko \
            Maju"""
        rights.preset = "eu"
        mouse = false

        [policy]
        ladder = [
            "friendly",  # first
            "firm",
            "final",
        ]
        cadence = [ 7, 0x0A ]

        [keys.list]
        snooze = ["z", "Z"]
        """#
        let c = try Config.parse(text, file: "config.toml")
        XCTAssertEqual(c.user, #"C:\Users\rina"#)
        XCTAssertEqual(c.company, "Toko Maju", "a line-ending backslash joins the lines")
        XCTAssertEqual(c.policy.rights, .eu, "a dotted key sets a key of its table")
        XCTAssertNotNil(problem("policy.cadence = [7, 9]\n[policy]\nladder = [\"a\"]\n"), "a table made by a dotted key is not opened again")
        XCTAssertEqual(c.policy.ladder, ["friendly", "firm", "final"])
        XCTAssertEqual(c.policy.cadence, 7...10)
        XCTAssertEqual(c.keyOverrides.first?.keys, ["z", "Z"])
        XCTAssertEqual(c.lines["policy.cadence"], 15)
        let doc = try TOMLLite(parsing: "a = { x = 1, y = \"z\" }\n[[item]]\nn = 1\n[[item]]\nn = 2\n", file: "t.toml")
        XCTAssertEqual(doc.entries("")[0].entry.value, .table([.init(key: "x", value: .integer(1)), .init(key: "y", value: .string("z"))]))
        XCTAssertEqual(doc.sectionOrder, ["", "item[0]", "item[1]"], "arrays of tables")
    }

    func testMalformedStringsAreErrorsWithTheirLine() {
        XCTAssertEqual(try Config.parse("user = \"\"\"Rina\"\"\"\n", file: "c").user, "Rina", "a multi-line string may sit on one line, as TOML says")
        XCTAssertEqual(problem("mouse = true\nuser = \"\"\"Rina\"\n")?.line, 2, "never closed")
        XCTAssertEqual(problem("user = \"Rina\" \"x\"\n")?.line, 1)
        XCTAssertEqual(problem("user = \"\\uD800\"\n")?.line, 1, "a surrogate is not a character")
        XCTAssertEqual(problem("user = \"\\u12\"\n")?.line, 1)
    }
}
