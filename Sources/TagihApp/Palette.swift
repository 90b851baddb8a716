import TagihCore
import TerminalCore
import Widgets

/// The command palette (`:`): type to find an action of the current screen or a client.
public struct PaletteState: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case action(Command, String)
        case client(ClientID, String)

        var label: String {
            switch self {
            case let .action(_, s): return s
            case let .client(_, name): return name
            }
        }
    }

    public var input = TextEditor()
    public var selected = 0
    /// What the palette was opened over, whose actions it offers.
    public var contexts: [KeyContext]
    public internal(set) var results: [Item] = []
}

/// Fuzzy matching: the query's letters in order, anywhere in the text; runs
/// of consecutive letters and word starts score higher.
public enum FuzzyMatch {
    /// A score (higher is better), or nil when the text does not match.
    public static func score(_ query: String, in text: String) -> Int? {
        let q = Array(SearchText.fold(query).filter { !$0.isWhitespace })
        guard !q.isEmpty else { return 0 }
        let t = Array(SearchText.fold(text))
        var score = 0, qi = 0, run = 0
        var prev: Character = " "
        for ch in t {
            if qi < q.count && ch == q[qi] {
                run += 1
                score += 1 + run * 2 + (prev == " " || prev == "-" || prev == "." ? 5 : 0)
                qi += 1
            } else {
                run = 0
            }
            prev = ch
        }
        guard qi == q.count else { return nil }
        return score * 100 - t.count
    }
}

extension AppState {
    /// Everything the palette can offer now: the actions of the screen beneath, then clients.
    func paletteItems(_ p: PaletteState, keymap: Keymap) -> [PaletteState.Item] {
        var items: [PaletteState.Item] = []
        var seen: Set<Command> = []
        for b in keymap.help(for: p.contexts) where seen.insert(b.command).inserted && b.command != .help {
            let keys = b.keys.prefix(2).map(\.description).joined(separator: " ")
            items.append(.action(b.command, "\(text.phrase(b.summary))  (\(keys))"))
        }
        for c in book.clients.values.sorted(by: { $0.name < $1.name }) { items.append(.client(c.id, c.name)) }
        return items
    }

    mutating func refreshPalette(keymap: Keymap) {
        guard var p = palette else { return }
        let query = p.input.text
        let scored = paletteItems(p, keymap: keymap).compactMap { item -> (PaletteState.Item, Int)? in
            FuzzyMatch.score(query, in: item.label).map { (item, $0) }
        }
        p.results = scored.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }.prefix(50).map(\.element.0)
        p.selected = min(p.selected, max(0, p.results.count - 1))
        palette = p
    }
}

/// Keys in the palette.
func paletteKey(_ state: inout AppState, _ key: Key, _ command: Command?, keymap: Keymap) -> [Effect] {
    guard var p = state.palette else { return [] }
    switch command {
    case .cancel:
        state.palette = nil
        return []
    case .moveDown, .moveUp:
        p.selected = max(0, min(p.results.count - 1, p.selected + (command == .moveDown ? 1 : -1)))
        state.palette = p
        return []
    case .acceptFilter:
        state.palette = nil
        guard p.results.indices.contains(p.selected) else { return [] }
        switch p.results[p.selected] {
        case let .action(cmd, _):
            // As if its key were pressed where the palette was opened.
            return browsingKey(&state, cmd, contexts: p.contexts, keymap: keymap)
        case let .client(id, name):
            state.screen = .list
            state.detailOpen = false
            state.list.setQuery(name)
            if let i = state.list.rows.firstIndex(where: { $0.clientID == id }) {
                state.list.selected = i
                state.list.clamp(viewport: state.viewportHeight)
                if !state.layout.sideBySide { state.detailOpen = true }
            } else {
                // Paid, closed or not yet due: the view of every client has it.
                state.list.show(.allClients)
                if let i = state.list.rows.firstIndex(where: { $0.clientID == id }) {
                    state.list.selected = i
                    state.list.clamp(viewport: state.viewportHeight)
                    if !state.layout.sideBySide { state.detailOpen = true }
                    state.message = StatusMessage(.info, state.text.tr("{0} has nothing overdue; showing every client", name))
                } else {
                    state.list.setQuery("")
                }
            }
            return []
        }
    default:
        let textCommand = keymap.command(for: key, in: [.text])
        guard editText(&p.input, key: key, command: textCommand, width: 60, height: 1, multiline: false) else { return [] }
        p.selected = 0
        state.palette = p
        state.refreshPalette(keymap: keymap)
        return []
    }
}

/// The palette box: the query, then the best matches.
enum PaletteView {
    static func draw(_ p: PaletteState, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let size = state.size
        let w = min(size.width - 4, 70), h = min(size.height - 4, 16)
        let box = Rect(x: (size.width - w) / 2, y: 2, width: w, height: h)
        let inner = Panel.draw(into: &buffer, area: box, title: state.text(.paletteTitle), border: theme["border.focus"],
                               titleStyle: theme["border.focus"], fill: theme["overlay"])
        buffer.write(": ", x: inner.x, y: inner.y, style: theme["overlay.key"])
        TextArea.render(p.input, into: &buffer, area: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1),
                        style: theme["form.field.focus"], focused: true)
        let rows = inner.height - 2
        let first = max(0, p.selected - rows + 1)
        // The tag column fits the longer of the two tags in this language ("tindakan", "klien").
        let tagWidth = max(DisplayWidth.of(state.text(.action)), DisplayWidth.of(state.text(.client))) + 1
        for (n, item) in p.results.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + 2 + n
            let style = first + n == p.selected ? theme["list.selected"] : theme["overlay"]
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let tag: String
            switch item {
            case .action: tag = state.text(.action) + " "
            case .client: tag = state.text(.client) + " "
            }
            buffer.write(tag, x: inner.x + 1, y: y, maxWidth: tagWidth, style: first + n == p.selected ? style : theme["overlay.key"])
            buffer.write(item.label, x: inner.x + 1 + tagWidth, y: y, maxWidth: max(0, inner.width - 2 - tagWidth), style: style)
        }
        if p.results.isEmpty {
            buffer.write(state.text(.noMatch), x: inner.x + 1, y: inner.y + 2, maxWidth: inner.width - 2, style: theme["overlay"])
        }
    }
}
