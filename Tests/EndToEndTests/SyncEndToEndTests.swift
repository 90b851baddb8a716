import Foundation
import XCTest
import TagihCore
import TagihStore

/// Two people, two data directories, one bare git remote: whatever the order
/// of syncing, both end with the same book, nothing lost or doubled.
final class SyncEndToEndTests: XCTestCase {
    var root = ""

    override func setUp() {
        root = NSTemporaryDirectory() + "tagih-sync-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        addTeardownBlock { [root] in try? FileManager.default.removeItem(atPath: root) }
    }

    func run(_ args: [String], device: String, user: String) -> (status: Int32, output: String) {
        Spawn.run([Spawn.tagih] + args, environment: ["TAGIH_DEVICE": device, "TAGIH_USER": user, "LANG": "C.UTF-8", "LC_ALL": "",
                                                     "HOME": root, "XDG_CONFIG_HOME": root + "/config",
                                                     "GIT_CONFIG_NOSYSTEM": "1"])
    }

    func git(_ args: String...) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + args
        try? p.run()
        p.waitUntilExit()
    }

    func store(_ dir: String, _ device: String) throws -> BookStore {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: device))
    }

    /// 500 contacts with clients of the shared book, and one edit of the same client's phone.
    func workOffline(_ dir: String, device: String, user: String, skewDays: Int64, phone: String) throws {
        let s = try store(dir, device)
        defer { s.close() }
        let clients = s.book.clients.keys.sorted()
        guard !clients.isEmpty else { throw XCTSkip("the book did not arrive") }
        let start = 1_764_460_800_000 + skewDays * 86_400_000
        var pending: [PendingEvent] = []
        for i in 0..<499 {
            let at = Timestamp(millis: start + Int64(i) * 60_000)
            pending.append(PendingEvent(at: at, author: user, body: .interactionLogged(Interaction(
                id: "", clientID: clients[i % clients.count], kind: .call, at: at, outcome: .reached, notes: "\(user) call \(i)", by: user))))
        }
        var edited = s.book.clients[clients[0]]!
        edited.phone = phone
        pending.append(PendingEvent(at: Timestamp(millis: start + 600 * 60_000), author: user, body: .clientRecorded(edited)))
        try s.appendEach(pending)
    }

    func book(_ dir: String) throws -> Book {
        try BookStore.open(DataDirectory(path: dir), options: .init(device: "reader", readOnly: true)).book
    }

    func testBothSyncOrdersGiveIdenticalBooksWithNothingLostOrDoubled() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed")
        for order in [["a", "b", "a"], ["b", "a", "b"]] {
            let remote = root + "/remote-\(order[0]).git"
            git("init", "-q", "--bare", "-b", "main", remote)
            let a = root + "/a-\(order[0])", b = root + "/b-\(order[0])"
            // Dewi starts the book and shares it; Budi joins.
            XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", a], environment: ["TAGIH_DEVICE": "dewi-laptop"]).status, 0)
            let initA = run(["sync", "--init", remote, "--data", a], device: "dewi-laptop", user: "Dewi")
            XCTAssertEqual(initA.status, 0, initA.output)
            let initB = run(["sync", "--init", remote, "--data", b], device: "budi-pc", user: "Budi")
            XCTAssertEqual(initB.status, 0, initB.output)
            let base = try book(a).eventCount
            XCTAssertEqual(try book(b).eventCount, base, "Budi has Dewi's book")
            // Both work offline; Budi's clock is a day ahead.
            try workOffline(a, device: "dewi-laptop", user: "Dewi", skewDays: 0, phone: "+62 811 DEWI")
            try workOffline(b, device: "budi-pc", user: "Budi", skewDays: 1, phone: "+62 812 BUDI")
            for side in order {
                let r = side == "a" ? run(["sync", "--data", a], device: "dewi-laptop", user: "Dewi")
                                    : run(["sync", "--data", b], device: "budi-pc", user: "Budi")
                XCTAssertEqual(r.status, 0, "\(order) \(side): \(r.output)")
            }
            let bookA = try book(a), bookB = try book(b)
            XCTAssertEqual(bookA, bookB, "order \(order)")
            XCTAssertEqual(bookA.eventCount, base + 1000, "nothing lost or doubled")
            // The same field edited on both sides: the later edit by (time, device, sequence) wins everywhere.
            let edited = bookA.clients.keys.sorted()[0]
            XCTAssertEqual(bookA.clients[edited]?.phone, "+62 812 BUDI")
            XCTAssertTrue(bookA.clientHistory(edited).contains { $0.value.phone == "+62 811 DEWI" && $0.by == "Dewi" },
                          "the losing value stays in the history")
            // Private after git wrote the files.
            let mode = (try FileManager.default.attributesOfItem(atPath: a + "/journal/budi-pc.jsonl")[.posixPermissions] as? Int ?? 0) & 0o777
            XCTAssertEqual(mode, 0o600)
        }
    }

    func testClearMessagesForAnUnreachableRemoteAndForeignFiles() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed")
        let a = root + "/a"
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", a], environment: ["TAGIH_DEVICE": "dewi-laptop"]).status, 0)
        let notShared = run(["sync", "--data", a], device: "dewi-laptop", user: "Dewi")
        XCTAssertEqual(notShared.status, 1)
        XCTAssertTrue(notShared.output.contains("tagih sync --init REMOTE"), notShared.output)
        let gone = run(["sync", "--init", root + "/no-such-remote.git", "--data", a], device: "dewi-laptop", user: "Dewi")
        XCTAssertEqual(gone.status, 1)
        XCTAssertTrue(gone.output.contains("cannot reach the remote"), gone.output)
        let remote = root + "/remote.git"
        git("init", "-q", "--bare", "-b", "main", remote)
        XCTAssertEqual(run(["sync", "--init", remote, "--data", a], device: "dewi-laptop", user: "Dewi").status, 0)
        FileManager.default.createFile(atPath: a + "/notes.txt", contents: Data("mine".utf8))
        let dirty = run(["sync", "--data", a], device: "dewi-laptop", user: "Dewi")
        XCTAssertEqual(dirty.status, 1)
        XCTAssertTrue(dirty.output.contains("changes tagih did not make: notes.txt"), dirty.output)
    }

    func testAConflictCopyFromAFileSyncToolIsMergedAndReported() throws {
        let a = root + "/shared"
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", a], environment: ["TAGIH_DEVICE": "dewi-laptop"]).status, 0)
        let base = try book(a)
        // Syncthing kept Budi's diverging copy of his journal beside the real one.
        try workOffline(a, device: "budi-pc", user: "Budi", skewDays: 0, phone: "+62 812 BUDI")
        let journal = a + "/journal/budi-pc.jsonl"
        let copy = a + "/journal/budi-pc.sync-conflict-20261130-101500-ABCDEF1.jsonl"
        try FileManager.default.copyItem(atPath: journal, toPath: copy)
        let s = try store(a, "budi-pc")
        try s.append([PendingEvent(at: Timestamp(millis: 1_764_500_000_000), author: "Budi", body: .interactionLogged(Interaction(
            id: "", clientID: base.clients.keys.sorted()[1], kind: .call, at: Timestamp(millis: 1_764_500_000_000), outcome: .reached,
            notes: "only in the real journal", by: "Budi")))])
        s.close()
        let merged = try BookStore.open(DataDirectory(path: a), options: .init(device: "reader", readOnly: true))
        XCTAssertEqual(merged.book.eventCount, base.eventCount + 501, "no event doubled, none lost")
        XCTAssertTrue(merged.warnings.contains { $0.contains("budi-pc.sync-conflict-20261130-101500-ABCDEF1.jsonl is a conflict copy") && $0.contains("(0 new)") },
                      merged.warnings.joined(separator: "\n"))
        let cli = run(["report", "aging", "--data", a], device: "dewi-laptop", user: "Dewi")
        XCTAssertTrue(cli.output.contains("conflict copy"), "reported, never silently ignored: \(cli.output)")
    }
}

