import Foundation
import XCTest
@testable import TagihApp
import TagihCore
import TagihRun
import TagihStore
import TerminalCore

/// Entering, editing and correcting by hand through the real run loop: every
/// change goes to the journal and comes back after a restart.
final class ByHandLoopTests: XCTestCase {
    func testAFirstClientAndInvoiceFromTheEmptyBook() throws {
        for language in ["en", "id"] {
            let dir = freshDirectory()
            try onMain {
                let h = try AppHarness(dir, demo: false, language: language)
                XCTAssertTrue(h.screen.contains(language == "en" ? "a to add" : "a untuk"), h.screen)
                h.press(.char("a"))
                XCTAssertEqual(h.state.form?.purpose, .addClient)
                h.type("PT Maju Jaya")
                h.press(.tab, .tab)
                h.type("12")
                h.press(.ctrl("s"))
                XCTAssertEqual(h.state.form?.problem?.contains("12"), true, "a phone number is named in the form: \(h.state.form?.problem ?? "")")
                replace(h, "+62 812 555 0101")
                h.press(.tab, .tab, .tab)
                h.type("30")
                h.press(.ctrl("s"))
                // Saved: the first invoice is asked for next.
                guard case .addInvoice? = h.state.form?.purpose else { return XCTFail("\(String(describing: h.state.form))") }
                h.type("INV-1")
                h.press(.tab)
                h.type("-5")
                h.press(.ctrl("s"))
                XCTAssertNotNil(h.state.form?.problem, "a negative amount is refused in the form")
                replace(h, "2500000")
                h.press(.tab, .tab)
                replace(h, "2026-09-01")
                h.press(.ctrl("s"))
                XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
                let c = h.state.book.findClients("maju")[0]
                XCTAssertEqual(c.termsDays, 30)
                let inv = h.state.book.invoices(of: c.id)[0]
                XCTAssertEqual(inv.due.iso, "2026-10-01", "due from the client's terms")
                XCTAssertEqual(h.state.list.rows.count, 1, "on the overdue list")
                try h.reopen(language: language)
                XCTAssertEqual(h.state.book.balance(h.state.book.invoices[inv.id]!).minor, inv.amount.minor, "after a restart")
            }
        }
    }

