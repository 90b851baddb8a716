import ArgumentParser
import Foundation
import TagihApp
import TagihCore
import TagihStore
import TerminalCore

/// `tagih bench generate|run`: the performance budgets, measured on a large book.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: tr("Generate a large book and measure tagih on it."),
        subcommands: [Generate.self, Run.self, FirstFrame.self, WriteSnapshot.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "generate", abstract: tr("Write a large deterministic book into DIR."))
        @Option var clients = 20_000
        @Option var invoices = 100_000
        @Option var events = 300_000
        @Argument(help: ArgumentHelp(tr("A new or empty directory."))) var dir: String

        func run() throws {
            let today = try Clock.today(forced: nil, environment: ProcessInfo.processInfo.environment)
            let started = Date()
            let all = BenchBook.events(.init(clients: clients, invoices: invoices, events: events), today: today)
            let store: BookStore
            do { store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "bench")) } catch { throw CLIError(error.description) }
            guard store.book.eventCount == 0 else { throw CLIError(tr("{0} already holds a book", dir)) }
            var written = 0
            for chunk in stride(from: 0, to: all.count, by: 20_000) {
                do { written += try store.appendEach(Array(all[chunk..<min(all.count, chunk + 20_000)])).count } catch { throw CLIError(error.description) }
            }
            Console.out(tr("wrote {0} events ({1} clients, {2} invoices) to {3} in {4} s", written, clients, invoices, dir, String(format: "%.1f", Date().timeIntervalSince(started))))
        }
    }

    /// Opens the book and renders the first frame of the overdue list off screen, then exits.
    struct FirstFrame: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "first-frame", shouldDisplay: false)
        @Argument var dir: String

        func run() throws {
            let today = try Clock.today(forced: nil, environment: ProcessInfo.processInfo.environment)
            let store: BookStore
            let env = ProcessInfo.processInfo.environment
            do {
                store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "bench-reader", readOnly: true,
                                                                                     useSnapshot: BookOptions.useSnapshot(env)))
            } catch { throw CLIError(error.description) }
            let state = AppState(book: store.book, today: today, size: Size(width: 120, height: 40), dataPath: dir)
            let frame = render(state, theme: .dark)
            FileHandle.standardOutput.write(Data("\(frame.plainText().count)\n".utf8))
            // The frame is what counts: leave without freeing the book, as a real
            // start would go on to wait for keys.
            Foundation.exit(0)
        }
    }

    /// Opens the book and writes a snapshot of it.
    struct WriteSnapshot: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "write-snapshot", shouldDisplay: false)
        @Argument var dir: String

        func run() throws {
            do {
                let store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "bench-run", useSnapshot: false))
                try store.writeSnapshot()
            } catch { throw CLIError(error.description) }
            Foundation.exit(0)
        }
    }

    /// The rows of the benchmark's table: a measure, its median and p99, its budget.
    final class BenchTable {
        var rows: [(String, String, String, String)] = []
        func add(_ what: String, _ samples: [Double], budget: String) {
            let s = samples.sorted()
            let median = s[s.count / 2], p99 = s[min(s.count - 1, Int(Double(s.count) * 0.99))]
            rows.append((what, String(format: "%.1f ms", median * 1000), String(format: "%.1f ms", p99 * 1000), budget))
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: tr("Measure the budgets on a generated book and print a table."))
        @Argument(help: ArgumentHelp(tr("A book made by tagih bench generate."))) var dir: String
        @Option(help: ArgumentHelp(tr("Repetitions of the process-level measurements."))) var repeats = 5

        func run() throws {
            let table = BenchTable()
            let peakKB = processMeasures(table)
            let (store, state) = try interactiveMeasures(table)
            try saveMeasures(table, store: store, state: state)
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            // Imports last, after the peak memory of the book's work is read.
            do {
                table.add(tr("import 20,000 invoice rows into a new book"), [try ImportBench.seconds(rows: 20_000)], budget: "—")
                table.add(tr("import 60,000 invoice rows into a new book"), [try ImportBench.seconds(rows: 60_000)], budget: tr("3 × the 20,000"))
            } catch { throw CLIError("\(error)") }
            Console.out(tr("tagih bench on {0}: {1} clients, {2} invoices, {3} events", dir, store.book.clients.count, store.book.invoices.count, store.book.eventCount) + "\n")
            Console.out(tr("| measure | median | p99 | budget |") + "\n|---|---|---|---|")
            for r in table.rows { Console.out("| \(r.0) | \(r.1) | \(r.2) | \(r.3) |") }
            Console.out(tr("| peak memory, opening with a snapshot | {0} MB | | ≤ 250 MB |", (peakKB["snapshot"] ?? 0) / 1024))
            Console.out(tr("| peak memory, opening from the journal | {0} MB | | ≤ 250 MB |", (peakKB["journal"] ?? 0) / 1024))
            Console.out(tr("| peak memory, this benchmark (book, list, filters, saves) | {0} MB | | — |", Int(usage.ru_maxrss) / 1024))
        }

        /// Whole processes: the first frame and the aging report, with a snapshot and from the journals alone; their peak memory.
        private func processMeasures(_ table: BenchTable) -> [String: Int] {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).path
        // A snapshot of the book as it is now, as the app keeps one (in a child, so that
        // this process stays small while the others are measured: a spawned child starts
        // out counting its parent's memory).
        _ = runChild([exe, "bench", "write-snapshot", dir], snapshot: false)
        var peakKB = ["snapshot": 0, "journal": 0]
        func timeProcess(_ args: [String], snapshot: Bool = true) -> Double {
            let r = runChild(args, snapshot: snapshot)
            peakKB[snapshot ? "snapshot" : "journal"] = max(peakKB[snapshot ? "snapshot" : "journal"] ?? 0, r.peakKB)
            return r.seconds
        }
        // 1. First frame from process start, with the snapshot and from the journals alone.
        table.add(tr("first frame, with a snapshot"), (0..<repeats).map { _ in timeProcess([exe, "bench", "first-frame", dir]) }, budget: "≤ 300 ms")
        table.add(tr("first frame, from the journal"), (0..<repeats).map { _ in timeProcess([exe, "bench", "first-frame", dir], snapshot: false) },
            budget: "≤ 1500 ms")
        // 2. tagih report aging.
        table.add("tagih report aging", (0..<repeats).map { _ in timeProcess([exe, "report", "aging", "--data", dir]) }, budget: "≤ 400 ms")
        table.add(tr("tagih report aging, from the journal"), (0..<repeats).map { _ in timeProcess([exe, "report", "aging", "--data", dir], snapshot: false) },
            budget: "—")
            return peakKB
        }

        /// In this process, on the opened book: the search index, filtering, sorting, paging, opening clients, long notes.
        private func interactiveMeasures(_ table: BenchTable) throws -> (BookStore, AppState) {
            // In process: the interactive operations.
            let store: BookStore
            do { store = try BookStore.open(DataDirectory(path: dir), options: .init(device: "bench-run")) } catch { throw CLIError(error.description) }
            let snapshotWrite = Date()
            do { try store.writeSnapshot() } catch { throw CLIError(error.description) }
            table.add(tr("write a snapshot"), [Date().timeIntervalSince(snapshotWrite)], budget: "—")
            let today = try Clock.today(forced: nil, environment: ProcessInfo.processInfo.environment)
            var state = AppState(book: store.book, today: today, size: Size(width: 120, height: 40), dataPath: dir)
            // As in the app: the filter's index is built right after the first frame, off the main path.
            if let job = state.list.searchIndexJob {
                var built: SearchIndex?
                table.add(tr("search index, built after the first frame"), [timed { built = SearchIndex(rows: job.rows, book: job.book) }], budget: "—")
                _ = reduce(&state, .searchIndexBuilt(built!, listVersion: job.version))
            }
            func timed(_ body: () -> Void) -> Double { let t = Date(); body(); return Date().timeIntervalSince(t) }
            var filter: [Double] = []
            for word in ["maju", "dede", "山田", "voicemail", "INV-2026-1"] {
                _ = reduce(&state, .keyPressed(.char("/")))
                for ch in word { filter.append(timed { _ = reduce(&state, .keyPressed(.char(ch))); _ = render(state, theme: .dark) }) }
                _ = reduce(&state, .keyPressed(.escape))
            }
            table.add(tr("filter keystroke (all invoices and notes)"), filter, budget: "p99 ≤ 16 ms")
            var sort: [Double] = []
            for _ in 0..<10 { sort.append(timed { _ = reduce(&state, .keyPressed(.char("s"))); _ = render(state, theme: .dark) }) }
            table.add(tr("sort change"), sort, budget: "≤ 50 ms")
            var page: [Double] = []
            for _ in 0..<20 { page.append(timed { _ = reduce(&state, .keyPressed(.pageDown)); _ = render(state, theme: .dark) }) }
            table.add(tr("scroll a page"), page, budget: "—")
            var detail: [Double] = []
            for _ in 0..<5 {
                _ = reduce(&state, .keyPressed(.char("/")))
                for ch in "CV Maju Jaya 0" { _ = reduce(&state, .keyPressed(.char(ch))) }
                _ = reduce(&state, .keyPressed(.enter))
                detail.append(timed { _ = reduce(&state, .keyPressed(.enter)); _ = render(state, theme: .dark) })
                _ = reduce(&state, .keyPressed(.escape)); _ = reduce(&state, .keyPressed(.escape))
            }
            table.add(tr("open a client with 1,000 contacts"), detail, budget: "—")
            table.add(tr("a keystroke in a note of one 99,000-character word"), LongTextBench.typing(), budget: "≤ 16 ms")
            table.add(tr("open a client whose note is 100,000 bytes, and page down"), LongTextBench.detail(today: today), budget: "—")
            return (store, state)
        }

        /// Saving one call at this size and at 100 invoices, and the app's list after a save.
        private func saveMeasures(_ table: BenchTable, store: BookStore, state: AppState) throws {
            var state = state
            func timed(_ body: () -> Void) -> Double { let t = Date(); body(); return Date().timeIntervalSince(t) }
            let today = state.today
            // Saving one call, at this size and at 100 invoices.
            func saveTimes(_ s: BookStore, client: String) -> [Double] {
                (0..<20).map { n in timed {
                    _ = try? s.append([PendingEvent(at: Clock.now(), author: "bench", body: .interactionLogged(Interaction(
                        id: "", clientID: ClientID(client), kind: .call, at: Clock.now(), outcome: .reached, notes: "bench \(n)", by: "bench")))])
                } }
            }
            table.add(tr("save one call, this book"), saveTimes(store, client: "c1"), budget: "≤ 5 ms + fsync")
            // The app after a save: the list, totals and statuses follow the new book.
            var refresh: [Double] = []
            for n in 0..<5 {
                let saved = (try? store.append([PendingEvent(at: Clock.now(), author: "bench", body: .interactionLogged(Interaction(
                    id: "", clientID: ClientID("c1"), kind: .call, at: Clock.now(), outcome: .reached, notes: "after \(n)", by: "bench")))])) ?? []
                refresh.append(timed { _ = reduce(&state, .saveSucceeded(store.book, .workflow("saved"), saved: saved)); _ = render(state, theme: .dark) })
            }
            table.add(tr("the app's list after a save"), refresh, budget: "—")
            let small = NSTemporaryDirectory() + "tagih-bench-small-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: small) }
            do {
                let s = try BookStore.open(DataDirectory(path: small), options: .init(device: "bench"))
                try s.appendEach(BenchBook.events(.init(clients: 20, invoices: 100, events: 300), today: today))
                table.add(tr("save one call, 100 invoices"), saveTimes(s, client: "c1"), budget: tr("same order"))
            } catch { throw CLIError("\(error)") }
        }

        /// Runs a child process to its end: wall time from spawn to exit, and its peak resident memory (KB).
        func runChild(_ args: [String], snapshot: Bool) -> (seconds: Double, peakKB: Int) {
            let started = Date()
            var pid: pid_t = 0
            var fa = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&fa)
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&fa) }
            let argv = args.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var env = ProcessInfo.processInfo.environment
            env["TAGIH_SNAPSHOT"] = snapshot ? nil : "off"
            let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { envp.forEach { free($0) } }
            guard posix_spawn(&pid, args[0], &fa, nil, argv, envp) == 0 else { return (.nan, 0) }
            var status: Int32 = 0
            var usage = rusage()
            wait4(pid, &status, 0, &usage)
            return (Date().timeIntervalSince(started), Int(usage.ru_maxrss))
        }
    }
}
