import CNcursesw
import TerminalCore
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be opened, in words for the user.
public enum TerminalOpenError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case tooLimited(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "tagih needs an interactive terminal (stdin and stdout must be a terminal); try `tagih report aging` for plain output"
        case let .unknownTerminal(t):
            return "terminal type \"\(t)\" is not known to this system; set TERM to e.g. xterm-256color"
        case let .tooLimited(t):
            return "terminal type \"\(t)\" cannot position the cursor, which tagih needs; use a full terminal (e.g. TERM=xterm-256color)"
        }
    }
}

/// The real terminal, through ncursesw. The only code in tagih that calls ncurses.
@MainActor
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    public let colorCount: Int
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32
    private var needsFullRedraw = true
    private var active = true

    private struct ColorPairKey: Hashable {
        let fg: Int32
        let bg: Int32
    }

    /// Opens the terminal. `monochrome` (from `NO_COLOR`) draws with attributes only.
    public init(monochrome: Bool, environment: [String: String], mouse: Bool = true) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalOpenError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalOpenError.unknownTerminal("(unset)") }
        // The user's locale; when it is not installed (say id_ID.UTF-8 on a
        // minimal system) wide characters still need a UTF-8 character type.
        if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard tg_newterm() != nil else { throw TerminalOpenError.unknownTerminal(term) }
        guard tg_can_address_cursor() != 0 else {
            endwin()
            throw TerminalOpenError.tooLimited(term)
        }
        raw()
        noecho()
        nonl()
        keypad(tg_stdscr(), true)
        intrflush(tg_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        var colors = 0
        if !monochrome && has_colors() {
            start_color()
            use_default_colors()
            colors = Int(tg_colors())
        }
        colorCount = colors
        if mouse { _ = tg_mouse_enable() }
        maxPairs = Int32(tg_color_pairs())
        size = Size(width: Int(tg_cols()), height: Int(tg_lines()))
    }

    public func draw(_ buffer: ScreenBuffer) {
        guard active else { return }
        if needsFullRedraw {
            clearok(tg_stdscr(), true)
            needsFullRedraw = false
        }
        erase()
        let w = min(buffer.size.width, size.width), h = min(buffer.size.height, size.height)
        var wide = [wchar_t](repeating: 0, count: 6)
        for y in 0..<h {
            for x in 0..<w {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                var n = 0
                for u in DisplayWidth.terminalScalars(of: cell.text) where n < 5 {
                    wide[n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                if n == 0 { wide[0] = 32; n = 1 }
                wide[n] = 0
                let (attrs, pair) = resolve(cell.style)
                _ = tg_put_cell_ext(Int32(y), Int32(x), wide, attrs, pair)
            }
        }
        if let c = buffer.cursor {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    public func nextEvent(timeoutMillis: Int) -> TerminalEvent? {
        wtimeout(tg_stdscr(), Int32(timeoutMillis))
        var ch: wint_t = 0
        let r = wget_wch(tg_stdscr(), &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES {
            let code = Int32(ch)
            if code == tg_key_mouse() {
                var x: Int32 = 0, y: Int32 = 0
                switch tg_get_mouse(&x, &y) {
                case 1: return .mouse(MouseEvent(.press, x: Int(x), y: Int(y)))
                case 2: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
                case 3: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
                default: return nil
                }
            }
            if code == tg_key_resize() {
                size = Size(width: Int(tg_cols()), height: Int(tg_lines()))
                needsFullRedraw = true
                return .resize(size)
            }
            return Self.functionKey(code).map { .key($0) }
        }
        if ch == 27 {
            // Esc followed at once by a character is Alt plus that character.
            wtimeout(tg_stdscr(), 0)
            var next: wint_t = 0
            let r2 = wget_wch(tg_stdscr(), &next)
            if r2 == OK, next >= 32, next != 127, let s = Unicode.Scalar(UInt32(next)) {
                return .key(.alt(Character(s)))
            }
            if r2 == KEY_CODE_YES { ungetch(Int32(next)) } else if r2 != ERR { unget_wch(wchar_t(bitPattern: UInt32(next))) }
            return .key(.escape)
        }
        return Self.characterKey(UInt32(ch)).map { .key($0) }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        default:
            for n in 1...12 where code == tg_key_f(Int32(n)) { return .function(n) }
            // Ctrl-arrows have no fixed code; ncurses names them kLFT5 / kRIT5.
            if let name = keyname(code).map({ String(cString: $0) }) {
                if name == "kLFT5" { return .ctrlLeft }
                if name == "kRIT5" { return .ctrlRight }
            }
            return nil
        }
    }

    static func characterKey(_ v: UInt32) -> Key? {
        switch v {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        case 0..<32: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }

    public func suspend() {
        guard active else { return }
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        needsFullRedraw = true
        size = Size(width: Int(tg_cols()), height: Int(tg_lines()))
    }

    public func shutdown() {
        guard active else { return }
        active = false
        endwin()
    }

    // MARK: colours

    private func resolve(_ style: Style) -> (attr_t, Int32) {
        var a = tg_a_normal()
        let at = style.attributes
        if at.contains(.bold) { a |= tg_a_bold() }
        if at.contains(.dim) { a |= tg_a_dim() }
        if at.contains(.underline) { a |= tg_a_underline() }
        if at.contains(.reverse) { a |= tg_a_reverse() }
        if at.contains(.italic) { a |= tg_a_italic() }
        guard colorCount >= 8 else { return (a, 0) }
        let fg = ColorDepth.number(style.foreground, colors: colorCount)
        let bg = ColorDepth.number(style.background, colors: colorCount, background: true)
        if fg < 0 && bg < 0 { return (a, 0) }
        let key = ColorPairKey(fg: Int32(fg), bg: Int32(bg))
        if let p = pairs[key] { return (a, p) }
        guard nextPair < maxPairs else { return (a, 0) }
        let p = nextPair
        nextPair += 1
        _ = tg_init_pair(p, Int32(fg), Int32(bg))
        pairs[key] = p
        return (a, p)
    }
}
