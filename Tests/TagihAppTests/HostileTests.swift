import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

/// Hostile text and hostile terminals: nothing from a user's data reaches the
/// terminal as a control sequence, and no size or key sequence crashes the app.
final class HostileTests: XCTestCase {
    static let evil = "Evil\u{1B}]52;c;aGFjaw==\u{07} Co\u{1B}[2J\u{1B}]8;;http://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{202E}gnp.exe\u{9B}31m"
    static let tricky = "Z\u{200D}W\u{200D}J 👩‍💻 e\u{301}\u{301} 株式 \u{7F}"

    func hostileBook() -> Book {
        var seq: Int64 = 0
        var events = DemoBook.events(today: testToday)
        events.append(PendingEvent(at: Timestamp.noon(testToday.adding(days: -400)), author: "x\u{1B}[31m",
                                   body: .clientRecorded(Client(id: ClientID("evil"), name: HostileTests.evil,
                                                                contactPerson: HostileTests.tricky, phone: "\u{1B}[5m555"))))
        events.append(PendingEvent(at: Timestamp.noon(testToday.adding(days: -300)), author: "t", body: .invoiceIssued(
            Invoice(id: InvoiceID("evil-1"), number: "INV\u{1B}[0m-1", clientID: ClientID("evil"),
                    issued: testToday.adding(days: -300), due: testToday.adding(days: -270), amount: Money(major: 5, currency: .usd)))))
        events.append(PendingEvent(at: Timestamp.noon(testToday.adding(days: -3)), author: "t", body: .interactionLogged(
            Interaction(id: "", clientID: ClientID("evil"), kind: .call, at: Timestamp.noon(testToday.adding(days: -3)),
                        outcome: .reached, notes: HostileTests.evil + "\n" + HostileTests.tricky, by: "\u{1B}[1mboss"))))
        return Book(events: events.map { p in
            seq += 1
            return Event(id: EventID("h\(seq)"), at: p.at, device: "t", seq: seq, author: p.author, body: p.body)
        })
    }

    func assertClean(_ b: ScreenBuffer, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for c in b.cells {
            for u in c.text.unicodeScalars {
                let v = u.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                    return XCTFail("\(what): control U+\(String(v, radix: 16)) reached the screen", file: file, line: line)
                }
            }
        }
    }

    func testNoControlByteReachesAnyScreen() {
        var s = AppState(book: hostileBook(), today: testToday, size: Size(width: 100, height: 30), dataPath: "/d")
        press(&s, .char("/"))
        for ch in "evil" { press(&s, .char(ch)) }
        press(&s, .enter)
        XCTAssertEqual(s.list.rows.count, 1)
        assertClean(render(s, theme: .dark), "list")
        XCTAssertTrue(screen(s).contains("Evil�]52;c;aGFjaw==� Co"), screen(s))
        press(&s, .enter)
        assertClean(render(s, theme: .dark), "detail")
        XCTAssertTrue(screen(s).contains("gnp.exe"))
        press(&s, .escape)
        startCall(&s)
        assertClean(render(s, theme: .dark), "editor")
        press(&s, .escape, .char("2"))
        assertClean(render(s, theme: .dark), "today")
        press(&s, .char("3"))
        assertClean(render(s, theme: .dark), "dashboard")
        press(&s, .char(":"))
        for ch in "ev" { press(&s, .char(ch)) }
        assertClean(render(s, theme: .dark), "palette")
    }

    func testColumnsStayAlignedWithHostileNames() {
        let s = AppState(book: hostileBook(), today: testToday, size: Size(width: 120, height: 80), dataPath: "/d")
        let rows = screen(s).split(separator: "\n").filter { $0.contains("INV") }
        let starts = Set(rows.map { DisplayWidth.of(String($0[..<$0.range(of: "INV")!.lowerBound])) })
        XCTAssertEqual(starts.count, 1, "\(rows.filter { $0.contains("Evil") })")
    }

    func testEverySizeFromOneByOneUpRenders() {
        var s = demoState(80, 24)
        let sizes = [(1, 1), (2, 1), (1, 2), (5, 3), (39, 9), (40, 10), (41, 11), (60, 15), (119, 30), (120, 30), (300, 100)]
        for screenKey in ["1", "2", "3"] {
            press(&s, .char(Character(screenKey)))
            for (w, h) in sizes {
                _ = reduce(&s, .terminalResized(Size(width: w, height: h)))
                let b = render(s, theme: .dark)
                XCTAssertEqual(b.size, Size(width: w, height: h))
            }
        }
        // A burst of 200 resizes ends on a sane screen.
        var rng = SeededRandom(seed: 7)
        for _ in 0..<200 { _ = reduce(&s, .terminalResized(Size(width: Int(rng.next() % 301), height: Int(rng.next() % 101)))) }
        _ = reduce(&s, .terminalResized(Size(width: 80, height: 24)))
        XCTAssertTrue(screen(s).contains("tagih"))
    }

    /// 10,000 random keys (a fixed seed): no crash, saves applied, selection always in range.
    func testTenThousandRandomKeys() {
        var s = demoState(100, 30)
        var rng = SeededRandom(seed: 2026)
        let specials: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp, .pageDown,
                               .home, .end, .ctrl("s"), .ctrl("k"), .ctrl("z"), .ctrl("y"), .ctrl("e"), .function(1), .alt("b")]
        let chars = Array("jkgGcPpzRnorewax/sSv 123?:yq0123456789-.,ABC日é")
        for i in 0..<10_000 {
            let key: Key = rng.next() % 3 == 0 ? specials[Int(rng.next() % UInt64(specials.count))] : .char(chars[Int(rng.next() % UInt64(chars.count))])
            if key == .char("q") || key == .ctrl("c") { continue }
            let effects = reduce(&s, .keyPressed(key))
            for e in effects {
                switch e {
                case let .save(pending, reason):
                    var book = s.book
                    var seq = Int64(100_000 + i * 10)
                    for p in pending where book.validate(p.body) == nil {
                        seq += 1
                        book.apply(Event(id: EventID("r\(seq)"), at: p.at, device: "r", seq: seq, author: p.author, body: p.body))
                    }
                    _ = reduce(&s, .saveSucceeded(book, reason))
                case .editExternally: _ = reduce(&s, .externalEditFinished(nil))
                default: break
                }
            }
            if i % 500 == 0 { _ = reduce(&s, .terminalResized(Size(width: 40 + Int(rng.next() % 120), height: 10 + Int(rng.next() % 40)))) }
            XCTAssertTrue(s.list.rows.isEmpty || s.list.rows.indices.contains(s.list.selected))
            if i % 25 == 0 { _ = render(s, theme: .dark) }
        }
    }
}
