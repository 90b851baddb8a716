import TagihCore
import TerminalCore

/// Where a key is pressed. Some contexts are active together (the editor and
/// its text field); a key may be bound only once across those.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, client, list, today, detail, dashboard, filter, palette, editor, form, choice, text, payment, prompt, help

    /// Whether global keys work here too. Forms and overlays take every key
    /// for themselves (so `q` types a q).
    public var inheritsGlobal: Bool { [.list, .today, .detail, .dashboard, .client].contains(self) }

    /// Contexts whose keys are looked up together; no key may be bound twice
    /// across one of these.
    static let layered: [[KeyContext]] = [
        [.list, .client, .global], [.today, .client, .global], [.detail, .client, .global], [.dashboard, .global],
        [.editor, .choice], [.editor, .text], [.payment, .text], [.form, .choice], [.form, .text],
    ]
}

/// What a key does.
public enum Command: String, Sendable, CaseIterable {
    // moving in lists and panes
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    // the overdue list
    case openDetail, startFilter, clearFilter, cycleSort, reverseSort, toggleGrouping, toggleMark, switchPane
    // on a client
    case logContact, recordPayment, back
    case logPromise, snooze, recordReason, agreePlan, makeOffer, sendReminder, escalate, ownerNote, writeOff
    /// Give the client an owner in the team (their queue).
    case assignOwner
    /// Entering by hand: a client, an invoice; editing either.
    case addRecord, addInvoice, editRecord
    /// Corrections: a payment that did not happen, a credit note, a void.
    case reversePayment, creditNote, voidInvoice, amendContact
    /// Take back the last change made since opening, by writing its reversal.
    case undoChange
    /// The detail: earlier versions of amended contacts.
    case toggleVersions
    /// The detail: the statement of account.
    case toggleStatement
    case toggleDisputes
    /// The Today queue: my clients (I am their owner) or everyone's.
    case toggleMine
    // screens
    case showList, showToday, showDashboard
    // the filter line
    case acceptFilter, cancelFilter
    // forms
    case save, cancel, nextField, previousField, externalEditor, switchKind, undo, redo
    case previousChoice, nextChoice
    // text fields
    case cursorLeft, cursorRight, cursorUp, cursorDown, lineStart, lineEnd, wordLeft, wordRight
    case textPageUp, textPageDown, deleteBackward, deleteForward, newline
    // prompts and overlays
    case openPalette
    case answerYes, answerNo, help, closeHelp, quit
}

/// One line of the keymap: keys, the command, and what it does in words.
public struct KeyBinding: Sendable, Equatable {
    public let context: KeyContext
    public let keys: [Key]
    public let command: Command
    public let summary: String

    public init(_ context: KeyContext, _ keys: [Key], _ command: Command, _ summary: String) {
        self.context = context
        self.keys = keys
        self.command = command
        self.summary = summary
    }
}

/// Every key of every screen, declared once. Dispatch, the `?` overlay and the
/// README's key table are all generated from this.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]
    private let table: [KeyContext: [Key: Command]]

    /// A keymap; a key bound twice in one context, or in two contexts that are
    /// active together, is an error naming both commands.
    public init(_ bindings: [KeyBinding]) throws(KeymapError) {
        var table: [KeyContext: [Key: Command]] = [:]
        for b in bindings {
            for k in b.keys {
                if let other = table[b.context]?[k] {
                    throw .duplicate(key: k, context: b.context, first: other, second: b.command)
                }
                table[b.context, default: [:]][k] = b.command
            }
        }
        for layer in KeyContext.layered {
            for (i, a) in layer.enumerated() {
                for b in layer.dropFirst(i + 1) {
                    for (k, ca) in table[a] ?? [:] {
                        if let cb = table[b]?[k] { throw .duplicate(key: k, context: a, first: cb, second: ca) }
                    }
                }
            }
        }
        self.bindings = bindings
        self.table = table
    }

    /// The command for a key in the first of `contexts` that binds it.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for c in contexts { if let cmd = table[c]?[key] { return cmd } }
        return nil
    }

    /// The command for a key in one context, with client and global keys where they apply.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        let layer = KeyContext.layered.first { $0.first == context } ?? [context]
        return command(for: key, in: layer)
    }

    /// The first key bound to a command in a context, for hints.
    public func key(for command: Command, in context: KeyContext) -> Key? {
        bindings.first { $0.context == context && $0.command == command }?.keys.first
    }

    /// Bindings shown in the help overlay for the active contexts.
    public func help(for contexts: [KeyContext]) -> [KeyBinding] {
        contexts.flatMap { c in bindings.filter { $0.context == c } }
    }

    /// The README's key table, in Markdown, in the language of `text`.
    public func markdownTable(_ text: Strings = Strings(language: "en")) -> String {
        var out = "| " + text.tr("context") + " | " + text.tr("keys") + " | " + text.tr("action") + " |\n|---|---|---|\n"
        for b in bindings {
            let keys = b.keys.map { "`\($0.description == "|" ? "\\|" : $0.description)`" }.joined(separator: " ")
            out += "| \(b.context.rawValue) | \(keys) | \(text.phrase(b.summary)) |\n"
        }
        return out
    }

    public static let standard: Keymap = {
        do { return try Keymap(defaultBindings) } catch { fatalError("built-in keymap: \(error)") }
    }()
}

/// A keymap that cannot be used, in words for the user.
public enum KeymapError: Error, Equatable, CustomStringConvertible {
    case duplicate(key: Key, context: KeyContext, first: Command, second: Command)

    public var description: String {
        switch self {
        case let .duplicate(key, context, first, second):
            return tr("key {0} is bound twice in {1}: to {2} and to {3}", key, context.rawValue, first.rawValue, second.rawValue)
        }
    }
}
