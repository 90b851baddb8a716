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

    /// What Excel saves in an Indonesian or German locale (`;`), tab-separated
    /// text, and old Mac line ends (CR only) read as the same rows.
    func testDelimitersAndEveryLineEnd() throws {
        let want: [[String]] = [["No Faktur", "Pelanggan", "Nilai"], ["F-1", "Toko; Satu", "1.500.000,50"], ["F-2", "Dua\nBaris", "7"]]
        for (sep, end) in [(";", "\r\n"), (";", "\r"), (";", "\n"), ("\t", "\n"), (",", "\r")] {
            let text = want.map { $0.map { $0.contains(sep) || $0.contains("\n") || $0.contains(";") ? "\"" + $0.replacingOccurrences(of: "\n", with: end) + "\"" : $0 }
                .joined(separator: sep) }.joined(separator: end) + end
            let rows = try CSV.parse(Array(text.utf8), file: "f.csv")
            XCTAssertEqual(rows.map(\.fields), want, "separator \(sep.debugDescription), line end \(end.debugDescription)")
            XCTAssertEqual(rows.map(\.line), [1, 2, 3])
        }
        XCTAssertEqual(CSV.delimiter(of: "a,b;c,d\n"), ",", "a comma header with one semicolon in it stays comma-separated")
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
