/// A calendar date without time or zone (a due date, an issue date).
///
/// Stored as days since 1970-01-01 so that date arithmetic is integer arithmetic.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// Dates outside these years are rejected as impossible for invoices.
    public static let yearRange = 1900...2200

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// The day of the week, Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// A date from its parts; nil when the day does not exist (2026-02-30) or the
    /// year is outside `yearRange`.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.yearRange.contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        // Days from civil, after Howard Hinnant's public-domain algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = era * 146097 + doe - 719468
    }

    /// Parses `YYYY-MM-DD` strictly; nil for anything else or an impossible date.
    public init?(iso: String) {
        let b = Array(iso.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var parts: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var day: Int { parts.day }

    /// `2026-11-30`.
    public var iso: String {
        let p = parts
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(p.year, 4))-\(pad(p.month, 2))-\(pad(p.day, 2))"
    }

    public var description: String { iso }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = CivilDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: tr("not a valid YYYY-MM-DD date: {0}", s)))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let millis: Int64

    public init(millis: Int64) { self.millis = millis }

    /// The UTC calendar date of this moment shifted by `offsetSeconds` (the
    /// local zone's offset, injected by the caller).
    public func civilDate(offsetSeconds: Int = 0) -> CivilDate {
        let secs = millis / 1000 + Int64(offsetSeconds)
        let days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        return CivilDate(dayNumber: Int(days))
    }

    /// `HH:MM` of the day in the zone given by `offsetSeconds`.
    public func clock(offsetSeconds: Int = 0) -> String {
        let secs = millis / 1000 + Int64(offsetSeconds)
        let s = ((secs % 86400) + 86400) % 86400
        let h = s / 3600, m = (s % 3600) / 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    /// Midday UTC on a date: a stable moment for generated or imported records.
    public static func noon(_ d: CivilDate) -> Timestamp {
        Timestamp(millis: Int64(d.dayNumber) * 86_400_000 + 43_200_000)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.millis < b.millis }

    public var description: String { String(millis) }

    public init(from decoder: Decoder) throws {
        millis = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(millis)
    }
}
