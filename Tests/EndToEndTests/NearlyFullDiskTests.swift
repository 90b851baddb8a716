import Foundation
import XCTest
import TagihCore
import TagihStore

/// On a nearly full disk the snapshot never stands between the user and a
/// save (a real tmpfs; needs root to mount, skipped otherwise).
final class NearlyFullDiskTests: XCTestCase {
    var mountPoint = ""

    override func setUpWithError() throws {
        mountPoint = NSTemporaryDirectory() + "tagih-full-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let r = Spawn.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint])
        try XCTSkipUnless(r.status == 0, "cannot mount a tmpfs here: \(r.output)")
        addTeardownBlock { [mountPoint] in
            _ = Spawn.run(["umount", mountPoint])
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
    }

    func testWithOneMegabyteFreeEverySaveWorksAndTheSnapshotStepsAside() throws {
        let dir = DataDirectory(path: mountPoint + "/book")
        let store = try BookStore.open(dir, options: .init(device: "cli"))
        try store.appendEach((1...3000).map { n in
            PendingEvent(at: Timestamp(millis: 1_790_000_000_000 + Int64(n)), author: "t",
                         body: .clientRecorded(Client(id: ClientID("c\(n)"), name: "Client \(n)")))
        })
        store.close()
        // A snapshot's temporary file left by a crash, then a filler: about 1 MB stays free.
        try FileManager.default.createDirectory(atPath: dir.snapshotDirectory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir.snapshotPath(device: "cli") + ".tmp", contents: Data(repeating: 1, count: 1 << 20))
        var st = statvfs()
        statvfs(mountPoint, &st)
        let free = Int(st.f_bavail) * Int(st.f_frsize)
        FileManager.default.createFile(atPath: mountPoint + "/filler", contents: Data(repeating: 7, count: max(0, free - (1 << 20))))
        let env = ["TAGIH_DEVICE": "cli", "TAGIH_TODAY": "2026-11-30", "TAGIH_USER": "Budi"]
        for (i, snapshot) in ["on", "off", "on"].enumerated() {
            let r = Spawn.run([Spawn.tagih, "log", "c\(i + 1)", "--note", "still saving \(i)", "--data", dir.path],
                              environment: env.merging(["TAGIH_SNAPSHOT": snapshot]) { $1 })
            XCTAssertEqual(r.status, 0, "save \(i) (snapshot \(snapshot)): \(r.output)")
            XCTAssertFalse(r.output.contains("disk is full"), r.output)
            XCTAssertLessThanOrEqual(r.output.components(separatedBy: "snapshot not written").count, 2, "said at most once: \(r.output)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.snapshotPath(device: "cli") + ".tmp"), "the stale temporary file is gone")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.snapshotPath(device: "cli")), "no snapshot took the last room")
        let book = try BookStore.open(dir, options: .init(device: "check", readOnly: true)).book
        XCTAssertEqual(book.interactionsByClient.values.joined().count, 3)
    }
}
