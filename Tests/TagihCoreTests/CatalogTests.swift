import Foundation
import XCTest
@testable import TagihCore

/// Every sentence built with `tr("…")` exists in both languages with the same values.
final class CatalogTests: XCTestCase {
    /// The English keys of every `tr("…")` in `Sources/`, with where each is.
    static func keysInSources() throws -> [String: String] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        var keys: [String: String] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files.sorted() where !file.contains("Localization/Catalog+Indonesian") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (key, line) in literals(after: "tr(\"", in: text) { keys[key] = keys[key] ?? "\(file):\(line)" }
        }
        return keys
    }

    /// The string literals that follow `marker` (not part of a longer name), unescaped as Swift would.
    static func literals(after marker: String, in text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        let chars = Array(text)
        let m = Array(marker)
        var i = 0, line = 1
        while i < chars.count {
            if chars[i] == "\n" { line += 1 }
            if i + m.count <= chars.count, Array(chars[i..<i + m.count]) == m,
               i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_" || chars[i - 1] == ".") {
                var j = i + m.count, s = ""
                while j < chars.count, chars[j] != "\"" {
                    if chars[j] == "\\", j + 1 < chars.count {
                        j += 1
                        switch chars[j] {
                        case "n": s.append("\n")
                        case "t": s.append("\t")
                        case "(": s.append("\\(")   // interpolation: reported by the test
                        default: s.append(chars[j])
                        }
                    } else { s.append(chars[j]) }
                    j += 1
                }
                out.append((s, line))
                i = j
            }
            i += 1
        }
        return out
    }

    static func placeholders(_ s: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\{[0-9]\\}")
        return regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).map { (s as NSString).substring(with: $0.range) }.sorted()
    }

    func testEverySentenceExistsInBothLanguagesWithTheSameValues() throws {
        let keys = try Self.keysInSources()
        XCTAssertGreaterThan(keys.count, 100, "the scan found the sentences")
        var problems: [String] = []
        for (key, place) in keys.sorted(by: { $0.value < $1.value }) {
            if key.contains("\\(") { problems.append("\(place): interpolation inside tr(\"\(key)\"); use {0}") }
            guard let id = Catalog.indonesian[key] else { problems.append("\(place): no Indonesian for \"\(key)\""); continue }
            if id.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(place): empty Indonesian for \"\(key)\"") }
            if Self.placeholders(id) != Self.placeholders(key) { problems.append("\(place): values differ: \"\(key)\" / \"\(id)\"") }
        }
        for key in Catalog.indonesian.keys.sorted() where keys[key] == nil {
            problems.append("Indonesian only (no English use in Sources): \"\(key)\"")
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testNoSentenceIsInTwoIndonesianTables() {
        var seen: [String: Int] = [:]
        for part in Catalog.indonesianParts { for k in part.keys { seen[k, default: 0] += 1 } }
        XCTAssertEqual(seen.filter { $0.value > 1 }.keys.sorted(), [])
    }

    func testTranslateFillsValuesInEitherLanguage() {
        let key = Catalog.indonesian.keys.sorted().first { Self.placeholders($0) == ["{0}"] }!
        XCTAssertFalse(Catalog.translate(key, language: "en", ["XYZ"]).contains("{0}"))
        XCTAssertTrue(Catalog.translate(key, language: "en", ["XYZ"]).contains("XYZ"))
        XCTAssertTrue(Catalog.translate(key, language: "id", ["XYZ"]).contains("XYZ"))
        XCTAssertNotEqual(Catalog.translate(key, language: "id", ["XYZ"]), Catalog.translate(key, language: "en", ["XYZ"]))
        Catalog.with(language: "id") { XCTAssertEqual(tr(key, "XYZ"), Catalog.translate(key, language: "id", ["XYZ"])) }
        XCTAssertEqual(Catalog.language, "en")
    }

    /// Messages are built with `tr`, never from a bare English literal
    /// (`debug`, a hidden tool for tests, is the one exception).
    func testNoMessageIsABareEnglishLiteral() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(CLIError\("|fail\("|message: "|warnings\.append\("|readOnlyReason = ")[A-Za-z]|print\("[A-Za-z][a-z]+ [a-z]"#)
        var found: [String] = []
        for file in FileManager.default.enumerator(atPath: sources.path)!.compactMap({ $0 as? String }).sorted()
        where file.hasSuffix(".swift") && !file.hasSuffix("DebugCommand.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = String(line)
                if pattern.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil { found.append("\(file):\(n + 1): \(l.trimmingCharacters(in: .whitespaces))") }
            }
        }
        XCTAssertEqual(found, [], found.joined(separator: "\n"))
    }
}
