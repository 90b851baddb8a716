import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class ListReducerTests: XCTestCase {
    func typeFilter(_ s: inout AppState, _ text: String) {
        press(&s, .char("/"))
        for ch in text { press(&s, .char(ch)) }
    }

    func testFilterIsIncrementalAndIgnoresCaseAndAccents() {
        var s = demoState(80, 24)
        typeFilter(&s, "DEDE")
        XCTAssertTrue(s.filtering)
        let names = Set(s.list.rows.map { $0.overdue!.clientName })
        XCTAssertTrue(names.contains("Dédé Sutisna"))
        XCTAssertTrue(names.contains("CV Maju Jaya"), "contact person Bapak Dédé Sutisna matches too")
        XCTAssertLessThan(s.list.rows.count, 10)
        press(&s, .backspace, .backspace, .backspace, .backspace)
        XCTAssertEqual(s.list.rows.count, s.list.base.count, "an empty filter shows everything")
    }

    func testFilterFindsInvoiceNumbersAndNotes() {
        var s = demoState(80, 24)
        typeFilter(&s, "inv-2025-0029")
        XCTAssertEqual(s.list.rows.map { $0.overdue!.invoice.number }, ["INV-2025-0029"])
        press(&s, .escape)
        XCTAssertEqual(s.list.query, "")
        typeFilter(&s, "boxes damaged")
        XCTAssertFalse(s.list.rows.isEmpty)
        for r in s.list.rows {
            XCTAssertTrue(s.book.timeline(r.clientID).contains { $0.notes.contains("boxes damaged") })
        }
    }

    func testTheSearchIndexBuiltElsewhereIsUsedAndAStaleOneIgnored() throws {
        var s = demoState(80, 24)
        let job = try XCTUnwrap(s.list.searchIndexJob, "the index waits to be built after the first frame")
        XCTAssertEqual(job.rows.count, s.list.base.count)
        // One built for older rows is ignored.
        _ = reduce(&s, .searchIndexBuilt(SearchIndex(rows: [], book: Book()), listVersion: job.version - 1))
        XCTAssertNotNil(s.list.searchIndexJob)
        _ = reduce(&s, .searchIndexBuilt(SearchIndex(rows: job.rows, book: job.book), listVersion: job.version))
        XCTAssertNil(s.list.searchIndexJob, "installed")
        typeFilter(&s, "boxes damaged")
        XCTAssertFalse(s.list.rows.isEmpty)
        // Without one delivered, the first keystroke builds it: the same rows.
        var t = demoState(80, 24)
        typeFilter(&t, "boxes damaged")
        XCTAssertEqual(t.list.rows.map(\.key), s.list.rows.map(\.key))
    }

    func testEnterKeepsTheFilterAndEscOnTheListClearsIt() {
        var s = demoState(80, 24)
        typeFilter(&s, "sutisna")
        press(&s, .enter)
        XCTAssertFalse(s.filtering)
        XCTAssertEqual(s.list.query, "sutisna")
        XCTAssertTrue(screen(s).contains("/ sutisna"))
        press(&s, .escape)
        XCTAssertEqual(s.list.query, "")
    }

    func testSortCyclesAndTheHeaderShowsIt() {
        var s = demoState(100, 30)
        XCTAssertEqual(s.list.sort, .daysLate)
        XCTAssertTrue(screen(s).contains("Late↓"))
        press(&s, .char("s"))
        XCTAssertEqual(s.list.sort, .balance)
        XCTAssertTrue(screen(s).contains("Balance↓"))
        let idr = s.list.rows.compactMap(\.overdue).filter { $0.balance.currency == .idr }.map(\.balance.minor)
        XCTAssertEqual(idr, idr.sorted(by: >), "largest balance first within a currency")
        press(&s, .char("s"))
        XCTAssertEqual(s.list.sort, .client)
        let names = s.list.rows.map { $0.overdue!.clientName }
        XCTAssertEqual(names, names.sorted())
        press(&s, .char("S"))
        XCTAssertEqual(s.list.rows.map { $0.overdue!.clientName }, names.sorted(by: >))
        press(&s, .char("s"), .char("s"))
        XCTAssertEqual(s.list.sort, .lastContact)
        XCTAssertNil(s.list.rows.first?.overdue?.lastContact, "never contacted comes first")
        press(&s, .char("s"))
        XCTAssertEqual(s.list.sort, .daysLate)
    }

    func testGroupingByClientSumsAndShowsTheOldest() {
        var s = demoState(100, 30)
        let invoices = s.list.rows.count
        press(&s, .char("v"))
        XCTAssertEqual(s.list.grouping, .client)
        XCTAssertLessThan(s.list.rows.count, invoices)
        guard case let .client(c)? = s.list.rows.first(where: { if case let .client(c) = $0 { return c.invoiceCount > 1 }; return false }) else {
            return XCTFail("a client with several overdue invoices")
        }
        let own = s.list.base.filter { $0.invoice.clientID == c.clientID }
        XCTAssertEqual(c.invoiceCount, own.count)
        XCTAssertEqual(c.oldestDaysLate, own.map(\.daysLate).max())
        XCTAssertEqual(c.balances.first?.minor, own.map(\.balance.minor).reduce(0, +))
        XCTAssertTrue(screen(s).contains("clients"))
    }

    func testMarksWithSpace() {
        var s = demoState(80, 24)
        press(&s, .char(" "), .char(" "))
        XCTAssertEqual(s.list.marked.count, 2)
        XCTAssertEqual(s.list.selected, 2, "space marks and moves on")
        press(&s, .char("k"), .char(" "))
        XCTAssertEqual(s.list.marked.count, 1)
        XCTAssertTrue(screen(s).contains("1 marked"))
    }

    func testFilterAndSelectionSurviveGoingIntoAClientAndBack() {
        var s = demoState(80, 24)
        typeFilter(&s, "pt")
        press(&s, .enter, .char("j"), .char(" "))
        let selected = s.list.current?.key
        press(&s, .enter)
        XCTAssertTrue(s.detailOpen)
        XCTAssertTrue(screen(s).contains("Timeline"))
        press(&s, .char("j"), .char("j"), .escape)
        XCTAssertFalse(s.detailOpen)
        XCTAssertEqual(s.list.query, "pt")
        XCTAssertEqual(s.list.current?.key, selected)
        XCTAssertEqual(s.list.marked.count, 1)
    }

    func testWideScreensShowTheDetailBesideTheListFollowingTheSelection() {
        var s = demoState(140, 40)
        let first = s.book.clients[s.currentClient!]!.name
        XCTAssertTrue(screen(s).contains("┌─ \(first)"))
        press(&s, .char("j"))
        let second = s.book.clients[s.currentClient!]!.name
        XCTAssertTrue(screen(s).contains("┌─ \(second)"))
        press(&s, .enter)
        XCTAssertEqual(s.focus, .detail)
        XCTAssertEqual(activeContexts(s).first, .detail)
        press(&s, .tab)
        XCTAssertEqual(s.focus, .list)
    }

    func testDetailScrollsAndClamps() {
        var s = demoState(60, 12)
        press(&s, .enter)
        press(&s, .char("G"))
        let bottom = s.detailScroll
        XCTAssertGreaterThan(bottom, 0)
        press(&s, .char("j"))
        XCTAssertEqual(s.detailScroll, bottom, "cannot scroll past the end")
        press(&s, .char("g"))
        XCTAssertEqual(s.detailScroll, 0)
    }
}
