import TerminalCore

/// Where a key is pressed: each screen has its own bindings, plus global ones.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, list, help

    /// Whether global keys work here too. An overlay such as help takes every
    /// key for itself.
    public var inheritsGlobal: Bool { self != .global && self != .help }
}

/// What a key does. Each command is bound in one context.
public enum Command: String, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case help, quit, closeHelp
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

    /// A keymap; a key bound twice in one context (or in a context and
    /// globally) is an error naming both.
    public init(_ bindings: [KeyBinding]) throws(KeymapError) {
        var table: [KeyContext: [Key: Command]] = [:]
        for b in bindings {
            for k in b.keys {
                if let other = table[b.context]?[k] {
                    throw .duplicate(key: k, context: b.context, first: other, second: b.command)
                }
                if b.context.inheritsGlobal, let other = table[.global]?[k] {
                    throw .duplicate(key: k, context: b.context, first: other, second: b.command)
                }
                table[b.context, default: [:]][k] = b.command
            }
        }
        self.bindings = bindings
        self.table = table
    }

    /// The command for a key in a context, falling back to the global bindings.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        table[context]?[key] ?? (context.inheritsGlobal || context == .global ? table[.global]?[key] : nil)
    }

    /// Bindings shown in the help overlay for a context (its own, then global).
    public func help(for context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context } + (context.inheritsGlobal ? bindings.filter { $0.context == .global } : [])
    }

    /// The README's key table, in Markdown.
    public func markdownTable() -> String {
        var out = "| context | keys | action |\n|---|---|---|\n"
        for b in bindings {
            let keys = b.keys.map { "`\($0.description == "|" ? "\\|" : $0.description)`" }.joined(separator: " ")
            out += "| \(b.context.rawValue) | \(keys) | \(b.summary) |\n"
        }
        return out
    }

    /// The built-in keys: vi keys and arrows both work.
    public static let defaultBindings: [KeyBinding] = [
        KeyBinding(.global, [.char("?")], .help, "show the keys of this screen"),
        KeyBinding(.global, [.char("q"), .ctrl("c")], .quit, "quit"),
        KeyBinding(.list, [.char("j"), .down], .moveDown, "next invoice"),
        KeyBinding(.list, [.char("k"), .up], .moveUp, "previous invoice"),
        KeyBinding(.list, [.pageDown, .ctrl("f")], .pageDown, "page down"),
        KeyBinding(.list, [.pageUp, .ctrl("b")], .pageUp, "page up"),
        KeyBinding(.list, [.char("g"), .home], .top, "first invoice"),
        KeyBinding(.list, [.char("G"), .end], .bottom, "last invoice"),
        KeyBinding(.help, [.escape, .char("?"), .char("q"), .enter], .closeHelp, "close this help"),
    ]

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
            return "key \(key) is bound twice in \(context.rawValue): to \(first.rawValue) and to \(second.rawValue)"
        }
    }
}
