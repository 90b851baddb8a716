/// Reads TOML text character by character for `TOMLLite`: bare, quoted and
/// dotted keys, `[tables]` and `[[arrays of tables]]`, basic, literal and
/// multi-line strings with their escapes, integers (`1_000`, `0x1F`),
/// decimals, booleans, arrays over several lines and `{ inline = "tables" }`.
/// Anything else on a line after its value is an error, so `"Rina" "x"` and
/// `"""Rina"""` used as a one-line string never become a value.
struct TOMLReader {
    struct Problem: Error { let line: Int; let message: String }

    private let chars: [Character]
    private var i = 0
    private(set) var line = 1

    init(_ text: String) {
        var cs: [Character] = []
        cs.reserveCapacity(text.count)
        // A CR LF pair is one Character in Swift; read it as a line end.
        for c in text { cs.append(c == "\r\n" ? "\n" : c) }
        chars = cs
    }

    // MARK: the document

    /// Each statement in order: a table header, or a key path and its value, with its line.
    enum Statement { case table([String], array: Bool, line: Int), pair([String], TOMLLite.Value, line: Int) }

    mutating func statements() throws(Problem) -> [Statement] {
        var out: [Statement] = []
        while true {
            skipBlankLinesAndComments()
            guard let c = peek else { return out }
            let start = line
            if c == "[" {
                advance()
                let array = peek == "["
                if array { advance() }
                skipSpaces()
                let path = try keyPath()
                skipSpaces()
                guard take("]"), !array || take("]") else { throw Problem(line: line, message: tr("a table header looks like [name] or [[name]]")) }
                try endOfLine()
                out.append(.table(path, array: array, line: start))
            } else {
                let path = try keyPath()
                skipSpaces()
                guard take("=") else { throw Problem(line: line, message: tr("expected key = value")) }
                skipSpaces()
                do {
                    let v = try value()
                    try endOfLine()
                    out.append(.pair(path, v, line: start))
                } catch {
                    throw Problem(line: error.line, message: path.joined(separator: ".") + ": " + error.message)
                }
            }
        }
    }

    /// `a`, `"a b"`, `'a'`, `a.b."c"`.
    mutating func keyPath() throws(Problem) -> [String] {
        var parts: [String] = []
        repeat {
            skipSpaces()
            guard let c = peek else { throw Problem(line: line, message: tr("a key is missing before =")) }
            if c == "\"" { advance(); parts.append(try basicString(multiLine: false)) }
            else if c == "'" { advance(); parts.append(try literalString(multiLine: false)) }
            else {
                var k = ""
                while let d = peek, d.isASCII, d.isLetter || d.isNumber || d == "_" || d == "-" { k.append(d); advance() }
                guard !k.isEmpty else { throw Problem(line: line, message: tr("a key is missing before =")) }
                parts.append(k)
            }
            skipSpaces()
        } while take(".")
        return parts
    }

    // MARK: values

    mutating func value() throws(Problem) -> TOMLLite.Value {
        guard let c = peek, c != "\n", c != "#" else { throw Problem(line: line, message: tr("a value is missing after =")) }
        switch c {
        case "\"":
            if starts(with: "\"\"\"") { i += 3; return .string(try basicString(multiLine: true)) }
            advance(); return .string(try basicString(multiLine: false))
        case "'":
            if starts(with: "'''") { i += 3; return .string(try literalString(multiLine: true)) }
            advance(); return .string(try literalString(multiLine: false))
        case "[": advance(); return try array()
        case "{": advance(); return try inlineTable()
        default: return try scalar()
        }
    }

    mutating func array() throws(Problem) -> TOMLLite.Value {
        var items: [TOMLLite.Value] = []
        while true {
            skipBlankLinesAndComments()
            if take("]") { return .array(items) }
            items.append(try value())
            skipBlankLinesAndComments()
            if take("]") { return .array(items) }
            guard take(",") else { throw Problem(line: line, message: tr("an array is not closed with ]")) }
        }
    }

    mutating func inlineTable() throws(Problem) -> TOMLLite.Value {
        var pairs: [TOMLLite.Pair] = []
        skipSpaces()
        if take("}") { return .table(pairs) }
        while true {
            let path = try keyPath()
            guard take("=") else { throw Problem(line: line, message: tr("expected key = value")) }
            skipSpaces()
            let key = path.joined(separator: ".")
            guard !pairs.contains(where: { $0.key == key }) else { throw Problem(line: line, message: tr("{0} is set twice", key)) }
            pairs.append(TOMLLite.Pair(key: key, value: try value()))
            skipSpaces()
            if take("}") { return .table(pairs) }
            guard take(",") else { throw Problem(line: line, message: tr("an inline table is closed with } on its line")) }
            skipSpaces()
        }
    }

