import SnapshotSupport
import TagihApp
import TagihCore
import TerminalCore

let testToday = CivilDate(iso: "2026-11-30")!

/// The demo book folded in memory, as the app would see it after opening.
func demoBook() -> Book {
    var seq: Int64 = 0
    return Book(events: DemoBook.events(today: testToday).map { p in
        seq += 1
        return Event(id: EventID.v7(millis: p.at.millis, random: (UInt64(seq), 0)), at: p.at, device: "test",
                     seq: seq, author: p.author, body: p.body)
    })
}

func demoState(_ width: Int, _ height: Int, language: String = "en") -> AppState {
    var s = AppState(book: demoBook(), today: testToday, size: Size(width: width, height: height), dataPath: "/data/book")
    if language == "id" {
        s.text = Strings(language: "id")
        s.dates = DateFormat(language: "id")
        s.moneyFormat = .forLocale("id_ID.UTF-8")
        s.letterLanguage = "id"
    }
    return s
}

/// Compares a screen in English with `name` and the same screen in Bahasa
/// Indonesia with `name-id` (the process's language stays English: the
/// screens speak the state's).
func assertBothLanguages(_ name: String, file: StaticString = #filePath, line: UInt = #line, _ make: (String) -> AppState) {
    assertSnapshot(screen(make("en")), named: name, file: file, line: line)
    assertSnapshot(screen(make("id")), named: name + "-id", file: file, line: line)
}

/// Feeds keys through the reducer, collecting the effects.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { reduce(&state, .keyPressed($0)) }
}

func screen(_ state: AppState, theme: Theme = .dark) -> String { render(state, theme: theme).plainText() }

/// `c` on the selected client, answering yes if the contact-frequency guard asks.
@discardableResult
func startCall(_ s: inout AppState) -> [Effect] {
    var effects = press(&s, .char("c"))
    if case .contactGuard? = s.prompt?.purpose { effects += press(&s, .char("y")) }
    return effects
}
