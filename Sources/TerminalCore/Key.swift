/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// Control plus a letter, lower case (`ctrl("e")` is Ctrl-E).
    case ctrl(Character)
    /// Alt (Meta) plus a character, sent by terminals as Esc then the character.
    case alt(Character)
    case ctrlLeft, ctrlRight
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)

    /// The name used in key tables and config files: `j`, `Down`, `Ctrl-E`, `PgDn`.
    public var description: String {
        switch self {
        case let .char(c): return c == " " ? "Space" : String(c)
        case let .ctrl(c): return "Ctrl-" + String(c).uppercased()
        case let .alt(c): return "Alt-" + String(c)
        case .ctrlLeft: return "Ctrl-Left"
        case .ctrlRight: return "Ctrl-Right"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case let .function(n): return "F\(n)"
        }
    }

    /// Parses a key name as written by `description`; nil when unknown.
    public init?(name: String) {
        let named: [String: Key] = [
            "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Home": .home, "End": .end,
            "PgUp": .pageUp, "PgDn": .pageDown, "Enter": .enter, "Esc": .escape, "Tab": .tab,
            "Shift-Tab": .backTab, "Backspace": .backspace, "Delete": .delete, "Insert": .insert,
            "Space": .char(" "), "Ctrl-Left": .ctrlLeft, "Ctrl-Right": .ctrlRight,
        ]
        if let k = named[name] { self = k; return }
        if name.hasPrefix("Ctrl-"), name.count == 6, let c = name.last, c.isLetter {
            self = .ctrl(Character(c.lowercased())); return
        }
        if name.hasPrefix("Alt-"), name.count == 5, let c = name.last { self = .alt(c); return }
        if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...24).contains(n) { self = .function(n); return }
        if name.count == 1, let c = name.first { self = .char(c); return }
        return nil
    }
}

/// Something the terminal reports: a key, a resize, or pasted text.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// Text pasted in one go (several lines at once).
    case paste(String)
    case mouse(MouseEvent)
}

/// A mouse press or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Sendable { case press, wheelUp, wheelDown }
    public let kind: Kind
    public let x: Int
    public let y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
