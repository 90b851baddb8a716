import XCTest
@testable import TagihCore

/// The set of folded event ids, packed or not, answers the same.
final class EventIDSetTests: XCTestCase {
    func testCanonicalUUIDsPackAndUnpackExactly() {
        let id = EventID.v7(millis: 1_764_460_800_000, random: (0xABC, 0x1234_5678_9ABC_DEF0))
        let bits = EventIDSet.bits(id.raw)!
        XCTAssertEqual(EventIDSet.string(bits), id.raw)
        XCTAssertNil(EventIDSet.bits("0193821A-8600-788b-a17a-0363803ed94b"), "upper case is not canonical: kept as a string")
        XCTAssertNil(EventIDSet.bits("e42"))
        XCTAssertNil(EventIDSet.bits("01938217x8600-788b-a17a-0363803ed94b"))
    }

    func testPackedAndPlainSetsAgree() {
        let ids = (0..<200).map { EventID.v7(millis: 1_764_460_800_000 + Int64($0), random: (UInt64($0), UInt64($0) * 7919)) }
            + [EventID("e1"), EventID("legacy-2")]
        func print(_ id: EventID) -> UInt64 { UInt64(truncatingIfNeeded: id.raw.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }) }
        var plain = EventIDSet()
        for id in ids { XCTAssertEqual(plain.insert(id, print: print(id)), .new) }
        for id in ids { XCTAssertEqual(plain.insert(id, print: print(id)), .duplicate, "the same content a second time is a duplicate") }
        let packed = EventIDSet(packed: ids.compactMap { id in EventIDSet.bits(id.raw).map { ($0, print(id)) } }.shuffled(),
                                others: [EventID("e1"): print(EventID("e1")), EventID("legacy-2"): print(EventID("legacy-2"))], extra: [:])
        XCTAssertEqual(packed.count, ids.count)
        XCTAssertEqual(packed, plain)
        var grown = packed
        for id in ids { XCTAssertTrue(grown.contains(id)); XCTAssertEqual(grown.insert(id, print: print(id)), .duplicate) }
        let new = EventID.v7(millis: 1_800_000_000_000, random: (1, 2))
        XCTAssertFalse(grown.contains(new))
        XCTAssertEqual(grown.insert(new, print: 1), .new)
        XCTAssertTrue(grown.contains(new))
        XCTAssertNotEqual(grown, packed)
    }

    /// An id seen again with other content is a conflict, packed or not, and
    /// the set is the same whichever content came first.
    func testAnIdWithOtherContentIsAConflictWhateverCameFirst() {
        let packedID = EventID.v7(millis: 1_764_460_800_000, random: (3, 4))
        for id in [packedID, EventID("legacy-9")] {
            var a = EventIDSet(), b = EventIDSet()
            XCTAssertEqual(a.insert(id, print: 10), .new)
            XCTAssertEqual(a.insert(id, print: 20), .conflict)
            XCTAssertEqual(a.insert(id, print: 20), .duplicate, "the second content again is not a third record")
            XCTAssertEqual(b.insert(id, print: 20), .new)
            XCTAssertEqual(b.insert(id, print: 10), .conflict)
            XCTAssertEqual(a, b)
            XCTAssertEqual(a.extraCount, 1)
            let fromSnapshot = EventIDSet(packed: EventIDSet.bits(id.raw).map { [($0, UInt64(10))] } ?? [],
                                          others: EventIDSet.bits(id.raw) == nil ? [id: 10] : [:], extra: [id: [20]])
            XCTAssertEqual(fromSnapshot, b)
        }
    }
}
