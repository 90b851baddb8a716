import XCTest
@testable import TagihApp
import TagihCore

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

    func testParallelFilteringOfALongListMatchesOneByOne() {
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        let pending = BenchBook.events(.init(clients: 3000, invoices: 24000, events: 30000), today: today)
        let book = Book(events: pending.enumerated().map { i, p in
            Event(id: EventID("e\(i)"), at: p.at, device: "d", seq: Int64(i + 1), author: p.author, body: p.body)
        })
        let rows = book.openRows(today: today)
        XCTAssertGreaterThan(rows.count, 20_000, "long enough for the parallel path")
        let index = SearchIndex(rows: rows, book: book)
        let all = (0..<Int32(rows.count)).map { $0 }
        for words in [["maju"], ["inv-2026-1"], ["voicemail", "jaya"], ["山田"], ["zzz-nothing"]] {
            var one = Matcher(words: words, clients: index.clientTexts.count)
            let expected = all.filter { one.matches($0, in: index) }
            XCTAssertEqual(Matcher.filter(all, words: words, index: index), expected, "\(words)")
        }
    }
}
