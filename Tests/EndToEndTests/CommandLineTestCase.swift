import Foundation
import XCTest
import TagihCore
import TagihStore

/// Tests that run `tagih` commands on a book of their own: a fresh data
/// directory per test (with the demo book when `startsWithDemo`), removed after.
class CommandLineTestCase: XCTestCase {
    var dataDir = ""
    let env = ["TAGIH_DEVICE": "cli", "TAGIH_TODAY": "2026-11-30", "TAGIH_USER": "Budi"]

    /// Whether each test starts on the demo book (else on no book at all).
    var startsWithDemo: Bool { true }

    override func setUp() {
        dataDir = NSTemporaryDirectory() + "tagih-cli-" + UUID().uuidString
        addTeardownBlock { [dataDir] in try? FileManager.default.removeItem(atPath: dataDir) }
        if startsWithDemo { writeDemo() }
    }

    func writeDemo() {
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
    }

    /// Runs `tagih ARGS --data DIR` and returns its status and output.
    func tagih(_ args: String...) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args + ["--data", dataDir], environment: env)
    }

    /// The book as it is on disk now.
    func book() throws -> Book {
        try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "check", readOnly: true)).book
    }
}
