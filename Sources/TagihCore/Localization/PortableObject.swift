/// A gettext PO file read into its messages: the format translators' tools
/// (Poedit, Weblate) edit, with message contexts and plural forms.
///
/// What tagih reads: `msgctxt`, `msgid`, `msgid_plural`, `msgstr` and
/// `msgstr[n]`, each a quoted string that may continue on the lines after it;
/// comments (`#`) and the header entry are skipped, as are entries marked
/// `#, fuzzy` (a translation not yet checked) and empty translations.
public struct PortableObject: Sendable {
    /// One translated message.
    public struct Message: Sendable, Equatable {
        public var context: String?
        public var id: String
        public var plural: String?
        /// The translation, or its plural forms in order (`msgstr[0]`, `msgstr[1]`, …).
        public var strings: [String]
    }

    /// A line the reader could not make sense of.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public private(set) var messages: [Message] = []

    /// The messages of `text`, or the first line that is not PO.
    public init(parsing text: String) throws(Problem) {
        var reader = Reader()
        var number = 0
        let body = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        for line in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            try reader.take(line, line: number)
        }
        try reader.finish(line: number)
        messages = reader.done
    }

    /// The entry being read and the keyword its strings go to.
    private struct Reader {
        var done: [Message] = []
        var context: String?, id: String?, plural: String?, strings: [Int: String] = [:]
        var fuzzy = false
        var target: Target?
        enum Target { case context, id, plural, string(Int) }

        mutating func take(_ line: Substring, line n: Int) throws(Problem) {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if t.isEmpty { return try finish(line: n) }
            if t.hasPrefix("#") {
                // A comment after a translation starts the next entry (its flags are the next one's).
                if case .string? = target { try finish(line: n) }
                if t.hasPrefix("#,") && t.contains("fuzzy") { fuzzy = true }
                return
            }
            if t.hasPrefix("\"") {
                guard let target else { throw Problem(line: n, reason: "a string that follows no keyword") }
                return append(try Self.quoted(t, line: n), to: target)
            }
            let keyword = t.prefix { $0 != " " && $0 != "\t" }
            let value = try Self.quoted(t.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }, line: n)
            if keyword == "msgctxt" || (keyword == "msgid" && id != nil) { try finish(line: n) }
            switch keyword {
            case "msgctxt": target = .context
            case "msgid": target = .id
            case "msgid_plural": target = .plural
            case "msgstr": target = .string(0)
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let i = Int(keyword.dropFirst(7).dropLast()), (0..<10).contains(i) else {
                    throw Problem(line: n, reason: "\"\(keyword)\" is not a PO keyword")
                }
                target = .string(i)
            }
            append(value, to: target!)
        }

        mutating func append(_ s: String, to target: Target) {
            switch target {
            case .context: context = (context ?? "") + s
            case .id: id = (id ?? "") + s
            case .plural: plural = (plural ?? "") + s
            case let .string(i): strings[i, default: ""] += s
            }
        }

        /// Ends the entry being read (a blank line, a new entry, the end).
        mutating func finish(line n: Int) throws(Problem) {
            defer { context = nil; id = nil; plural = nil; strings = [:]; fuzzy = false; target = nil }
            guard let id else {
                if context != nil || !strings.isEmpty { throw Problem(line: n, reason: "an entry without msgid") }
                return
            }
            let forms = (0..<(strings.keys.max().map { $0 + 1 } ?? 0)).map { strings[$0] ?? "" }
            guard !id.isEmpty, !fuzzy, !forms.isEmpty, !forms.contains(where: \.isEmpty) else { return }
            done.append(Message(context: context, id: id, plural: plural, strings: forms))
        }

        /// The text of a C-style quoted string (`"a \"b\"\n"`), escapes undone.
        static func quoted(_ s: Substring, line n: Int) throws(Problem) -> String {
            let body = s.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            guard body.count >= 2, body.first == "\"", body.last == "\"" else { throw Problem(line: n, reason: "a quoted string is expected") }
            var out = ""
            var escaped = false
            for c in body.dropFirst().dropLast() {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "\"", "\\": out.append(c)
                    default: throw Problem(line: n, reason: "\\\(c) is not an escape tagih reads")
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    throw Problem(line: n, reason: "a quote inside a string must be written \\\"")
                } else {
                    out.append(c)
                }
            }
            if escaped { throw Problem(line: n, reason: "the string ends in a lone backslash") }
            return out
        }
    }
}
