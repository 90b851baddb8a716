import Foundation
import XCTest
import TagihCore
import TagihStore

/// Sharing through git never sends what is not the book's, never changes a
/// remote the user set, and stops, clearly and before merging, when two
/// machines write under one device name.
final class SyncSafetyEndToEndTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed")
        root = NSTemporaryDirectory() + "tagih-syncsafe-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        addTeardownBlock { [root] in try? FileManager.default.removeItem(atPath: root) }
    }

    var environment: [String: String] {
        ["TAGIH_USER": "Dewi", "TAGIH_TODAY": "2026-11-30", "LANG": "C.UTF-8", "LC_ALL": "", "HOME": root,
         "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state", "GIT_CONFIG_NOSYSTEM": "1",
         "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"]
    }

    func tagih(_ args: [String], device: String) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args, environment: environment.merging(["TAGIH_DEVICE": device]) { $1 })
    }

    @discardableResult
    func git(_ args: String...) -> (status: Int32, output: String) {
        Spawn.run(["git"] + args, environment: environment)
    }

    func bare(_ name: String) -> String {
        let path = root + "/" + name + ".git"
        git("init", "-q", "--bare", "-b", "main", path)
        return path
    }

    func testABookInsideAnotherRepositorySendsNothingOfIt() throws {
        let outer = root + "/home"
        git("init", "-q", "-b", "main", outer)
        try "my bank password".write(toFile: outer + "/private.txt", atomically: true, encoding: .utf8)
        git("-C", outer, "add", "private.txt")
        git("-C", outer, "commit", "-q", "-m", "private things")
        let book = outer + "/book"
        XCTAssertEqual(tagih(["demo", "--no-open", "--data", book], device: "dewi-laptop").status, 0)
        let remote = bare("team")
        let r = tagih(["sync", "--init", remote, "--data", book], device: "dewi-laptop")
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("inside the git repository at"), r.output)
        let sent = git("-C", remote, "log", "--all", "--name-only", "--format=%s").output
        XCTAssertTrue(sent.contains("journal/dewi-laptop.jsonl"), sent)
        XCTAssertFalse(sent.contains("private"), "the outer repository's history stays home: \(sent)")
    }

    func testARepositoryTagihDidNotMakeIsRefusedAndARemoteIsNeverChanged() throws {
        let book = root + "/book"
        XCTAssertEqual(tagih(["demo", "--no-open", "--data", book], device: "dewi-laptop").status, 0)
        git("init", "-q", "-b", "main", book)
        try "notes".write(toFile: book + "/notes.md", atomically: true, encoding: .utf8)
        git("-C", book, "add", "notes.md")
        git("-C", book, "commit", "-q", "-m", "my notes")
        git("-C", book, "remote", "add", "origin", root + "/mine.git")
        let remote = bare("team")
        let refused = tagih(["sync", "--init", remote, "--data", book], device: "dewi-laptop")
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("tagih did not make (1 commits)") && refused.output.contains("--adopt"), refused.output)
        let adopted = tagih(["sync", "--init", remote, "--adopt", "--data", book], device: "dewi-laptop")
        XCTAssertEqual(adopted.status, 1, adopted.output)
        XCTAssertTrue(adopted.output.contains("already sends to " + root + "/mine.git"), adopted.output)
        XCTAssertEqual(git("-C", book, "remote", "get-url", "origin").output.trimmingCharacters(in: .whitespacesAndNewlines), root + "/mine.git")
        XCTAssertTrue(git("-C", remote, "log", "--all", "--oneline").output.isEmpty || git("-C", remote, "log", "--all").status != 0, "nothing was pushed")
        let plain = tagih(["sync", "--data", book], device: "dewi-laptop")
        XCTAssertEqual(plain.status, 1)
        XCTAssertTrue(plain.output.contains("tagih did not make"), plain.output)
    }

    /// Two machines with one device name: the second to sync stops before
    /// merging, says why, and leaves its journal as it was.
    func testTheSameDeviceNameOnTwoMachinesStopsBeforeMerging() throws {
        let remote = bare("team")
        let a = root + "/a", b = root + "/b"
        XCTAssertEqual(tagih(["demo", "--no-open", "--data", a], device: "laptop").status, 0)
        XCTAssertEqual(tagih(["sync", "--init", remote, "--data", a], device: "laptop").status, 0)
        let join = tagih(["sync", "--init", remote, "--data", b], device: "laptop")
        XCTAssertEqual(join.status, 0, join.output)
        XCTAssertEqual(tagih(["log", "maju jaya", "--note", "from a", "--force", "--data", a], device: "laptop").status, 0)
        XCTAssertEqual(tagih(["log", "maju jaya", "--note", "from b", "--force", "--data", b], device: "laptop").status, 0)
        XCTAssertEqual(tagih(["sync", "--data", a], device: "laptop").status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: b + "/journal/laptop.jsonl"))
        let second = tagih(["sync", "--data", b], device: "laptop")
        XCTAssertEqual(second.status, 1, second.output)
        XCTAssertTrue(second.output.contains("another machine uses the device name laptop") && second.output.contains("Nothing was merged"), second.output)
        XCTAssertFalse(second.output.contains("failed: \n") || second.output.hasSuffix("failed: "), "git's reason is shown")
        let after = try Data(contentsOf: URL(fileURLWithPath: b + "/journal/laptop.jsonl"))
        XCTAssertEqual(after, before, "the journal is as it was")
        XCTAssertFalse(String(decoding: after, as: UTF8.self).contains("<<<<<<<"), "no conflict markers")
        let store = try BookStore.open(DataDirectory(path: b), options: .init(device: "laptop"))
        XCTAssertNil(store.readOnlyReason, "the book still works")
        // The way out the message gives: this machine takes another name.
        let renamed = tagih(["sync", "--rename-device", "budi-pc", "--data", b], device: "laptop")
        XCTAssertEqual(renamed.status, 0, renamed.output)
        XCTAssertTrue(renamed.output.contains("set TAGIH_DEVICE=budi-pc"), renamed.output)
        XCTAssertEqual(tagih(["sync", "--data", a], device: "laptop").status, 0)
        let notes = { (dir: String) throws -> Set<String> in
            Set(try BookStore.open(DataDirectory(path: dir), options: .init(device: "reader", readOnly: true)).book
                .interactionsByClient.values.joined().map(\.notes).filter { $0.hasPrefix("from ") })
        }
        XCTAssertEqual(try notes(a), ["from a", "from b"])
        XCTAssertEqual(try notes(b), ["from a", "from b"])
    }

    /// After `check --repair` the remote's copy of this device's journal is no
    /// longer a prefix of it: that is said as what it is, not as a second machine.
    func testAJournalRepairedHereIsNamedAsSuchAndTheRemotesIntactCopyComesBack() throws {
        let remote = bare("team")
        let a = root + "/a"
        XCTAssertEqual(tagih(["demo", "--no-open", "--data", a], device: "laptop").status, 0)
        XCTAssertEqual(tagih(["log", "maju jaya", "--note", "kept on the remote", "--force", "--data", a], device: "laptop").status, 0)
        XCTAssertEqual(tagih(["sync", "--init", remote, "--data", a], device: "laptop").status, 0)
        let path = a + "/journal/laptop.jsonl"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 30] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let repair = tagih(["check", "--repair", "--yes", "--data", a], device: "laptop")
        XCTAssertEqual(repair.status, 0, repair.output)
        let sync = tagih(["sync", "--data", a], device: "laptop")
        XCTAssertEqual(sync.status, 1, sync.output)
        XCTAssertTrue(sync.output.contains("was repaired here by tagih check --repair") && !sync.output.contains("another machine"), sync.output)
        let renamed = tagih(["sync", "--rename-device", "laptop-2", "--data", a], device: "laptop")
        XCTAssertEqual(renamed.status, 0, renamed.output)
        XCTAssertEqual(tagih(["sync", "--data", a], device: "laptop-2").status, 0)
        let store = try BookStore.open(DataDirectory(path: a), options: .init(device: "reader", readOnly: true))
        XCTAssertFalse(store.warnings.contains { $0.contains("damaged") }, "\(store.warnings)")
        XCTAssertTrue(store.book.interactionsByClient.values.joined().contains { $0.notes == "kept on the remote" }, "the record repair set aside is back")
    }
}
