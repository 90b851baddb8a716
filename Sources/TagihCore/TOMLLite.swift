/// A TOML document as tagih's config, theme and key files read it: sections
/// (tables, `a.b` for nested ones, `a[0]` for an array of tables) holding
/// keys in file order, each with its value and line (`TOMLReader` reads the
/// text). Errors name the file and line.
public struct TOMLLite: Sendable, Equatable {
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case decimal(Double)
        case bool(Bool)
        case array([Value])
        /// An inline table, `{ key = value, … }`, in order.
        case table([Pair])
    }

    /// One key of an inline table.
    public struct Pair: Sendable, Equatable {
        public let key: String
        public let value: Value
        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
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
        var reader = TOMLReader(text)
        let statements: [TOMLReader.Statement]
        do { statements = try reader.statements() } catch { throw ConfigError(file: file, line: error.line, message: error.message) }
        var section = ""
        var arrayCounts: [String: Int] = [:]
        var headers: Set<String> = []
        // Tables made by dotted keys (`policy.cadence = …`) cannot be opened again by a header.
        var dotted: Set<String> = []
        for statement in statements {
            switch statement {
            case let .table(path, array, line):
                var name = path.joined(separator: ".")
                if array {
                    let n = arrayCounts[name, default: 0]
                    arrayCounts[name] = n + 1
                    name += "[\(n)]"
                } else if headers.contains(name) || arrayCounts[name] != nil || dotted.contains(name) {
                    throw ConfigError(file: file, line: line, message: tr("section [{0}] appears twice", name))
                }
                headers.insert(name)
                section = name
                open(section)
            case let .pair(path, value, line):
                let inner = path.dropLast().joined(separator: ".")
                let target = inner.isEmpty ? section : (section.isEmpty ? inner : section + "." + inner)
                let key = path.last ?? ""
                if !inner.isEmpty && !headers.contains(target) { dotted.insert(target) }
                open(target)
                if (sections[target] ?? []).contains(where: { $0.key == key }) {
                    throw ConfigError(file: file, line: line, message: tr("{0} is set twice", key))
                }
                sections[target, default: []].append((key, Entry(value: value, line: line)))
            }
        }
    }

    /// Makes `name` a section, in the order sections first appear.
    private mutating func open(_ name: String) {
        guard sections[name] == nil else { return }
        sections[name] = []
        if !sectionOrder.contains(name) { sectionOrder.append(name) }
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
