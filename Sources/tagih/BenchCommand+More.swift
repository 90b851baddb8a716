import Foundation
import TagihApp
import TagihCore
import TerminalCore
import TagihStore
import Widgets

/// The benchmark's long-text measures: typing into a note that holds one
/// 99,000-character word, and the detail pane of a client whose note is
/// 100,000 bytes (the most a note may hold).
enum LongTextBench {
    /// Seconds per keystroke (insert, keep the cursor in view, draw) in the call-notes area.
    static func typing() -> [Double] {
        var editor = TextEditor(text: String(repeating: "x", count: 99_000))
        var buffer = ScreenBuffer(size: Size(width: 80, height: 12))
        return (0..<20).map { n in
            let t = Date()
            editor.insert(n % 5 == 4 ? " " : "y")
            editor.scrollToCursor(width: 78, height: 10)
            TextArea.render(editor, into: &buffer, area: Rect(x: 1, y: 1, width: 78, height: 10), style: .plain, focused: true)
            return Date().timeIntervalSince(t)
        }
    }

    /// Seconds to open and draw a client whose one note is a 100,000-byte word.
    static func detail(today: CivilDate) -> [Double] {
        let at = Timestamp(millis: 1_790_000_000_000)
        let events = [
            Event(id: EventID("b1"), at: at, device: "b", seq: 1, author: "b", body: .clientRecorded(Client(id: ClientID("c"), name: "CV Panjang"))),
            Event(id: EventID("b2"), at: at, device: "b", seq: 2, author: "b",
                  body: .invoiceIssued(Invoice(id: InvoiceID("i"), number: "P-1", clientID: ClientID("c"), issued: today.adding(days: -60),
                                               due: today.adding(days: -30), amount: Money(major: 1_000, currency: .idr)))),
            Event(id: EventID("b3"), at: at, device: "b", seq: 3, author: "b",
                  body: .interactionLogged(Interaction(id: "", clientID: ClientID("c"), kind: .call, at: at, outcome: .reached,
                                                       notes: String(repeating: "z", count: EventLimits.longText), by: "b"))),
        ]
        var state = AppState(book: Book(events: events), today: today, size: Size(width: 100, height: 30), dataPath: "/bench")
        return (0..<5).map { _ in
            let t = Date()
            _ = reduce(&state, .keyPressed(.enter))
            _ = render(state, theme: .dark)
            for _ in 0..<3 { _ = reduce(&state, .keyPressed(.pageDown)); _ = render(state, theme: .dark) }
            let s = Date().timeIntervalSince(t)
            _ = reduce(&state, .keyPressed(.escape))
            return s
        }
    }
}

/// The benchmark's import measures: a generic CSV of N invoices for 500
/// clients read, planned and saved into a new book, to show import is linear.
enum ImportBench {
    static func seconds(rows: Int) throws -> Double {
        var csv = "number,client,issued,due,amount,currency\n"
        for i in 0..<rows { csv += "INV-\(i),Pelanggan \(i % 500),2026-06-01,2026-07-01,\(100_000 + i),IDR\n" }
        let dir = NSTemporaryDirectory() + "tagih-bench-import-\(getpid())-\(rows)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let started = Date()
        let parsed = try CSV.parse(Array(csv.utf8), file: "bench.csv")
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "bench"))
        guard case let .success(plan) = Importer(book: store.book, file: "bench.csv", options: ImportOptions(kind: .invoices)).plan(parsed),
              plan.errors.isEmpty else { throw CLIError(tr("the benchmark's generated file did not import")) }
        try store.append(plan.changes.map { PendingEvent(at: Timestamp(millis: 1_790_000_000_000), author: "bench", body: $0) })
        return Date().timeIntervalSince(started)
    }
}
