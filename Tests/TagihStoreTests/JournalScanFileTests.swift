import Foundation
import XCTest
import TagihCore
@testable import TagihStore

/// Reading a journal in pieces finds exactly what reading it whole finds,
/// wherever the pieces are cut and wherever the damage is.
final class JournalScanFileTests: XCTestCase {
    func testPiecesGiveTheSameAsTheWholeFile() throws {
        let dir = makeTempDirectory(self)
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "dev"))
        try store.appendEach((1...300).map(sampleClient))
        store.close()
        let good = journalBytes(dir)
        let path = DataDirectory(path: dir).journalPath(device: "dev")
        var rng = SeededRandom(seed: 5)
        for round in 0..<60 {
            var bytes = good
            // Damage: a flipped byte somewhere, a cut-off end, or garbage appended.
            switch round % 4 {
            case 0: bytes[Int(rng.next() % UInt64(bytes.count))] ^= 0x20
            case 1: bytes.removeLast(Int(rng.next() % 200) + 1)
            case 2: bytes += Array("{\"crc\":\"0\",\"e\"".utf8)
            default: break
            }
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let whole = JournalScan.scan(bytes)
            for piece in [64, 100, 257, 1000, 4096, 1 << 20] {
                let parts = try JournalScan.scanFile(path, from: 0, pieceSize: piece)
                let what = "round \(round), pieces of \(piece)"
                XCTAssertEqual(parts.events.map(\.id), whole.events.map(\.id), what)
                XCTAssertEqual(parts.damage, whole.damage, what)
                XCTAssertEqual(parts.tornTail, whole.tornTail, what)
                XCTAssertEqual(parts.goodEnd, whole.goodEnd, what)
                XCTAssertEqual(parts.lastSeq, whole.lastSeq, what)
            }
        }
    }
}
