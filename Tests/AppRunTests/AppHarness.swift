import Foundation
import XCTest
@testable import TagihApp
import TagihCore
import TagihRun
import TagihStore
import TerminalCore

let harnessToday = CivilDate(iso: "2026-11-30")!

/// The whole app in memory: the real run loop on a `TestTerminal`, a real
/// store in a temporary data directory (removed after the test) and a clock
/// that moves only when told. Keys in, screen text and journal lines out.
@MainActor
final class AppHarness {
    let path: String
    let device: String
    let terminal: TestTerminal
    let clock: ManualClock
    private(set) var store: BookStore
    private(set) var runner: AppRunner

    /// The data directory `dir` (given the demo book first unless `demo` is
    /// false), opened on a `width`×`height` terminal.
    init(_ dir: String, _ width: Int = 100, _ height: Int = 30, demo: Bool = true, language: String = "en",
         device: String = "me") throws {
        self.path = dir
        self.device = device
        clock = ManualClock(Timestamp.noon(harnessToday))
        terminal = TestTerminal(size: Size(width: width, height: height))
        if demo {
            let seed = try BookStore.open(DataDirectory(path: dir), options: .init(device: "demo"))
            _ = try seed.append(DemoBook.events(today: harnessToday))
            seed.close()
        }
        (store, runner) = try Self.open(dir, device: device, terminal: terminal, clock: clock, language: language)
        runner.start()
    }

    private static func open(_ dir: String, device: String, terminal: TestTerminal, clock: ManualClock,
                             language: String) throws -> (BookStore, AppRunner) {
        let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: device, session: true))
        var state = AppState(book: store.book, today: harnessToday, size: terminal.size, dataPath: dir, now: clock.now(), user: "Rina")
        state.text = Strings(language: language)
        state.dates = DateFormat(language: language)
        state.letterLanguage = language
        if language == "id" { state.moneyFormat = .forLocale("id_ID.UTF-8") }
        state.readOnlyReason = store.readOnlyReason
        let edges = AppRunner.Edges(clock: clock, todayFollowsClock: false, editExternally: { text, _ in text + "\nedited" })
        return (store, AppRunner(terminal: terminal, store: store, state: state, theme: .dark, edges: edges))
    }

    var state: AppState { runner.state }
    var screen: String { terminal.screenText }

    /// Sends keys through the loop, one turn each.
    func press(_ keys: Key...) {
        for k in keys { terminal.send(k) }
        pump()
    }

    /// Types text as character keys through the loop.
    func type(_ text: String) {
        terminal.type(text)
        pump()
    }

    /// Lets the loop take every queued event.
    func pump() {
        while terminal.hasPendingEvents { runner.turn() }
    }

    /// One idle turn after the clock moved on by `seconds` (reloads, drafts, the day).
    func wait(seconds: Double) {
        clock.advance(seconds: seconds)
        runner.turn()
    }

    /// Selects a client by filtering for its whole name.
    func select(client name: String) {
        press(.char("/"))
        type(name)
        press(.enter)
        XCTAssertEqual(state.currentClient.flatMap { state.book.clients[$0]?.name }, name)
    }

    /// Ends the session as quitting would (the draft kept), then opens the directory again.
    func reopen(language: String = "en") throws {
        runner.finish()
        store.close()
        (store, runner) = try Self.open(path, device: device, terminal: terminal, clock: clock, language: language)
        runner.start()
    }

    /// This device's journal lines, as on disk.
    func journalLines() -> [String] {
        let data = FileManager.default.contents(atPath: DataDirectory(path: path).journalPath(device: device)) ?? Data()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// Runs a test's body on the main actor, where XCTest runs it (the run loop
/// and the test terminal belong to the main actor).
func onMain(_ body: @MainActor () throws -> Void) throws {
    try MainActor.assumeIsolated { try body() }
}

extension XCTestCase {
    /// A path for a new data directory, removed after the test.
    func freshDirectory() -> String {
        let dir = NSTemporaryDirectory() + "tagih-run-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }
}