/// The open app shows what another process or a sync added, where the user is.
final class LiveReloadEndToEndTests: XCTestCase {
    func testAnEventAppendedByAnotherProcessAppearsOnScreen() throws {
        try XCTSkipUnless(Tmux.isAvailable, "tmux is not installed")
        let dataDir = NSTemporaryDirectory() + "tagih-live-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        XCTAssertEqual(Spawn.run([Spawn.tagih, "demo", "--no-open", "--data", dataDir], environment: ["TAGIH_DEVICE": "budi-pc"]).status, 0)
        let tmux = Tmux(command: "env LANG=C.UTF-8 LC_ALL= TERM=xterm-256color TAGIH_TODAY=2026-11-30 TAGIH_DEVICE=budi-pc TAGIH_USER=Budi "
                        + "\(Spawn.tagih) --data \(dataDir)", width: 120, height: 30)
        let first = tmux.waitFor("the list") { $0.contains("INV-") }
        XCTAssertFalse(first.isEmpty)
        tmux.send("j")
        tmux.send("j")
        // Dewi's call arrives in her journal (as a sync would bring it).
        let log = Spawn.run([Spawn.tagih, "log", "maju jaya", "--note", "Dewi spoke to the owner", "--force", "--data", dataDir],
                            environment: ["TAGIH_DEVICE": "dewi-laptop", "TAGIH_USER": "Dewi", "TAGIH_TODAY": "2026-11-30"])
        XCTAssertEqual(log.status, 0, log.output)
        let after = tmux.waitFor("Dewi's call on screen") { $0.contains("Dewi logged a call with CV Maju Jaya") }
        XCTAssertTrue(after.contains("Dewi logged a call with CV Maju Jaya"), after)
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntilExited())
    }
}
