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
        var plain = EventIDSet()
        for id in ids { XCTAssertTrue(plain.insert(id)) }
        for id in ids { XCTAssertFalse(plain.insert(id), "a second time is a duplicate") }
        let packed = EventIDSet(packed: ids.compactMap { EventIDSet.bits($0.raw) }.shuffled(), others: [EventID("e1"), EventID("legacy-2")])
        XCTAssertEqual(packed.count, ids.count)
        XCTAssertEqual(packed, plain)
        var grown = packed
        for id in ids { XCTAssertTrue(grown.contains(id)); XCTAssertFalse(grown.insert(id)) }
        let new = EventID.v7(millis: 1_800_000_000_000, random: (1, 2))
        XCTAssertFalse(grown.contains(new))
        XCTAssertTrue(grown.insert(new))
        XCTAssertTrue(grown.contains(new))
        XCTAssertNotEqual(grown, packed)
    }
}
