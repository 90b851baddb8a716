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
        let r = Spawn.run(["mount", "-t", "tmpfs", "-o", "size=40m,nr_inodes=64", "tmpfs", mountPoint])
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

    func testWithTheLastFreeFilesTheSnapshotStepsAsideAndTheFirstSaveWorks() throws {
        let dir = DataDirectory(path: mountPoint + "/book")
        let teammate = try BookStore.open(dir, options: .init(device: "rina"))
        try teammate.appendEach((1...1500).map { n in
            PendingEvent(at: Timestamp(millis: 1_790_000_000_000 + Int64(n)), author: "t",
                         body: .clientRecorded(Client(id: ClientID("c\(n)"), name: "Client \(n)")))
        })
        teammate.close()
        let store = try BookStore.open(dir, options: .init(device: "cli"))
        // Other files take all but two of the filesystem's inodes.
        var st = statvfs()
        var n = 0
        while statvfs(mountPoint, &st) == 0, st.f_favail > 2 {
            n += 1
            guard FileManager.default.createFile(atPath: mountPoint + "/filler-\(n)", contents: nil) else { break }
        }
        XCTAssertEqual(st.f_favail, 2)
        XCTAssertFalse(store.refreshSnapshot(minimumNewEvents: 1), "the snapshot must not take the last files")
        XCTAssertTrue(store.warnings.contains { $0.contains("more files can be made") }, "\(store.warnings)")
        let saved = try store.append([PendingEvent(at: Timestamp(millis: 1_790_000_100_000), author: "t",
                                                   body: .clientRecorded(Client(id: ClientID("new"), name: "New client")))])
        XCTAssertEqual(saved.count, 1, "the first save on this device creates its journal")
    }
}
