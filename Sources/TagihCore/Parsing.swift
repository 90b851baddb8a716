/// Parses amounts, dates and durations typed by people, with messages that
/// say what was wrong.
public enum Parse {
    /// An amount in a currency: `20000`, `20,000.50`, `1.500.000,50` (with
    /// `decimalMark: ","`). Never negative, never more decimals than the currency has.
    public static func money(_ text: String, currency: Currency, decimalMark: Character = ".") -> Result<Money, ParseError> {
        var s = text.trimmingWhitespace
        if s.uppercased().hasPrefix(currency.code) { s = String(s.dropFirst(3)).trimmingWhitespace }
        guard !s.isEmpty else { return .failure(.init(Sentence("amount is empty"))) }
        if s.hasPrefix("-") { return .failure(.init(Sentence("amount \"{0}\" is negative", text))) }
        let group: Character = decimalMark == "." ? "," : "."
        var whole = "", frac = ""
        var seenMark = false
        // Digits in each group of the whole part, so that separators are only taken between groups of three.
        var groups: [Int] = [0]
        var separators: Set<Character> = []
        for ch in s {
            if ch == decimalMark {
                if seenMark { return .failure(.init(Sentence("amount \"{0}\" has two decimal marks", text))) }
                seenMark = true
            } else if ch == group || ch == " " || ch == "\u{00A0}" || ch == "_" {
                if seenMark { return .failure(.init(Sentence("amount \"{0}\" has a separator after the decimal mark", text))) }
                groups.append(0)
                separators.insert(ch)
            } else if ch.isASCII, ch.isNumber {
                if seenMark { frac.append(ch) } else { whole.append(ch); groups[groups.count - 1] += 1 }
            } else {
                return .failure(.init(Sentence("amount \"{0}\" is not a number", text)))
            }
        }
        if groups.count > 1, separators.count > 1 || !Parse.isGrouping(groups) {
            let sep = separators.count == 1 ? separators.first! : group
            return .failure(ParseError(Sentence("amount \"{0}\": \"{1}\" may only group thousands in threes (1{1}500{1}000); write a decimal part after \"{2}\"",
                                          text, String(sep), String(decimalMark)), misplacedSeparator: sep))
        }
        guard !whole.isEmpty || !frac.isEmpty else { return .failure(.init(Sentence("amount \"{0}\" is not a number", text))) }
        if frac.count > currency.minorDigits {
            return .failure(.init(Sentence("amount \"{0}\" has more decimals than {1} allows ({2})", text, currency.code, currency.minorDigits)))
        }
        while frac.count < currency.minorDigits { frac.append("0") }
        let digits = (whole + frac).drop { $0 == "0" }
        guard digits.count <= 18, let minor = Int64(digits.isEmpty ? "0" : String(digits)), minor <= Money.limit else {
            return .failure(.init(Sentence("amount \"{0}\" is too large", text)))
        }
        return .success(Money(minor: minor, currency: currency))
    }

    /// An amount typed by a person, read in either convention when only one
    /// reading is possible: `30.000.000`, `Rp 1.500.000`, `1.500.000,50`,
    /// `1,500,000.50`, `1,5`. A single separator before exactly three digits
    /// that is the user's decimal mark (`1.500` typed in English) could be
    /// either: an error naming both readings.
    public static func typedMoney(_ text: String, currency: Currency, decimalMark: Character = ".") -> Result<Money, ParseError> {
        var s = text.trimmingWhitespace
        if s.lowercased().hasPrefix("rp") { s = String(s.dropFirst(2)).trimmingWhitespace; if s.hasPrefix(".") { s.removeFirst() } }
        let dots = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
        let mark: Character
        switch (dots, commas) {
        case (0, 0): mark = decimalMark
        case (_, 0) where dots > 1: mark = ","
        case (0, _) where commas > 1: mark = "."
        case (1, 0), (0, 1):
            let sep: Character = dots == 1 ? "." : ","
            let after = s.split(separator: sep, omittingEmptySubsequences: false).last?.filter(\.isNumber).count ?? 0
            if after == 3 && sep == decimalMark && currency.minorDigits < 3 {
                let digits = s.filter(\.isNumber)
                return .failure(.init(Sentence("amount \"{0}\" could be {1} or {2}; write it without the separator or with its decimals", text,
                                               String(digits), String(digits.dropLast(3)) + String(sep) + String(digits.suffix(3)))))
            }
            mark = after == 3 ? (sep == "." ? "," : ".") : sep
        default:
            // Both: the last one is the decimal mark.
            mark = s.lastIndex(of: ".")! > s.lastIndex(of: ",")! ? "." : ","
        }
        // A reading that fails is reported in the user's own convention.
        return money(s, currency: currency, decimalMark: mark).flatMapError { _ in money(s, currency: currency, decimalMark: decimalMark) }
    }

