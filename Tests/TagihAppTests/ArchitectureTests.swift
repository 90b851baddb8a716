import Foundation
import XCTest

/// The rules ARCHITECTURE.md states, checked on the sources: each target
/// imports only what its layer may, and the reducer never calls view code.
final class ArchitectureTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The Swift files of a target, by path inside it, with their text.
    func files(_ target: String) throws -> [(String, String)] {
        let dir = Self.sources.appendingPathComponent(target)
        let names = FileManager.default.enumerator(atPath: dir.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        return try names.sorted().map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
    }

    func testEachTargetImportsOnlyWhatItsLayerMay() throws {
        let allowed: [String: Set<String>] = [
            "TagihCore": ["Foundation", "Synchronization", "Dispatch"],
            "TagihStore": ["Foundation", "FoundationXML", "ZIPFoundation", "Synchronization", "Dispatch", "TagihCore", "CCRC32C", "Glibc", "Darwin"],
            "TerminalCore": ["Foundation", "Glibc", "Darwin"],
            "Widgets": ["Foundation", "TerminalCore"],
            "TagihApp": ["Foundation", "Glibc", "Darwin", "TagihCore", "TerminalCore", "Widgets"],
            "TagihRun": ["Foundation", "Synchronization", "TagihApp", "TagihStore", "TagihCore", "TerminalCore"],
        ]
        var problems: [String] = []
        for (target, may) in allowed.sorted(by: { $0.key < $1.key }) {
            for (file, text) in try files(target) {
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let module = String(line.split(separator: " ").last!)
                    if !may.contains(module) { problems.append("\(target)/\(file) imports \(module)") }
                }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testTheReducerAndStateNeverCallViewCode() throws {
        let app = try files("TagihApp")
        let viewTypes = Set(app.filter { $0.0.hasPrefix("Views/") }.flatMap { _, text in
            text.matches(of: /(?m)^(?:public )?(?:enum|struct) (\w+)/).map { String($0.1) }
        })
        XCTAssertGreaterThan(viewTypes.count, 5, "found the views: \(viewTypes)")
        var problems: [String] = []
        for (file, text) in app where !file.hasPrefix("Views/") {
            for name in viewTypes where text.contains(name + ".") || text.contains(name + "(") {
                problems.append("\(file) uses \(name) from Views/")
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }
}
