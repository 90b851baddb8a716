import Foundation
import XCTest

/// Compares text with `__Snapshots__/<name>.txt` beside the calling test file. Set
/// `TAGIH_RECORD_SNAPSHOTS=1` to re-record; a missing snapshot is recorded and
/// the test fails so that it is looked at once.
public func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let dir = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = dir.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["TAGIH_RECORD_SNAPSHOTS"] == "1"
    if record || !FileManager.default.fileExists(atPath: url.path) {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        if !record { XCTFail("recorded new snapshot \(name); check it and run again", file: file, line: line) }
        return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    if expected != text {
        let exp = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diff = ""
        for i in 0..<max(exp.count, got.count) {
            let e = i < exp.count ? String(exp[i]) : "<none>"
            let g = i < got.count ? String(got[i]) : "<none>"
            if e != g { diff += "line \(i + 1):\n  want: \(e)\n  got:  \(g)\n" }
        }
        XCTFail("snapshot \(name) differs (TAGIH_RECORD_SNAPSHOTS=1 re-records):\n\(diff)", file: file, line: line)
    }
}