    /// A number or `true`/`false`, up to the next space, comma or bracket.
    mutating func scalar() throws(Problem) -> TOMLLite.Value {
        var t = ""
        while let c = peek, !" \t\n,]}#".contains(c) { t.append(c); advance() }
        if t == "true" { return .bool(true) }
        if t == "false" { return .bool(false) }
        if let v = TOMLReader.number(t) { return v }
        throw Problem(line: line, message: tr("\"{0}\" is not a string (in quotes), number, true/false or [array]", t))
    }

    /// `42`, `+1_000`, `0x1F`, `0o17`, `0b101`, `3.14`, `1e6`, `-2.5E-3`; underscores only between digits.
    static func number(_ t: String) -> TOMLLite.Value? {
        guard !t.isEmpty, !t.hasPrefix("_"), !t.hasSuffix("_"), !t.contains("__") else { return nil }
        let plain = t.replacingOccurrences(of: "_", with: "")
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where plain.hasPrefix(prefix) {
            return Int(plain.dropFirst(2), radix: radix).map(TOMLLite.Value.integer)
        }
        let digits = plain.hasPrefix("+") || plain.hasPrefix("-") ? String(plain.dropFirst()) : plain
        guard let first = digits.first, first.isNumber, !(digits.count > 1 && first == "0" && digits.dropFirst().first?.isNumber == true) else { return nil }
        if let i = Int(plain) { return .integer(i) }
        if plain.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let d = Double(plain), d.isFinite { return .decimal(d) }
        return nil
    }

    // MARK: strings

    /// The rest of a `"…"` or `"""…"""` string, its escapes undone; a
    /// backslash at a line's end in a multi-line one joins it to the next.
    mutating func basicString(multiLine: Bool) throws(Problem) -> String {
        let opened = line
        var raw = ""
        if multiLine, peek == "\n" { advance() }
        while true {
            guard let c = peek else { throw Problem(line: opened, message: tr("a string is not closed with \"")) }
            if multiLine, starts(with: "\"\"\"") {
                i += 3
                while peek == "\"" { raw += "\\\""; advance() }   // quotes just before the close are content
                break
            }
            if !multiLine, c == "\"" { advance(); break }
            if c == "\n" && !multiLine { throw Problem(line: line, message: tr("a string is not closed with \"")) }
            if c == "\\" {
                advance()
                if multiLine, let n = peek, n == " " || n == "\t" || n == "\n" {
                    // A line-ending backslash: the line end and the white space after it are dropped.
                    var j = i
                    while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                    if j < chars.count, chars[j] == "\n" {
                        i = j
                        while let w = peek, w == " " || w == "\t" || w == "\n" { advance() }
                        continue
                    }
                }
                raw.append("\\")
                if let n = peek { raw.append(n); advance() }
                continue
            }
            if c == "\"" { raw += "\\\"" } else { raw.append(c) }
            advance()
        }
        do { return try TOMLLite.unescape(Substring(raw)) } catch { throw Problem(line: line, message: error.message) }
    }

    /// The rest of a `'…'` or `'''…'''` string, taken as written.
    mutating func literalString(multiLine: Bool) throws(Problem) -> String {
        let opened = line
        var out = ""
        if multiLine, peek == "\n" { advance() }
        while true {
            guard let c = peek else { throw Problem(line: opened, message: tr("a string is not closed with '")) }
            if multiLine, starts(with: "'''") {
                i += 3
                while peek == "'" { out.append("'"); advance() }
                return out
            }
            if !multiLine, c == "'" { advance(); return out }
            if c == "\n" && !multiLine { throw Problem(line: line, message: tr("a string is not closed with '")) }
            out.append(c)
            advance()
        }
    }

    // MARK: reading

    private var peek: Character? { i < chars.count ? chars[i] : nil }

    private mutating func advance() {
        if i < chars.count, chars[i] == "\n" { line += 1 }
        i += 1
    }

    private mutating func take(_ c: Character) -> Bool {
        guard peek == c else { return false }
        advance()
        return true
    }

    private func starts(with s: String) -> Bool {
        var j = i
        for c in s { guard j < chars.count, chars[j] == c else { return false }; j += 1 }
        return true
    }

    private mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { advance() } }

    private mutating func skipComment() { if peek == "#" { while let c = peek, c != "\n" { advance() } } }

    /// Spaces, comments and line ends (between statements, and inside an array).
    private mutating func skipBlankLinesAndComments() {
        while true {
            skipSpaces()
            skipComment()
            guard take("\n") else { return }
        }
    }

    /// Only white space and a comment may follow a value or a header on its line.
    private mutating func endOfLine() throws(Problem) {
        skipSpaces()
        skipComment()
        guard peek == nil || take("\n") else {
            throw Problem(line: line, message: tr("only a comment may follow a value on its line"))
        }
    }
}
