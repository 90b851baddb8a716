import TagihCore

/// Short forms the screens use.
enum Formatting {
    /// How long ago a contact was, in days: `today`, `1d ago`, `12d ago`; `—` for never.
    static func ago(_ t: Timestamp?, today: CivilDate, text: Strings = Strings(language: "en"), zoneOffset: Int = 0) -> String {
        guard let t else { return text(.never) }
        let d = t.civilDate(offsetSeconds: zoneOffset).days(until: today)
        if d <= 0 { return text(.todayWord) }
        return text(.daysAgo, d)
    }

    /// When the next follow-up is: `today`, `in 3d`, `5d ago` (overdue), `—`.
    static func followUp(_ d: CivilDate?, today: CivilDate, text: Strings = Strings(language: "en")) -> String {
        guard let d else { return text(.never) }
        let n = today.days(until: d)
        if n == 0 { return text(.todayWord) }
        return n > 0 ? text(.inDays, n) : text(.daysAgo, -n)
    }

    /// A compact amount for summaries: `950`, `12.5K`, `3.2M`, `1.1B` (major units).
    static func compact(_ m: Money) -> String {
        let major = Double(m.minor) / Double(m.currency.minorPerMajor)
        let a = abs(major)
        let sign = major < 0 ? "-" : ""
        func one(_ v: Double, _ suffix: String) -> String {
            let tenths = Int((v * 10).rounded())
            let whole = tenths / 10, frac = tenths % 10
            return sign + (whole >= 100 || frac == 0 ? "\(whole)" : "\(whole).\(frac)") + suffix
        }
        if a >= 1e12 { return one(a / 1e12, "T") }
        if a >= 1e9 { return one(a / 1e9, "B") }
        if a >= 1e6 { return one(a / 1e6, "M") }
        if a >= 1e3 { return one(a / 1e3, "K") }
        return sign + String(Int(a.rounded()))
    }
}
