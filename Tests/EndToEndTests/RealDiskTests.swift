import Foundation
import XCTest
import TagihCore
import TagihStore

/// Real disk faults on a tiny tmpfs (needs root to mount; skipped otherwise).
final class RealDiskTests: XCTestCase {
    var mountPoint = ""

    override func setUpWithError() throws {
        mountPoint = NSTemporaryDirectory() + "tagih-tmpfs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let r = Spawn.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", mountPoint])
        try XCTSkipUnless(r.status == 0, "cannot mount a tmpfs here: \(r.output)")
        addTeardownBlock { [mountPoint] in
            _ = Spawn.run(["umount", mountPoint])
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
    }

    func client(_ n: Int) -> PendingEvent {
        PendingEvent(at: Timestamp(millis: Int64(n) * 1000), author: "t",
                     body: .clientRecorded(Client(id: ClientID("c\(n)"), name: "Client \(n) " + String(repeating: "x", count: 300))))
    }

    func testFullDiskThenSpaceFreed() throws {
        let dir = DataDirectory(path: mountPoint + "/book")
        let store = try BookStore.open(dir, options: .init(device: "dev"))
        // Leave little room: a filler file takes most of the disk.
        let filler = mountPoint + "/filler"
        FileManager.default.createFile(atPath: filler, contents: Data(repeating: 7, count: 60 * 1024))
        var saved = 0
        var failure: StoreError?
        for n in 1...500 {
            do { try store.append([client(n)]); saved = n } catch { failure = error; break }
        }
        let error = try XCTUnwrap(failure, "the disk filled up")
        XCTAssertTrue(error.description.contains("the disk is full"), error.description)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.journalPath(device: "dev")))
        XCTAssertEqual(bytes.last, 10, "no partial line")
        XCTAssertEqual(try BookStore.open(dir, options: .init(device: "check", readOnly: true)).book.clients.count, saved)
        try FileManager.default.removeItem(atPath: filler)
        try store.append([client(1000)])
        XCTAssertEqual(try BookStore.open(dir, options: .init(device: "check", readOnly: true)).book.clients.count, saved + 1)
    }

    func testReadOnlyDirectoryOpensReadOnlyAndLeavesNoTempFiles() throws {
        let dir = DataDirectory(path: mountPoint + "/book")
        try BookStore.open(dir, options: .init(device: "dev")).append([client(1)])
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(Spawn.run(["mount", "-o", "remount,ro", mountPoint]).status, 0)
        defer { _ = Spawn.run(["mount", "-o", "remount,rw", mountPoint]) }
        let store = try BookStore.open(dir, options: .init(device: "dev", session: true))
        XCTAssertTrue(store.isReadOnly)
        XCTAssertTrue(store.readOnlyReason?.contains("cannot write") ?? false, "\(String(describing: store.readOnlyReason))")
        XCTAssertEqual(store.book.clients.count, 1)
        XCTAssertThrowsError(try store.append([client(2)]))
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted(), before, "no temp or lock files")
        let report = Spawn.run([Spawn.tagih, "report", "aging", "--data", dir.path])
        XCTAssertEqual(report.status, 0, report.output)
    }
}

/// `tagih check` from the command line.
final class CheckCommandTests: XCTestCase {
    func testCheckExitStatusAndRepairNeedsAYes() throws {
        let dataDir = NSTemporaryDirectory() + "tagih-check-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        let env = ["TAGIH_DEVICE": "cli"]
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
        let ok = Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env)
        XCTAssertEqual(ok.status, 0, ok.output)
        XCTAssertTrue(ok.output.contains("all intact"), ok.output)
        let path = dataDir + "/journal/cli.jsonl"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[500] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let bad = Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.output.contains("journal/cli.jsonl") && bad.output.contains("checksum mismatch"), bad.output)
        let noYes = Spawn.run([Spawn.tagih, "check", "--repair", "--data", dataDir], environment: env)
        XCTAssertEqual(noYes.status, 1)
        XCTAssertTrue(noYes.output.contains("--yes"), noYes.output)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), bytes, "nothing changed without a yes")
        let fixed = Spawn.run([Spawn.tagih, "check", "--repair", "--yes", "--data", dataDir], environment: env)
        XCTAssertEqual(fixed.status, 0, fixed.output)
        XCTAssertTrue(fixed.output.contains("kept quarantine/cli-"), fixed.output)
        XCTAssertEqual(Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env).status, 0)
    }

    func testCheckVerifiesTheSnapshotAndRepairRebuildsIt() throws {
        let dataDir = NSTemporaryDirectory() + "tagih-check-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        let env = ["TAGIH_DEVICE": "cli", "LANG": "C.UTF-8", "LC_ALL": ""]
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: env).status, 0)
        let store = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "cli"))
        try store.writeSnapshot()
        store.close()
        let ok = Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env)
        XCTAssertEqual(ok.status, 0, ok.output)
        XCTAssertTrue(ok.output.contains("snapshot/cli.snapshot: matches the journals"), ok.output)

        let path = dataDir + "/snapshot/cli.snapshot"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let bad = Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env)
        XCTAssertEqual(bad.status, 1, bad.output)
        XCTAssertTrue(bad.output.contains("snapshot/cli.snapshot: damaged (snapshot checksum mismatch)"), bad.output)
        // The app and the commands still open the book, from the journals.
        let aging = Spawn.run([Spawn.tagih, "report", "aging", "--data", dataDir], environment: env)
        XCTAssertEqual(aging.status, 0, aging.output)

        let fixed = Spawn.run([Spawn.tagih, "check", "--repair", "--yes", "--data", dataDir], environment: env)
        XCTAssertEqual(fixed.status, 0, fixed.output)
        XCTAssertTrue(fixed.output.contains("kept quarantine/cli.snapshot") && fixed.output.contains("snapshot rebuilt"), fixed.output)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: dataDir + "/quarantine/cli.snapshot"))), bytes, "the damaged one is kept")
        let again = Spawn.run([Spawn.tagih, "check", "--data", dataDir], environment: env)
        XCTAssertEqual(again.status, 0, again.output)
        XCTAssertTrue(again.output.contains("snapshot/cli.snapshot: matches the journals"), again.output)
    }
}
