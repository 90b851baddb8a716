import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// A fresh data directory under the system temp folder, removed after the test.
func makeTempDirectory(_ test: XCTestCase) -> String {
    let path = NSTemporaryDirectory() + "tagih-test-" + UUID().uuidString
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

func sampleClient(_ n: Int) -> PendingEvent {
    PendingEvent(at: Timestamp(millis: 1_700_000_000_000 + Int64(n) * 1000), author: "tester",
                 body: .clientRecorded(Client(id: ClientID("c\(n)"), name: "Client \(n) Dédé 山田")))
}

func journalBytes(_ dir: String, device: String = "dev") -> [UInt8] {
    Array(FileManager.default.contents(atPath: DataDirectory(path: dir).journalPath(device: device)) ?? Data())
}

func writeJournal(_ dir: String, _ bytes: [UInt8], device: String = "dev") {
    FileManager.default.createFile(atPath: DataDirectory(path: dir).journalPath(device: device), contents: Data(bytes))
}

func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int ?? 0) & 0o777
}
