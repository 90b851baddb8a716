import Foundation
import XCTest
@testable import TagihCore
@testable import TagihApp

/// Every sentence built with `tr("…")` exists in both languages with the same values.
final class CatalogTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A sentence used in `Sources/`: its context, English and (for a count) English plural.
    struct Use: Hashable {
        var context: String?
        var english: String
        var plural: String?
    }

    /// Every sentence of `tr("…")`, `.tr("…")`, `tr(context: "…", "…")`,
    /// `trn("…", "…")` and `Sentence("…")` in `Sources/`, with where each is.
    static func keysInSources() throws -> [Use: String] {
        let sources = root.appendingPathComponent("Sources")
        var keys: [Use: String] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files.sorted() where !file.contains("EmbeddedPO") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var found: [(Use, Int)] = []
            found += literals(after: "tr(\"", in: text).map { (Use(english: $0.0), $0.1) }
            found += literals(after: "trn(\"", in: text, count: 2).map { (Use(english: $0.0, plural: $0.2), $0.1) }
            found += literals(after: "tr(context: \"", in: text, count: 2).map { (Use(context: $0.0, english: $0.2 ?? ""), $0.1) }
            found += literals(after: "Sentence(\"", in: text).map { (Use(english: $0.0), $0.1) }
            found += literals(after: "Sentence(context: \"", in: text, count: 2).map { (Use(context: $0.0, english: $0.2 ?? ""), $0.1) }
            for (use, line) in found { keys[use] = keys[use] ?? "\(file):\(line)" }
        }
        return keys
    }

    /// The string literals that follow `marker` (after a dot or no name), unescaped as
    /// Swift would, with the line; `count: 2` also reads the literal after the next comma.
    static func literals(after marker: String, in text: String, count: Int = 1) -> [(String, Int, String?)] {
        var out: [(String, Int, String?)] = []
        let chars = Array(text)
        let m = Array(marker)
        var i = 0, line = 1
        func literal(from start: Int) -> (String, Int) {
            var j = start, s = ""
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
            return (s, j)
        }
        while i < chars.count {
            if chars[i] == "\n" { line += 1 }
            if i + m.count <= chars.count, Array(chars[i..<i + m.count]) == m,
               i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_") {
                let (first, end) = literal(from: i + m.count)
                var second: String?
                var j = end
                if count == 2 {
                    var k = end + 1
                    while k < chars.count, chars[k] == "," || chars[k] == " " || chars[k] == "\n" { k += 1 }
                    if k < chars.count, chars[k] == "\"" { (second, j) = literal(from: k + 1) }
                }
                out.append((first, line, second))
                line += chars[i..<min(j, chars.count)].filter { $0 == "\n" }.count
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

    /// The Indonesian messages of `po/id.po` as the binary carries them.
    static func messages() throws -> [PortableObject.Message] {
        try PortableObject(parsing: EmbeddedPO.files["id"] ?? "").messages
    }

    func testEverySentenceExistsInBothLanguagesWithTheSameValues() throws {
        let keys = try Self.keysInSources()
        XCTAssertGreaterThan(keys.count, 500, "the scan found the sentences")
        var po: [Use: PortableObject.Message] = [:]
        for m in try Self.messages() { po[Use(context: m.context, english: m.id, plural: m.plural)] = m }
        var problems: [String] = []
        for (key, place) in keys.sorted(by: { $0.value < $1.value }) {
            if key.english.contains("\\(") { problems.append("\(place): interpolation inside tr(\"\(key.english)\"); use {0}") }
            guard let m = po[key] else {
                problems.append("\(place): no Indonesian in po/id.po for \(key.context.map { "[\($0)] " } ?? "")\"\(key.english)\""
                                + (key.plural.map { " / plural \"\($0)\"" } ?? ""))
                continue
            }
            for s in m.strings where Self.placeholders(s) != Self.placeholders(key.plural ?? key.english) {
                problems.append("\(place): values differ: \"\(key.english)\" / \"\(s)\"")
            }
        }
        let screens = Set(T.allCases.map { Use(context: $0.context, english: Strings.english[$0] ?? "") })
        let keyHelp = Set(Keymap.defaultBindings.map { Use(english: $0.summary) })
        for use in po.keys.sorted(by: { $0.english < $1.english }) where keys[use] == nil && !screens.contains(use) && !keyHelp.contains(use) {
            problems.append("po/id.po only (no use in Sources): \(use.context.map { "[\($0)] " } ?? "")\"\(use.english)\"")
        }
        for use in screens.union(keyHelp) where po[use] == nil {
            problems.append("a screen text or key summary has no Indonesian in po/id.po: \"\(use.english)\"")
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testThePOFileIsWhatTheBinaryCarries() throws {
        let file = try String(contentsOf: Self.root.appendingPathComponent("po/id.po"), encoding: .utf8)
        XCTAssertEqual(EmbeddedPO.files["id"], file, "po/id.po changed: run scripts/embed-po")
        XCTAssertGreaterThan(try Self.messages().count, 900)
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
