import Foundation
import XCTest
import TagihCore
@testable import TagihStore

final class CSVTests: XCTestCase {
    func testQuotesCommasNewlinesCRLFAndBOM() throws {
        let rows = try CSV.parse(fixture("generic.csv"), file: "generic.csv")
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[0].fields.first, "number", "the BOM is not part of the first header")
        XCTAssertEqual(rows[1].fields[1], "CV Maju Jaya, Bandung")
        XCTAssertEqual(rows[3].fields[1], "Line \"Two\" Ltd")
        XCTAssertEqual(rows[3].fields[6], "Multi\nline contact")
        XCTAssertEqual(rows.map(\.line), [1, 2, 3, 4])
    }

    func testBadEncodingAndQuotingAreNamed() {
        XCTAssertThrowsError(try CSV.parse([0xFF, 0xFE, 0x61, 0x00], file: "f.csv")) { e in
            XCTAssertTrue("\(e)".contains("UTF-16"), "\(e)")
        }
        XCTAssertThrowsError(try CSV.parse(Array("a,b\nc,\u{E9}".utf8.dropLast(1)) + [0xE9, 0x0A], file: "f.csv")) { e in
            XCTAssertTrue("\(e)".contains("not UTF-8"), "\(e)")
            XCTAssertTrue("\(e)".hasPrefix("f.csv:2"), "\(e)")
        }
        XCTAssertThrowsError(try CSV.parse(Array("a,\"b\nc".utf8), file: "f.csv")) { e in
            XCTAssertEqual("\(e)", "f.csv:1:2: a quoted field is never closed")
        }
        XCTAssertThrowsError(try CSV.parse(Array("a,b\"c\n".utf8), file: "f.csv"))
    }

    func testWriteQuotesWhatNeedsIt() {
        XCTAssertEqual(CSV.line(["a", "b,c", "say \"hi\"", "two\nlines"]), "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }

    /// A name stored as `'=x` used to come back from its own export as `=x`.
    func testEveryCellSurvivesItsFormulaEscapingUnchanged() {
        for text in ["=x", "'=x", "''=x", "'hello", "-5", "'-5", "+62", "@a", "'", "", "'@", "plain", "\tTab"] {
            let written = CSV.safeCell(text)
            XCTAssertEqual(CSV.unescapedCell(written), text, "round trip of \(text)")
            let startsFormula = written.first.map { "=+-@\t\r".contains($0) } ?? false
            XCTAssertFalse(startsFormula && !CSV.isPlainNumber(text), "\(written) runs as a formula")
        }
    }
}

func fixture(_ name: String) -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
    return Array((try? Data(contentsOf: url)) ?? Data())
}
