import Foundation
import XCTest
import TagihCore
import TagihStore

/// Journal guarantees that need real processes: concurrent writers and kill -9.
final class JournalProcessTests: XCTestCase {
    var dataDir = ""

    override func setUp() {
        dataDir = NSTemporaryDirectory() + "tagih-proc-" + UUID().uuidString
        addTeardownBlock { [dataDir] in try? FileManager.default.removeItem(atPath: dataDir) }
    }

    func openBook(device: String = "checker") throws -> BookStore {
        try BookStore.open(DataDirectory(path: dataDir), options: .init(device: device, readOnly: true))
    }

    /// Two processes append to the same journal at once: every line valid, none lost.
    func testTwoProcessesAppendingConcurrently() throws {
        let n = 10_000
        let a = Spawn.start([Spawn.tagih, "debug", "append-loop", "--data", dataDir, "--count", "\(n)", "--tag", "a"],
                            environment: ["TAGIH_DEVICE": "shared"])
        let b = Spawn.start([Spawn.tagih, "debug", "append-loop", "--data", dataDir, "--count", "\(n)", "--tag", "b"],
                            environment: ["TAGIH_DEVICE": "shared"])
        XCTAssertEqual(Spawn.wait(a), 0)
        XCTAssertEqual(Spawn.wait(b), 0)
        let store = try openBook()
        XCTAssertTrue(store.warnings.isEmpty, "\(store.warnings)")
        XCTAssertFalse(store.readOnlyReason?.contains("damaged") ?? false)
        XCTAssertEqual(store.book.clients.count, 2 * n)
        let text = try String(contentsOfFile: DataDirectory(path: dataDir).journalPath(device: "shared"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2 * n)
        let seqs = lines.compactMap { l -> Int? in
            guard let r = l.range(of: #""seq":\d+"#, options: .regularExpression) else { return nil }
            return Int(l[r].dropFirst(6))
        }
        XCTAssertEqual(seqs, Array(1...(2 * n)), "sequence numbers are unique and in file order")
    }

    /// A second session names the holder's pid; a lock held by a killed process is free at once.
    func testLocksAreFreedWhenTheHolderIsKilled() throws {
        let out = NSTemporaryDirectory() + "tagih-hold-\(UUID().uuidString)"
        defer { unlink(out) }
        let holder = Spawn.start([Spawn.tagih, "debug", "hold-lock", "--data", dataDir], environment: ["TAGIH_DEVICE": "holder"], outputPath: out)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").contains("holding") { usleep(20_000) }
        let second = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "second", session: true))
        XCTAssertTrue(second.readOnlyReason?.contains("pid \(holder)") ?? false, "\(String(describing: second.readOnlyReason))")
        second.close()
        kill(holder, SIGKILL)
        _ = Spawn.wait(holder)
        let third = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "third", session: true))
        XCTAssertNil(third.readOnlyReason, "free as soon as the holder is gone")
    }

    /// kill -9 at random moments during a loop of saves: every save that was
    /// acknowledged is in the book afterwards, and the book still opens.
    func testKillDuringSavesLosesNothingAcknowledged() throws {
        var rng = SystemRandomNumberGenerator()
        var acknowledged: Set<String> = []
        for round in 0..<10 {
            let out = NSTemporaryDirectory() + "tagih-acks-\(UUID().uuidString)"
            defer { unlink(out) }
            let pid = Spawn.start([Spawn.tagih, "debug", "append-loop", "--data", dataDir, "--count", "100000",
                                   "--tag", "r\(round)"], environment: ["TAGIH_DEVICE": "victim"], outputPath: out)
            let want = 50 + Int(rng.next() % 200)
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                let acks = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").count
                if acks >= want { break }
                usleep(useconds_t(1000 + rng.next() % 3000))
            }
            kill(pid, SIGKILL)
            XCTAssertEqual(Spawn.wait(pid), 128 + SIGKILL)
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.hasPrefix("ack ") {
                acknowledged.insert(String(line.dropFirst(4)))
            }
            // Reopen as the writer would (cutting a torn tail, if any).
            let store = try BookStore.open(DataDirectory(path: dataDir), options: .init(device: "victim"))
            XCTAssertNil(store.readOnlyReason, "round \(round)")
            let ids = Set(store.book.clients.keys.map(\.raw))
            let lost = acknowledged.subtracting(ids)
            XCTAssertTrue(lost.isEmpty, "round \(round): acknowledged but missing: \(lost.sorted().prefix(5))")
            XCTAssertEqual(store.book.eventCount, store.book.clients.count, "no duplicates")
        }
        XCTAssertGreaterThanOrEqual(acknowledged.count, 1_000, "at least a thousand acknowledged saves were tested")
    }
}
