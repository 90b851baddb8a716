import XCTest
@testable import TagihCore

/// The PO reader: what translators' tools write comes back as messages, and
/// what is not PO is refused with its line.
final class PortableObjectTests: XCTestCase {
    func testContextsPluralsContinuationsAndEscapes() throws {
        let text = """
        # a comment
        msgid ""
        msgstr ""
        "Language: id\\n"

        #. {0}: a name
        msgctxt "form field"
        msgid "Why"
        msgstr "Alasan"

        msgid "{0} row"
        msgid_plural "{0} rows"
        msgstr[0] "{0} baris"

        msgid "a \\"quoted\\" "
        "line\\tand\\\\more\\n"
        msgstr "baris \\"dikutip\\"\\n"

        #, fuzzy
        msgid "unchecked"
        msgstr "belum diperiksa"

        msgid "untranslated"
        msgstr ""
        """
        let po = try PortableObject(parsing: text.replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertEqual(po.messages.map(\.id), ["Why", "{0} row", "a \"quoted\" line\tand\\more\n"], "header, fuzzy and empty entries are skipped")
        XCTAssertEqual(po.messages[0].context, "form field")
        XCTAssertEqual(po.messages[1].plural, "{0} rows")
        XCTAssertEqual(po.messages[1].strings, ["{0} baris"])
        XCTAssertEqual(po.messages[2].strings, ["baris \"dikutip\"\n"])
    }

    func testAByteOrderMarkACarriageReturnEscapeAndFlagsWithoutABlankLine() throws {
        let po = try PortableObject(parsing: "\u{FEFF}msgid \"a\\r\"\nmsgstr \"b\"\n#, fuzzy\nmsgid \"c\"\nmsgstr \"d\"\n")
        XCTAssertEqual(po.messages.map(\.id), ["a\r"], "the fuzzy flag belongs to the entry after it")
    }

    func testWhatIsNotPOIsRefusedWithItsLine() {
        func problem(_ text: String) -> PortableObject.Problem? {
            do { _ = try PortableObject(parsing: text); return nil } catch { return error }
        }
        XCTAssertEqual(problem("msgid \"a\"\nmsgstr \"b\nmsgid \"c\"")?.line, 2)
        XCTAssertEqual(problem("\"orphan\"")?.line, 1)
        XCTAssertEqual(problem("msgid \"a\"\nmsgstring \"b\"")?.line, 2)
        XCTAssertEqual(problem("msgid \"a\\q\"")?.line, 1)
        XCTAssertEqual(problem("msgid \"a\" \"b\"")?.line, 1, "two strings on one line")
    }

    func testPluralsPickTheFormByCountInEnglishAndOneFormInIndonesian() {
        XCTAssertEqual(Catalog.plural("{0} invoice", "{0} invoices", count: 1, language: "en", []), "1 invoice")
        XCTAssertEqual(Catalog.plural("{0} invoice", "{0} invoices", count: 3, language: "en", []), "3 invoices")
        XCTAssertEqual(Catalog.plural("{0} invoice", "{0} invoices", count: 1, language: "id", []), "1 tagihan")
        XCTAssertEqual(Catalog.plural("{0} invoice", "{0} invoices", count: 3, language: "id", []), "3 tagihan")
        XCTAssertEqual(Catalog.plural("{1} (and {0} more change)", "{1} (and {0} more changes)", count: 2, language: "id", ["X"]),
                       "X (dan 2 perubahan lain)")
    }

    func testAContextPicksTheSenseOfAWord() {
        XCTAssertEqual(Catalog.translate("none", context: "screen", language: "id", []), "belum ada")
        XCTAssertEqual(Catalog.translate("none", context: "form choice: no letter (send the reminder without one)", language: "id", []), "tanpa")
        XCTAssertEqual(Catalog.translate("none", context: "screen", language: "en", []), "none")
    }
}
