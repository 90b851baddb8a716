import Foundation
import TagihApp
import TagihCore
import TagihStore
import TerminalCore

/// The run loop: draws the state, waits for input, feeds actions to the
/// reducer and carries out the effects it returns. All the app's I/O lives
/// here, and every edge is given to it as a value (the terminal, the store,
/// the clock, the external editor), so tests run the real loop in memory on
/// `TestTerminal`, a temporary data directory and a `ManualClock`.
@MainActor
public final class AppRunner {
    /// What the loop needs besides the terminal, the store and the state.
    public struct Edges {
        public var clock: any AppClock
        /// Whether today follows the clock (false when `--today` fixed it).
        public var todayFollowsClock: Bool
        /// Edits text in `$EDITOR` with the screen suspended (nil: failed or not saved).
        public var editExternally: @MainActor (String, Terminal) -> String?
        /// Asked at every turn of the loop: a termination signal arrived.
        public var stopRequested: @MainActor () -> Bool
        /// A snapshot is written once this many events were read from the journals.
        public var snapshotThreshold: Int

        public init(clock: any AppClock = SystemClock(), todayFollowsClock: Bool = true,
                    editExternally: @escaping @MainActor (String, Terminal) -> String? = { _, _ in nil },
                    stopRequested: @escaping @MainActor () -> Bool = { false }, snapshotThreshold: Int = 2000) {
            self.clock = clock
            self.todayFollowsClock = todayFollowsClock
            self.editExternally = editExternally
            self.stopRequested = stopRequested
            self.snapshotThreshold = snapshotThreshold
        }
    }

    private let terminal: Terminal
    private let store: BookStore
    private let drafts: DraftFile
    private let theme: Theme
    private let keymap: Keymap
    private let edges: Edges
    public private(set) var state: AppState
    private var pendingDraft: Draft?
    private var lastDraftWrite = Int64.min / 2
    /// Drafts are written at most this often while typing (and always before quitting), in milliseconds.
    private let draftInterval: Int64 = 300
    private let searchIndex = SearchIndexBuilder()
    private var lastReload: Int64

    /// A loop over `state` (made by the caller from the book, the config and
    /// the environment) on `terminal` and `store`.
    public init(terminal: Terminal, store: BookStore, state: AppState, theme: Theme, keymap: Keymap = .standard, edges: Edges) {
        self.terminal = terminal
        self.store = store
        self.state = state
        self.theme = theme
        self.keymap = keymap
        self.edges = edges
        drafts = DraftFile(directory: store.directory, device: store.device)
        lastReload = edges.clock.now().millis
    }

    /// Runs until the user quits or a termination signal arrives.
    public func run() {
        start()
        while !state.quitting && !edges.stopRequested() { turn() }
        finish()
    }

    /// Before the first key: a draft left on disk is offered back, the first
    /// frame drawn, the search index started and a snapshot kept if worth it.
    public func start() {
        // A read-only session (another tagih holds the book) leaves the draft to its owner.
        if !store.isReadOnly {
            switch drafts.load() {
            case .none: break
            case let .draft(d): dispatch(.draftFound(d), draw: false)
            case let .unreadable(why): state.message = StatusMessage(.warn, why)
            }
        }
        terminal.draw(render(state, theme: theme, keymap: keymap))
        searchIndex.start(state.list.searchIndexJob)
        // A large book read mostly from the journals: keep a snapshot so the next start is quick.
        store.refreshSnapshot(minimumNewEvents: edges.snapshotThreshold)
    }

    /// One turn of the loop: waits for an event (a second at most, less with a
    /// draft to keep), writes a due draft, takes a built index, reloads what
    /// others saved, and hands the event (or the clock's tick) to the reducer.
    public func turn() {
        let timeout = pendingDraft != nil ? Int(draftInterval) : 1000
        let event = terminal.nextEvent(timeoutMillis: timeout)
        flushDraftIfDue()
        if let (index, version) = searchIndex.take() { dispatch(.searchIndexBuilt(index, listVersion: version), draw: false) }
        reloadIfDue()
        guard let event else {
            tick()
            return
        }
        dispatch(.clockTicked(edges.clock.now()), draw: false)
        switch event {
        case let .key(k): dispatch(.keyPressed(k))
        case let .paste(text): dispatch(.textPasted(text))
        case let .resize(s): dispatch(.terminalResized(s))
        case let .mouse(m): dispatch(.mouseUsed(m))
        }
    }

    /// After the last key: the draft being typed is kept on disk.
    public func finish() { flushDraft() }

    /// Once a second: folds what other people (a sync) or other processes
    /// added to the journals, keeping the screen, selection and any draft.
    private func reloadIfDue() {
        let now = edges.clock.now().millis
        guard now - lastReload >= 1000 else { return }
        lastReload = now
        let fresh = store.reload()
        if !fresh.isEmpty { dispatch(.journalsChanged(store.book, fresh)) }
    }

    private func tick() {
        dispatch(.clockTicked(edges.clock.now()), draw: state.editor != nil)
        guard edges.todayFollowsClock else { return }
        let now = edges.clock.now().civilDate(offsetSeconds: edges.clock.zoneOffset())
        if now != state.today { dispatch(.dayChanged(now)) }
    }

    private func dispatch(_ action: Action, draw: Bool = true) {
        let effects = reduce(&state, action, keymap: keymap)
        for e in effects { perform(e) }
        searchIndex.start(state.list.searchIndexJob)
        if draw && !state.quitting { terminal.draw(render(state, theme: theme, keymap: keymap)) }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .quit:
            break
        case let .save(changes, reason):
            do {
                let before = store.book.eventCount
                let saved = try store.append(changes)
                if case .contact = reason { pendingDraft = nil }
                // Lines another process added were folded too: then the whole list is worked out again.
                let onlyOurs = store.book.eventCount - before == saved.count
                dispatch(.saveSucceeded(store.book, reason, saved: onlyOurs ? saved : []), draw: false)
            } catch {
                state.readOnlyReason = store.readOnlyReason
                dispatch(.saveFailed(error.description), draw: false)
            }
        case let .writeDraft(d):
            guard !store.isReadOnly else { return }
            pendingDraft = d
            flushDraftIfDue()
        case .deleteDraft:
            guard !store.isReadOnly else { return }
            pendingDraft = nil
            drafts.delete()
        case let .editExternally(text):
            flushDraft()
            dispatch(.externalEditFinished(edges.editExternally(text, terminal)), draw: false)
        }
    }

    private func flushDraftIfDue() {
        if pendingDraft != nil && edges.clock.now().millis - lastDraftWrite >= draftInterval { flushDraft() }
    }

    private func flushDraft() {
        guard let d = pendingDraft else { return }
        do {
            try drafts.save(d)
            pendingDraft = nil
            lastDraftWrite = edges.clock.now().millis
        } catch {
            state.message = StatusMessage(.error, state.text.tr("The draft could not be kept on disk: {0}", String(describing: error)))
            pendingDraft = nil
        }
    }
}
