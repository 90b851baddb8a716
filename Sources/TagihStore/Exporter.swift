import Foundation
import TagihCore

/// Writes the book out as CSV or JSON, with a stable column order and rows
/// sorted so that the same book always gives the same file.
public enum Exporter {
    public enum Kind: String, CaseIterable, Sendable { case invoices, clients, interactions, payments }

    /// Rows of one kind: a header and the values, all as text.
    public static func table(_ kind: Kind, book: Book, zoneOffset: Int = 0) -> (header: [String], rows: [[String]]) {
        switch kind {
        case .clients:
            let rows = book.clients.values.sorted { $0.id < $1.id }.map { c in
                [c.id.raw, c.name, c.contactPerson, c.phone, c.email, c.address, c.termsDays.map(String.init) ?? "", c.contractRef ?? "", c.owner ?? "",
                 c.currencyCode ?? "", book.isRemoved(c.id) ? "yes" : ""]
            }
            return (["id", "name", "contact", "phone", "email", "address", "terms", "contract", "owner", "currency", "removed"], rows)
        case .invoices:
            let rows = book.invoices.values.sorted { ($0.clientID, $0.number, $0.id) < ($1.clientID, $1.number, $1.id) }.map { i in
                [i.id.raw, i.number, i.clientID.raw, book.clients[i.clientID]?.name ?? "", i.issued.iso, i.due.iso, i.amount.currency.code,
                 i.amount.decimalString, book.paid(i).decimalString, book.writtenOff(i).decimalString, book.balance(i).decimalString,
                 book.credited(i).decimalString, book.voiding(i)?.value.reason ?? ""]
            }
            return (["id", "number", "client id", "client", "issued", "due", "currency", "amount", "paid", "written off", "balance", "credited", "void"], rows)
        case .payments:
            let all = (Array(book.paymentsByInvoice.values.joined()) + Array(book.reversedPayments.values.joined()))
                .sorted { ($0.date, $0.invoiceID, $0.id) < ($1.date, $1.invoiceID, $1.id) }
            let rows = all.map { p in
                let inv = book.invoices[p.invoiceID]
                return [p.id, inv?.number ?? p.invoiceID.raw, inv.flatMap { book.clients[$0.clientID]?.name } ?? "",
                        p.date.iso, p.amount.currency.code, p.amount.decimalString, p.method,
                        inv.flatMap { book.reversal(ofPayment: p.id, client: $0.clientID)?.value.reason } ?? ""]
            }
            return (["id", "invoice", "client", "date", "currency", "amount", "method", "reversed"], rows)
        case .interactions:
            var rows = book.interactionsByClient.values.joined().map { i in
                (i.at, i.id, [i.id, i.clientID.raw, book.clients[i.clientID]?.name ?? "", isoTime(i.at), i.kind.rawValue, i.outcome.rawValue, i.by,
                              i.durationSeconds.map(String.init) ?? "", i.nextFollowUp?.iso ?? "", i.promise?.amount.currency.code ?? "",
                              i.promise?.amount.decimalString ?? "", i.promise?.date.iso ?? "", i.notes, "",
                              book.isAmended(contact: i.id, client: i.clientID) ? "yes" : ""])
            }
            // Reminders sent are contacts too: the guard counts them, and so does the export.
            for (client, list) in book.reminders {
                for r in list {
                    rows.append((r.at, r.event.raw, [r.event.raw, client.raw, book.clients[client]?.name ?? "", isoTime(r.at), "reminder", "sent", r.by,
                                                     "", "", "", "", "", r.value.text, String(r.value.level), ""]))
                }
            }
            return (["id", "client id", "client", "at", "kind", "outcome", "by", "duration seconds", "next follow-up",
                     "promise currency", "promise amount", "promise date", "notes", "reminder level", "amended"],
                    rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2))
        }
    }

    /// `2026-11-30T09:15:00Z`.
    public static func isoTime(_ t: Timestamp) -> String {
        let d = t.civilDate()
        let secs = ((t.millis / 1000) % 86400 + 86400) % 86400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(d.iso)T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))Z"
    }

    /// The table with every field cleaned of control characters and escape
    /// sequences (newlines kept in notes), so no export can drive a terminal.
    public static func cleanTable(_ kind: Kind, book: Book) -> (header: [String], rows: [[String]]) {
        let t = table(kind, book: book)
        return (t.header, t.rows.map { $0.map { CleanText.multiline($0) } })
    }

    public static func csv(_ kind: Kind, book: Book) -> String {
        let t = cleanTable(kind, book: book)
        return ([t.header] + t.rows).map { CSV.line($0) }.joined()
    }

    /// The version of the JSON exports' shape (raised when a key changes meaning or goes).
    public static let jsonVersion = 1

    /// `{"tagih_export": 1, "kind": "invoices", "rows": [...]}`: keys in
    /// snake_case, amounts and counts as JSON numbers, an empty cell as null.
    public static func json(_ kind: Kind, book: Book) -> String {
        let t = cleanTable(kind, book: book)
        let keys = t.header.map(snakeCase)
        let numeric = Set(numericColumns(kind))
        let objects = t.rows.map { row in
            "{" + zip(keys, row).map { key, v in
                let value = v.isEmpty ? "null" : numeric.contains(key) ? v : jsonString(v)
                return "\(jsonString(key)):\(value)"
            }.joined(separator: ",") + "}"
        }
        return "{\"tagih_export\":\(jsonVersion),\"kind\":\"\(kind.rawValue)\",\"rows\":[\n" + objects.joined(separator: ",\n") + "\n]}\n"
    }

    /// `written off` → `written_off`.
    public static func snakeCase(_ header: String) -> String {
        header.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }.reduce(into: "") { $0.append($1) }
    }

    /// The columns whose values are numbers (amounts as decimals, counts as integers).
    public static func numericColumns(_ kind: Kind) -> [String] {
        switch kind {
        case .invoices: return ["amount", "paid", "written_off", "balance", "credited"]
        case .payments: return ["amount"]
        case .interactions: return ["duration_seconds", "promise_amount", "reminder_level"]
        case .clients: return ["terms"]
        }
    }

    /// CSV for a spreadsheet: a UTF-8 byte-order mark (so Excel reads the text
    /// as UTF-8), and where the language writes decimal commas, `;` between
    /// cells and commas in the amounts (what Excel expects there).
    public static func excel(_ kind: Kind, book: Book, decimalComma: Bool) -> String {
        let t = cleanTable(kind, book: book)
        let numeric = Set(numericColumns(kind))
        let keys = t.header.map(snakeCase)
        let rows = t.rows.map { row in
            zip(keys, row).map { key, v in decimalComma && numeric.contains(key) ? v.replacingOccurrences(of: ".", with: ",") : v }
        }
        let sep: Character = decimalComma ? ";" : ","
        return "\u{FEFF}" + ([t.header] + rows).map { CSV.line($0, delimiter: sep) }.joined()
    }

    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || (0x2028...0x2029).contains(u.value) {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
