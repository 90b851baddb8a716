import XCTest
@testable import TagihApp

/// The byte search behind the filter.
final class MatcherTests: XCTestCase {
    func contains(_ hay: String, _ needle: String) -> Bool { Matcher.contains(Array(hay.utf8), Array(needle.utf8)) }

    func testFindsNeedlesAnywhereAndOnlyWhole() {
        XCTAssertTrue(contains("maju jaya", "maju"))
        XCTAssertTrue(contains("maju jaya", "jaya"), "at the very end")
        XCTAssertTrue(contains("aaab", "aab"), "after a false start on the same first byte")
        XCTAssertTrue(contains("x", ""))
        XCTAssertFalse(contains("maju jay", "jaya"), "cut short at the end")
        XCTAssertFalse(contains("ja", "jaya"))
        XCTAssertFalse(contains("", "a"))
        XCTAssertTrue(contains("株式会社 山田", "山田"))
        XCTAssertFalse(contains("株式会社 山", "山田"))
    }
}
