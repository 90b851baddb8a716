import TagihCore

/// Dates as accounting software writes them: ISO, day-month-year with `/`,
/// `-` or `.`, and `30 Nov 2026` (English or Indonesian month names).
/// A date that could be read two ways (03/04/2025) is an error, not a guess.
public enum DateOrder: String, Sendable, CaseIterable {
    case iso, dmy, mdy, ymd
}

public enum ImportDates {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12, "mei": 5, "agu": 8, "agt": 8, "ags": 8, "okt": 10, "des": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "januari": 1, "februari": 2,
        "maret": 3, "juni": 6, "juli": 7, "agustus": 8, "oktober": 10, "desember": 12,
        "nop": 11, "nopember": 11, "peb": 2, "pebruari": 2, "agst": 8,
    ]

    public static func parse(_ raw: String, order: DateOrder?) -> Result<CivilDate, ParseError> {
        let t = raw.trimmed
        guard !t.isEmpty else { return .failure(ParseError(Sentence("the date is empty"))) }
        if let d = CivilDate(iso: t), order == nil || order == .iso || order == .ymd { return .success(d) }
        // Drop a time part ("2026-11-30 00:00:00", "2026-11-30T10:15:00+07:00", "30/11/2026 12:00").
        var datePart = String(t.split(separator: " ").first ?? "")
        if datePart.count > 10, datePart.dropFirst(10).first == "T" { datePart = String(datePart.prefix(10)) }
        if datePart != t, let d = CivilDate(iso: datePart), order == nil || order == .iso || order == .ymd { return .success(d) }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if words.count == 3 {
            // 30 Nov 2026, or Nov 30 2026.
            if let d = Int(words[0]), let m = months[words[1].lowercased().trimmingCharacters(in: .punctuationCharacters)], let y = Int(words[2]) {
                return make(y, m, d, raw)
            }
            if let m = months[words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)], let d = Int(words[1]), let y = Int(words[2]) {
                return make(y, m, d, raw)
            }
        }
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        // 30-Nov-26, 5/Des/2026: the month named between the day and the year.
        if parts.count == 3, let d = Int(parts[0]), let m = months[parts[1].lowercased()], var y = Int(parts[2]) {
            if parts[2].count == 2 { y += y < 70 ? 2000 : 1900 }
            return make(y, m, d, raw)
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), let a = Int(parts[0]), let b = Int(parts[1]), var c = Int(parts[2]) else {
            return .failure(ParseError(Sentence("\"{0}\" is not a date", raw)))
        }
        if parts[0].count == 4 { return make(a, b, c, raw) }          // year first
        if parts[2].count == 2 { c += c < 70 ? 2000 : 1900 }
        switch order {
        case .dmy?: return make(c, b, a, raw)
        case .mdy?: return make(c, a, b, raw)
        case .iso?, .ymd?: return .failure(ParseError(Sentence("\"{0}\" is not in the form YYYY-MM-DD (--date-format {1})", raw, order!.rawValue)))
        case nil:
            if a > 12 && b <= 12 { return make(c, b, a, raw) }
            if b > 12 && a <= 12 { return make(c, a, b, raw) }
            if a == b { return make(c, b, a, raw) }
            return .failure(ParseError(Sentence("\"{0}\" could be day/month or month/day; say which with --date-format dmy or mdy", raw)))
        }
    }

    static func make(_ y: Int, _ m: Int, _ d: Int, _ raw: String) -> Result<CivilDate, ParseError> {
        guard let date = CivilDate(year: y, month: m, day: d) else { return .failure(ParseError(Sentence("\"{0}\" is not a real date", raw))) }
        return .success(date)
    }
}