    func testEditCorrectAndUndoOnTheDemoBook() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let client = h.state.currentClient!
            let before = h.state.book.balances(of: client)
            let collectedBefore = collected(h.state.book, before[0].currency)
            // Edit the selected invoice's due date; the earlier version is kept.
            let inv = h.state.currentInvoice!
            h.press(.char("E"))
            guard case .editInvoice? = h.state.form?.purpose else { return XCTFail() }
            h.press(.tab, .tab, .tab)
            replace(h, "2026-12-31")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertEqual(h.state.book.invoices[inv.id]?.due.iso, "2026-12-31")
            XCTAssertEqual(h.state.book.invoiceHistory(inv.id).count, 2)
            // A payment, then its reversal: the balance returns, collected goes back.
            h.press(.char("p"))
            replace(h, "1000000")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.payment, h.state.payment?.problem?.message ?? "")
            XCTAssertEqual(h.state.book.balances(of: client)[0].minor, before[0].minor - 100_000_000)
            h.press(.char("B"), .tab)
            h.type("bounced transfer")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertEqual(h.state.book.balances(of: client), before)
            XCTAssertEqual(collected(h.state.book, before[0].currency), collectedBefore, "a reversed payment is not collected")
            // A credit note on the oldest open invoice.
            h.press(.char("C"), .tab)
            h.type("100000")
            h.press(.tab)
            h.type("goodwill")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertEqual(h.state.book.balances(of: client)[0].minor, before[0].minor - 10_000_000)
            // Undo walks back: the credit, the reversal, the payment, the edit.
            for _ in 0..<4 {
                h.press(.char("u"))
                XCTAssertNotNil(h.state.prompt, h.state.message?.text ?? "")
                h.press(.char("y"))
            }
            XCTAssertEqual(h.state.book.balances(of: client), before)
            XCTAssertEqual(h.state.book.invoices[inv.id]?.due, inv.due, "the edit undone")
            h.press(.char("u"))
            XCTAssertNil(h.state.prompt)
            XCTAssertTrue(h.state.message?.text.contains("Nothing more to undo") == true, h.state.message?.text ?? "")
            try h.reopen()
            XCTAssertEqual(h.state.book.balances(of: client), before, "the same after a restart")
            XCTAssertTrue(h.state.undoStack.isEmpty, "undo reaches only this session's changes")
        }
    }

    func testVoidAndAmendFromTheAppReachTheExportsAfterARestart() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            let client = h.state.currentClient!
            let before = h.state.book.balances(of: client)
            // An invoice added by mistake, then voided.
            h.press(.char("i"))
            h.type("ERR-1")
            h.press(.tab)
            h.type("5000000")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertEqual(h.state.book.balances(of: client)[0].minor, before[0].minor + 500_000_000)
            h.press(.char("V"))
            let options = h.state.form?.fields.first?.kind
            guard case let .choice(shown, _)? = options, let k = shown.firstIndex(where: { $0.hasPrefix("ERR-1") }) else { return XCTFail("\(String(describing: options))") }
            for _ in 0..<k { h.press(.right) }
            h.press(.tab)
            h.type("issued by mistake")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            XCTAssertEqual(h.state.book.balances(of: client), before)
            // The last call with a client amended: now a promise.
            let caller = h.state.book.overdueRows(today: harnessToday).map(\.invoice.clientID).first { h.state.book.timeline($0).first?.kind == .call }!
            h.press(.escape)
            h.select(client: h.state.book.clients[caller]!.name)
            h.press(.char("M"))
            XCTAssertNotNil(h.state.form)
            h.press(.tab)
            let promised = amendOutcomes.firstIndex(of: .promised)!
            for _ in 0..<promised { h.press(.right) }
            h.press(.tab)
            h.type("5000000@2026-12-10")
            h.press(.ctrl("s"))
            XCTAssertNil(h.state.form, h.state.form?.problem ?? "")
            let last = h.state.book.timeline(caller).first!
            XCTAssertEqual(last.outcome, .promised)
            XCTAssertEqual(last.promise?.date.iso, "2026-12-10")
            XCTAssertTrue(h.state.book.isAmended(contact: last.id, client: caller))
            XCTAssertTrue(DetailContent.lines(h.state, width: 90).contains { $0.spans.contains { $0.text.contains("amended") } })
            try h.reopen()
            let invoices = Exporter.table(.invoices, book: h.state.book)
            XCTAssertTrue(invoices.rows.contains { $0[1] == "ERR-1" && $0.last == "issued by mistake" }, "the void in the export after a restart")
            let contacts = Exporter.table(.interactions, book: h.state.book)
            XCTAssertTrue(contacts.rows.contains { $0[0] == last.id && $0.last == "yes" && $0[5] == "promised" })
            XCTAssertEqual(h.state.book.balances(of: client), before)
        }
    }

    func testTheStatementOfAccountInTheDetail() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            h.select(client: "CV Anugrah Teknik")
            h.press(.enter)
            h.press(.char("S"))
            XCTAssertTrue(h.screen.contains("Statement of account: CV Anugrah Teknik"), h.screen)
            XCTAssertTrue(h.screen.contains("closing balance"), h.screen)
            h.press(.char("S"))
            XCTAssertFalse(h.screen.contains("Statement of account"), h.screen)
        }
    }

    func testViewsReachEveryClientAndThePaletteOpensAPaidOne() throws {
        let dir = freshDirectory()
        try onMain {
            let h = try AppHarness(dir)
            let overdue = Set(h.state.book.overdueRows(today: harnessToday).map(\.invoice.clientID))
            let quiet = h.state.book.clients.values.first { !overdue.contains($0.id) }!
            h.press(.char("v"), .char("v"))
            XCTAssertEqual(h.state.list.grouping, .allClients)
            XCTAssertEqual(h.state.list.rows.count, h.state.book.clients.count)
            XCTAssertEqual(Set(h.state.list.rows.map(\.clientID)).count, h.state.book.clients.count, "each client once")
            let lines = h.screen.split(separator: "\n").filter { $0.hasPrefix("Bali Sunset Villas") }
            XCTAssertEqual(lines.count, 1, h.screen)
            h.press(.char("v"))
            XCTAssertEqual(h.state.list.grouping, .invoice)
            h.press(.char(":"))
            h.type(quiet.name)
            h.press(.enter)
            XCTAssertEqual(h.state.currentClient, quiet.id, "the palette opens a client with nothing overdue")
            XCTAssertEqual(h.state.list.grouping, .allClients)
        }
    }
}

/// Clears the focused one-line field and types `text`.
@MainActor private func replace(_ h: AppHarness, _ text: String) {
    h.press(.end)
    for _ in 0..<40 { h.press(.backspace) }
    h.type(text)
}

/// The dashboard's "collected this month" in one currency.
private func collected(_ book: Book, _ c: Currency) -> Money? {
    KPIReport(book: book, today: harnessToday).currencies.first { $0.currency == c }?.collectedThisMonth
}