    /// Whether digit counts between separators are thousands in threes
    /// (`1,500,000`) or the Indian lakh grouping (`15,00,000`).
    static func isGrouping(_ groups: [Int]) -> Bool {
        guard let first = groups.first, let last = groups.last, groups.count > 1, last == 3 else { return false }
        let middle = groups.dropFirst().dropLast()
        if (1...3).contains(first) && middle.allSatisfy({ $0 == 3 }) { return true }
        return (1...2).contains(first) && middle.allSatisfy { $0 == 2 }
    }

    /// A date: `YYYY-MM-DD`, or relative: `today`, `tomorrow` (also `hari ini`,
    /// `besok`), `+7` / `+7d` (days), `+2w` (weeks), or a weekday (`friday`,
    /// `jumat`, `jum'at`: the next one after today).
    public static func date(_ text: String, today: CivilDate) -> Result<CivilDate, ParseError> {
        let s = text.trimmingWhitespace.lowercased()
        if s == "today" || s == "hari ini" { return .success(today) }
        if s == "tomorrow" || s == "besok" { return .success(today.adding(days: 1)) }
        if s.hasPrefix("+") {
            var body = s.dropFirst()
            var unit = 1
            if body.hasSuffix("d") { body = body.dropLast() } else if body.hasSuffix("w") { body = body.dropLast(); unit = 7 }
            if let n = Int(body), n >= 0, n <= 3650 { return .success(today.adding(days: n * unit)) }
        }
        if let d = CivilDate(iso: s) { return .success(d) }
        // A weekday, in English or Indonesian: the next one after today.
        if let w = Parse.weekdays[s.replacingOccurrences(of: "'", with: "")] {
            let ahead = (w - today.weekday + 7) % 7
            return .success(today.adding(days: ahead == 0 ? 7 : ahead))
        }
        return .failure(.init(Sentence("\"{0}\" is not a date (use YYYY-MM-DD, today, tomorrow, +7, +2w or a weekday)", text)))
    }

    /// Weekday names (Monday is 0), English and Indonesian, whole and short.
    static let weekdays: [String: Int] = [
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "friday": 4, "fri": 4,
        "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
        "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
    ]

    /// A duration: `5m`, `1h30m`, `90s`, `4:30` (minutes:seconds), or plain seconds.
    public static func duration(_ text: String) -> Result<Int, ParseError> {
        let s = text.trimmingWhitespace.lowercased()
        guard !s.isEmpty else { return .failure(.init(Sentence("duration is empty"))) }
        if let colon = s.firstIndex(of: ":") {
            if let m = Int(s[..<colon]), let sec = Int(s[s.index(after: colon)...]), m >= 0, (0..<60).contains(sec), m < 1440 {
                return .success(m * 60 + sec)
            }
            return .failure(.init(Sentence("duration \"{0}\" is not minutes:seconds", text)))
        }
        if let n = Int(s), n >= 0, n <= 86_400 { return .success(n) }
        var total = 0, number = ""
        for ch in s {
            if ch.isASCII, ch.isNumber { number.append(ch); continue }
            guard number.count <= 6, let n = Int(number), n <= 86_400 else { return .failure(.init(Sentence("duration \"{0}\" is not like 5m or 1h30m (at most 24 hours)", text))) }
            switch ch {
            case "h": total += n * 3600
            case "m": total += n * 60
            case "s": total += n
            default: return .failure(.init(Sentence("duration \"{0}\" is not like 5m or 1h30m", text)))
            }
            number = ""
        }
        guard number.isEmpty, total <= 86_400 else { return .failure(.init(Sentence("duration \"{0}\" is not like 5m or 1h30m", text))) }
        return .success(total)
    }

    /// `4m 12s`, `1h 05m`, `45s`.
    public static func formatDuration(_ seconds: Int) -> String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if h > 0 { return "\(h)h \(two(m))m" }
        if m > 0 { return "\(m)m \(two(s))s" }
        return "\(s)s"
    }
}

/// Why a typed value could not be read, in words for the user.
public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, to be said in the reader's language.
    public let sentence: Sentence
    /// The separator that stood where it cannot group thousands (`1,5` read
    /// with "." as the decimal mark): perhaps the text uses it as its decimal mark.
    public let misplacedSeparator: Character?

    public init(_ sentence: Sentence, misplacedSeparator: Character? = nil) {
        self.sentence = sentence
        self.misplacedSeparator = misplacedSeparator
    }

    /// In the command line's language.
    public var description: String { sentence.description }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
