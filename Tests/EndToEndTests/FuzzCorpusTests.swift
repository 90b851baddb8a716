import Foundation
import XCTest

/// The fuzzers' seed corpus (and any input a fuzzer once crashed on, kept in
/// Fuzz/corpus) replayed through the same targets on every test run.
final class FuzzCorpusTests: XCTestCase {
    func testEverySeedRunsThroughItsTarget() throws {
        let binary = URL(fileURLWithPath: Spawn.tagih).deletingLastPathComponent().appendingPathComponent("tagih-fuzz").path
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "tagih-fuzz is not built")
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus").path
        for target in ["journal", "csv", "config"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + target)
            XCTAssertGreaterThan(files.count, 4, target)
            let r = Spawn.run([binary, target, corpus + "/" + target])
            XCTAssertEqual(r.status, 0, r.output)
            XCTAssertTrue(r.output.contains("\(target): \(files.count) inputs, no crash"), r.output)
        }
    }
}
