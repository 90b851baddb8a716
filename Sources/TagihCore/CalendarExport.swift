/// The follow-ups and promise dates as an iCalendar (RFC 5545) file of all-day events.
public enum CalendarExport {
    public static func ics(book: Book, today: CivilDate, policy: Policy = .standard, stamp: Timestamp) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tagih//follow-ups//EN", "CALSCALE:GREGORIAN"]
        let dtstamp = utc(stamp)
        for id in book.clients.keys.sorted() {
            let status = book.status(id, today: today, policy: policy)
            guard !book.openInvoices(of: id).isEmpty, let name = book.clients[id]?.name else { continue }
            let owed = book.balances(of: id).map(MoneyFormat.standard.string).joined(separator: " + ")
            // One event per client's follow-up, with one UID: a calendar that imports the file
            // again moves it instead of adding another. One already overdue stands on today.
            if let d = status.nextFollowUp {
                let late = d < today
                lines += event(uid: "followup-\(id.raw)@tagih", stamp: dtstamp, date: max(d, today), summary: "Follow up: \(name)",
                               description: late ? "Owed: \(owed). Follow-up overdue since \(d.iso)." : "Owed: \(owed). Next contact planned.")
            }
            for p in status.promises where p.state == .open {
                lines += event(uid: "promise-\(id.raw)-\(p.promise.date.iso)-\(p.promise.amount.minor)@tagih", stamp: dtstamp, date: p.promise.date,
                               summary: "Promised payment: \(name) \(MoneyFormat.standard.string(p.promise.amount))",
                               description: "Promised on \(p.madeOn.iso). Owed: \(owed).")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func event(uid: String, stamp: String, date: CivilDate, summary: String, description: String) -> [String] {
        let next = date.adding(days: 1)
        return ["BEGIN:VEVENT", "UID:\(escape(uid))", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(date))",
                "DTEND;VALUE=DATE:\(compact(next))", "SUMMARY:\(escape(CleanText.line(summary)))",
                "DESCRIPTION:\(escape(CleanText.line(description)))", "TRANSP:TRANSPARENT", "END:VEVENT"]
    }

    static func compact(_ d: CivilDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    static func utc(_ t: Timestamp) -> String {
        let secs = ((t.millis / 1000) % 86400 + 86400) % 86400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : String(v) }
        return compact(t.civilDate()) + "T" + two(secs / 3600) + two(secs % 3600 / 60) + two(secs % 60) + "Z"
    }

    /// Text values escape backslash, semicolon, comma and newline.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line {
            let n = String(ch).utf8.count
            if count + n > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(ch)
            count += n
        }
        return out
    }
}
