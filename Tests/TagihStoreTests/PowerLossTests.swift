import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// Power loss drops what was written but not yet fsynced: the in-flight save
/// may reach the disk in part, or as zeros. Every acknowledged save must
/// survive, with at most one torn tail and no duplicates.
final class PowerLossTests: XCTestCase {
    func testAcknowledgedSavesSurviveRandomPowerLoss() throws {
        let dir = makeTempDirectory(self)
        var rng = SeededRandom(seed: 42)
        var acknowledged: Set<String> = []
        var n = 0
        for round in 0..<150 {
            let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
            XCTAssertNil(store.readOnlyReason, "round \(round): \(store.warnings)")
            XCTAssertLessThanOrEqual(store.warnings.count, 1, "at most one torn tail")
            let ids = Set(store.book.clients.keys.map(\.raw))
            XCTAssertTrue(acknowledged.isSubset(of: ids), "round \(round): lost \(acknowledged.subtracting(ids).sorted().prefix(3))")
            XCTAssertEqual(store.book.eventCount, store.book.clients.count, "no duplicates")
            // Some acknowledged saves, of one or several changes each.
            for _ in 0..<Int(rng.next() % 4) {
                let size = 1 + Int(rng.next() % 3)
                let batch = (0..<size).map { _ -> PendingEvent in n += 1; return sampleClient(n) }
                try store.append(batch)
                for e in batch { if case let .clientRecorded(c) = e.body { acknowledged.insert(c.id.raw) } }
            }
            // The save in flight when the power went: its lines reach the disk in part, or as zeros.
            var doomed = (0..<(1 + Int(rng.next() % 3))).map { _ -> PendingEvent in n += 1; return sampleClient(n) }
            let path = DataDirectory(path: dir).journalPath(device: "dev")
            let before = journalBytes(dir)
            try store.append(doomed)
            let after = journalBytes(dir)
            let inFlight = Array(after[before.count...])
            var kept = Array(inFlight.prefix(Int(rng.next() % UInt64(inFlight.count + 1))))
            let whole = kept.count == inFlight.count
            if rng.next() % 4 == 0 { kept += Array(repeating: 0, count: Int(rng.next() % 64)) }
            FileManager.default.createFile(atPath: path, contents: Data(before + kept))
            store.close()
            // Lines that made it whole count only if the whole save made it.
            if whole && kept.count == inFlight.count { for e in doomed { if case let .clientRecorded(c) = e.body { acknowledged.insert(c.id.raw) } } }
            doomed.removeAll()
        }
        XCTAssertGreaterThan(acknowledged.count, 100)
    }
}
