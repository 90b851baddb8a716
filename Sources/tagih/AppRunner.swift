import Foundation
import TagihApp
import TagihCore
import TagihStore
import TerminalCore

/// The run loop: draws the state, waits for input, feeds actions to the
/// reducer and carries out the effects it returns. All I/O lives here.
@MainActor
final class AppRunner {
    private let terminal: Terminal
    private let store: BookStore
    private let drafts: DraftFile
    private let theme: Theme
    private let keymap: Keymap
    private let todayIsFixed: Bool
    private let environment: [String: String]
    private(set) var state: AppState
    private var pendingDraft: Draft?
    private var lastDraftWrite = Date.distantPast
    /// Drafts are written at most this often while typing (and always before quitting).
    private let draftInterval: TimeInterval = 0.3
    private let searchIndex = SearchIndexBuilder()
    private var lastReload = Date()

    init(terminal: Terminal, store: BookStore, today: CivilDate, todayIsFixed: Bool, theme: Theme,
         keymap: Keymap = .standard, config: Config, environment: [String: String]) {
        self.keymap = keymap
        self.terminal = terminal
        self.store = store
        self.theme = theme
        self.todayIsFixed = todayIsFixed
        self.environment = environment
        drafts = DraftFile(directory: store.directory, device: store.device)
        state = AppState(book: store.book, today: today, size: terminal.size, dataPath: store.directory.path,
                         now: Clock.now(), user: Users.current(config: config, environment: environment),
                         policy: config.policy, zoneOffset: Clock.zoneOffset())
        let language = config.language ?? Language.fromEnvironment(environment)
        state.letterLanguage = language
        state.dates = DateFormat(language: language)
        state.text = Strings(language: language)
        state.moneyFormat = Language.moneyFormat(configLanguage: config.language, environment: environment)
        for lang in Letters.languages {
            for level in 1...Letters.names.count {
                state.letterTemplates[lang, default: [:]][Letters.templateName(level: level)] =
                    LetterTemplates.load(language: lang, level: level, environment: environment).0
            }
        }

        state.readOnlyReason = store.readOnlyReason
        if let reason = store.readOnlyReason, reason != tr("opened read-only") {
            state.message = StatusMessage(.warn, reason)
        } else if let w = store.warnings.first {
            state.message = StatusMessage(.warn, w)
        }
    }

    /// Runs until the user quits or a termination signal arrives.
    func run() {
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
        store.refreshSnapshot(minimumNewEvents: BookOptions.snapshotThreshold)
        while !state.quitting && !SignalWatch.terminationRequested {
            let timeout = pendingDraft != nil ? Int(draftInterval * 1000) : 1000
            let event = terminal.nextEvent(timeoutMillis: timeout)
            flushDraftIfDue()
            if let (index, version) = searchIndex.take() { dispatch(.searchIndexBuilt(index, listVersion: version), draw: false) }
            reloadIfDue()
            guard let event else {
                tick()
                continue
            }
            dispatch(.clockTicked(Clock.now()), draw: false)
            switch event {
            case let .key(k): dispatch(.keyPressed(k))
            case let .paste(text): dispatch(.textPasted(text))
            case let .resize(s): dispatch(.terminalResized(s))
            case let .mouse(m): dispatch(.mouseUsed(m))
            }
        }
        flushDraft()
    }

    /// Once a second: folds what other people (a sync) or other processes
    /// added to the journals, keeping the screen, selection and any draft.
    private func reloadIfDue() {
        guard Date().timeIntervalSince(lastReload) >= 1 else { return }
        lastReload = Date()
        let fresh = store.reload()
        if !fresh.isEmpty { dispatch(.journalsChanged(store.book, fresh)) }
    }

    private func tick() {
        dispatch(.clockTicked(Clock.now()), draw: state.editor != nil)
        guard !todayIsFixed else { return }
        let now = Clock.now().civilDate(offsetSeconds: Clock.zoneOffset())
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
            let result = ExternalEditor.edit(text, directory: store.directory.path + "/drafts", environment: environment,
                                             terminal: terminal)
            dispatch(.externalEditFinished(result), draw: false)
        }
    }

    private func flushDraftIfDue() {
        if pendingDraft != nil && Date().timeIntervalSince(lastDraftWrite) >= draftInterval { flushDraft() }
    }

    private func flushDraft() {
        guard let d = pendingDraft else { return }
        do {
            try drafts.save(d)
            pendingDraft = nil
            lastDraftWrite = Date()
        } catch {
            state.message = StatusMessage(.error, tr("The draft could not be kept on disk: {0}", String(describing: error)))
            pendingDraft = nil
        }
    }
}
