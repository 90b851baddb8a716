/// A small reader for the subset of TOML tagih's config uses: `[section]`
/// headers, `key = value` with strings, integers, decimals, booleans and flat
/// arrays of those, and `#` comments. Errors name the file and line.
public struct TOMLLite: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case decimal(Double)
        case bool(Bool)
        case array([Value])
    }

    /// A key's value and where it was written.
    public struct Entry: Sendable, Equatable {
        public let value: Value
        public let line: Int
    }

    /// Entries by section (`""` for the top) and key, in file order.
    public private(set) var sections: [String: [(key: String, entry: Entry)]] = [:]

    /// The entries of a section in file order (empty when the section is absent).
    public func entries(_ section: String) -> [(key: String, entry: Entry)] { sections[section] ?? [] }
    public private(set) var sectionOrder: [String] = [""]

    public static func == (a: TOMLLite, b: TOMLLite) -> Bool {
        a.sectionOrder == b.sectionOrder && a.sectionOrder.allSatisfy { s in
            (a.sections[s] ?? []).map(\.key) == (b.sections[s] ?? []).map(\.key)
                && (a.sections[s] ?? []).map(\.entry) == (b.sections[s] ?? []).map(\.entry)
        }
    }

    public init(parsing text: String, file: String) throws(ConfigError) {
        var section = ""
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = n + 1
            let stripped = TOMLLite.stripComment(String(raw)).trimmed
            if stripped.isEmpty { continue }
            if stripped.hasPrefix("[") {
                guard stripped.hasSuffix("]"), stripped.count > 2 else {
                    throw ConfigError(file: file, line: line, message: tr("a section header looks like [name]"))
                }
                section = String(stripped.dropFirst().dropLast()).trimmed
                guard section.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }) else {
                    throw ConfigError(file: file, line: line, message: tr("\"{0}\" is not a section name", section))
                }
                if sections[section] != nil && section != "" {
                    throw ConfigError(file: file, line: line, message: tr("section [{0}] appears twice", section))
                }
                sections[section] = []
                sectionOrder.append(section)
                continue
            }
            guard let eq = stripped.firstIndex(of: "=") else {
                throw ConfigError(file: file, line: line, message: tr("expected key = value"))
            }
            var key = String(stripped[..<eq]).trimmed
            if key.hasPrefix("\"") && key.hasSuffix("\"") && key.count >= 2 { key = String(key.dropFirst().dropLast()) }
            guard !key.isEmpty else { throw ConfigError(file: file, line: line, message: tr("a key is missing before =")) }
            let valueText = String(stripped[stripped.index(after: eq)...]).trimmed
            let value: Value
            do { value = try TOMLLite.value(valueText) } catch {
                throw ConfigError(file: file, line: line, message: "\(key): \(error.message)")
            }
            if (sections[section] ?? []).contains(where: { $0.key == key }) {
                throw ConfigError(file: file, line: line, message: tr("{0} is set twice", key))
            }
            sections[section, default: []].append((key, Entry(value: value, line: line)))
        }
    }

    struct ValueError: Error { let message: String }

    /// The text of a basic string's inside, its escapes undone: `\n \t \r \b
    /// \f \" \\` and `\uXXXX`, `\UXXXXXXXX` naming a Unicode scalar.
    static func unescape(_ body: Substring) throws(ValueError) -> String {
        var out = String.UnicodeScalarView()
        var it = body.unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\"" { throw ValueError(message: tr("a string ends at its second \"; write a quote inside it as \\\"")) }
            guard u == "\\" else { out.append(u); continue }
            guard let e = it.next() else { throw ValueError(message: tr("a string ends with a lone \\")) }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "u", "U":
                let count = e == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<count { if let h = it.next() { hex.unicodeScalars.append(h) } }
                guard hex.count == count, hex.allSatisfy(\.isHexDigit), let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                    throw ValueError(message: tr("\\{0}{1} is not a Unicode character ({2} hex digits)", String(e), hex, count))
                }
                out.append(scalar)
            default: throw ValueError(message: tr("unknown escape \\{0} in a string", String(e)))
            }
        }
        return String(out)
    }

    static func value(_ t: String) throws(ValueError) -> Value {
        if t.isEmpty { throw ValueError(message: tr("a value is missing after =")) }
        if t == "true" { return .bool(true) }
        if t == "false" { return .bool(false) }
        if t.hasPrefix("\"") {
            guard t.count >= 2, t.hasSuffix("\"") else { throw ValueError(message: tr("a string is not closed with \"")) }
            let out = try unescape(t.dropFirst().dropLast())
            return .string(out)
        }
        if t.hasPrefix("[") {
            guard t.hasSuffix("]") else { throw ValueError(message: tr("an array is not closed with ]")) }
            let inner = String(t.dropFirst().dropLast()).trimmed
            if inner.isEmpty { return .array([]) }
            var items: [Value] = []
            for part in splitTopLevel(inner) where !part.trimmed.isEmpty {
                let v = try value(part.trimmed)
                if case .array = v { throw ValueError(message: tr("nested arrays are not supported")) }
                items.append(v)
            }
            return .array(items)
        }
        let digits = t.replacingOccurrences(of: "_", with: "")
        if let i = Int(digits) { return .integer(i) }
        if let d = Double(digits), d.isFinite, digits.contains(".") { return .decimal(d) }
        throw ValueError(message: tr("\"{0}\" is not a string (in quotes), number, true/false or [array]", t))
    }

    static func splitTopLevel(_ s: String) -> [String] {
        var parts: [String] = [], current = "", inString = false, escaped = false
        for ch in s {
            if inString {
                current.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
            } else if ch == "\"" { inString = true; current.append(ch) }
            else if ch == "," { parts.append(current); current = "" }
            else { current.append(ch) }
        }
        parts.append(current)
        return parts
    }

    static func stripComment(_ line: String) -> String {
        var inString = false, escaped = false
        for (i, ch) in line.enumerated() {
            if inString {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
            } else if ch == "\"" { inString = true } else if ch == "#" { return String(line.prefix(i)) }
        }
        return line
    }
}

/// A problem in a config, theme or key file, naming the place.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
    public var description: String { "\(file):\(line): \(message)" }
}

extension String {
    /// The string without leading and trailing white space.
    public var trimmed: String { trimmingWhitespace }
}
