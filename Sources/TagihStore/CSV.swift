import TagihCore

/// RFC 4180 CSV: quoted fields, doubled quotes, delimiters and newlines inside
/// quotes, CRLF, LF or CR line ends, UTF-8 with or without a byte-order mark.
/// The delimiter (`,`, `;` as Excel saves in a decimal-comma locale, or a
/// tab) is the one the header line uses most.
public enum CSV {
    /// One record and the line of the file it starts on.
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let fields: [String]
    }

    /// Parses a file's bytes; other encodings and broken quoting are errors naming the place.
    public static func parse(_ bytes: [UInt8], file: String) throws(ImportError) -> [Row] {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(b) {
            throw ImportError(file: file, line: 1, column: nil, message: tr("the file is UTF-16; save it as UTF-8 (CSV UTF-8) and import again"))
        }
        guard let text = String(validating: b, as: UTF8.self) else {
            // Find the first bad byte for the message.
            var line = 1, offset = 0
            var i = b.startIndex
            while i < b.endIndex {
                let len = utf8Length(Array(b[i..<min(b.endIndex, i + 4)]))
                if len == 0 { break }
                if b[i] == 0x0A { line += 1 }
                i += len
                offset += len
            }
            throw ImportError(file: file, line: line, column: nil,
                              message: tr("not UTF-8 text (byte {0}); save the file as UTF-8 and import again", offset + (bytes.count - b.count)))
        }
        let delimiter = CSV.delimiter(of: text)
        var rows: [Row] = []
        var field = "", fields: [String] = []
        var inQuotes = false, afterQuote = false, fieldStarted = false
        var line = 1, rowLine = 1
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() { fields.append(field); field = ""; afterQuote = false; fieldStarted = false }
        while let u = pending ?? it.next() {
            pending = nil
            if inQuotes {
                if u == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\""); continue }
                        inQuotes = false; afterQuote = true; pending = n
                    } else { inQuotes = false; afterQuote = true }
                    continue
                }
                if u == "\r" {
                    // CRLF and a lone CR (old Mac files) are both one line end.
                    if let n = it.next(), n != "\n" { pending = n }
                    field.unicodeScalars.append("\n")
                    line += 1
                    continue
                }
                if u == "\n" { line += 1 }
                field.unicodeScalars.append(u)
                continue
            }
            if u == delimiter { endField(); continue }
            switch u {
            case "\r", "\n":
                if u == "\r", let n = it.next(), n != "\n" { pending = n }
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
                fields = []
                line += 1
                rowLine = line
            case "\"":
                if fieldStarted || afterQuote {
                    throw ImportError(file: file, line: line, column: fields.count + 1, message: tr("a quote inside an unquoted field; quote the whole field and double the quote"))
                }
                inQuotes = true
                fieldStarted = true
            default:
                if afterQuote {
                    throw ImportError(file: file, line: line, column: fields.count + 1, message: tr("text after a closing quote"))
                }
                field.unicodeScalars.append(u)
                fieldStarted = true
            }
        }
        if inQuotes { throw ImportError(file: file, line: rowLine, column: fields.count + 1, message: tr("a quoted field is never closed")) }
        if fieldStarted || afterQuote || !fields.isEmpty {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }

    /// The delimiter the first line uses most, outside quotes: `,` unless `;` or a tab is more frequent.
    public static func delimiter(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for u in text.unicodeScalars {
            if u == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if u == "\n" || u == "\r" { break }
            if counts[u] != nil { counts[u]! += 1 }
        }
        let comma = counts[","]!, semi = counts[";"]!, tab = counts["\t"]!
        if tab > comma && tab >= semi { return "\t" }
        if semi > comma { return ";" }
        return ","
    }

    /// UTF-16 without a byte-order mark: in the first bytes, most of every
    /// other byte is zero (ASCII text as UTF-16) and the bytes between are not.
    static func looksLikeUTF16(_ b: ArraySlice<UInt8>) -> Bool {
        let sample = Array(b.prefix(512))
        guard sample.count >= 8 else { return false }
        let pairs = sample.count / 2
        var evenZeros = 0, oddZeros = 0
        for i in 0..<pairs {
            if sample[2 * i] == 0 { evenZeros += 1 }
            if sample[2 * i + 1] == 0 { oddZeros += 1 }
        }
        return max(evenZeros, oddZeros) * 10 >= pairs * 6 && min(evenZeros, oddZeros) * 10 <= pairs
    }

    static func utf8Length(_ b: [UInt8]) -> Int {
        guard let f = b.first else { return 0 }
        let n = f < 0x80 ? 1 : f >= 0xF0 ? 4 : f >= 0xE0 ? 3 : f >= 0xC0 ? 2 : 0
        guard n > 0, b.count >= n, String(validating: b[0..<n], as: UTF8.self) != nil else { return 0 }
        return n
    }

    /// One CSV line (with CRLF), quoting fields that need it. Every cell is
    /// made safe for a spreadsheet first (`safeCell`).
    public static func line(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { raw in
            let f = safeCell(raw)
            let quote = f.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            return quote ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: String(delimiter)) + "\r\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet will not run: one that starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return gets a `'` in front (OWASP's advice
    /// against CSV injection), unless it is a plain number such as `-1500.00`,
    /// which stays a number.
    public static func safeCell(_ f: String) -> String {
        // A cell already made of quotes before a formula start gets one more, so that
        // importing the export gives back exactly the text that was stored.
        let afterQuotes = f.drop { $0 == "'" }
        guard let first = afterQuotes.first, formulaStarts.contains(first), afterQuotes.count < f.count || !isPlainNumber(f) else { return f }
        return "'" + f
    }

    /// The cell as it was before `safeCell` (what importing a tagih export reads).
    public static func unescapedCell(_ f: String) -> String {
        let afterQuotes = f.drop { $0 == "'" }
        guard afterQuotes.count < f.count, let first = afterQuotes.first, formulaStarts.contains(first) else { return f }
        return String(f.dropFirst())
    }

    /// `-1500.00`, `+3`, `12,5`: a sign, digits and at most one decimal mark.
    static func isPlainNumber(_ f: String) -> Bool {
        var body = Substring(f)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

/// A problem with an imported file, naming the line and column.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int?
    public let message: String
    public init(file: String, line: Int, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
    public var description: String { "\(file):\(line)" + (column.map { ":\($0)" } ?? "") + ": \(message)" }
}
