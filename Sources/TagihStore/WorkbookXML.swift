import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TagihCore

/// The parts of an `.xlsx` that an import needs, each read with an event parser.
enum XMLParts {
    /// Collects elements' attributes and text as the parser passes them.
    final class Collector: NSObject, XMLParserDelegate {
        var onStart: (String, [String: String]) -> Void = { _, _ in }
        var onEnd: (String, String) -> Void = { _, _ in }
        private var text = ""
        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            text = ""
            onStart(name, attributes)
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { text += s }
        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            onEnd(name, text)
            text = ""
        }
    }

    static func parse(_ data: Data, _ setup: (Collector) -> Void) {
        let c = Collector()
        setup(c)
        let p = XMLParser(data: data)
        p.shouldProcessNamespaces = false
        p.delegate = c
        _ = p.parse()
    }

    /// The sheets in workbook order: name and relationship id.
    static func sheets(_ data: Data) -> [(name: String, rel: String)] {
        var out: [(String, String)] = []
        parse(data) { c in c.onStart = { n, a in if n == "sheet", let name = a["name"], let rel = a["r:id"] { out.append((name, rel)) } } }
        return out
    }

    /// Relationship id → target path.
    static func relationships(_ data: Data) -> [String: String] {
        var out: [String: String] = [:]
        parse(data) { c in c.onStart = { n, a in if n == "Relationship", let id = a["Id"], let t = a["Target"] { out[id] = t } } }
        return out
    }

    /// The shared strings, rich text runs joined.
    static func sharedStrings(_ data: Data) -> [String] {
        var out: [String] = [], current = "", inPhonetic = false
        parse(data) { c in
            c.onStart = { n, _ in if n == "si" { current = "" } else if n == "rPh" { inPhonetic = true } }
            c.onEnd = { n, text in
                if n == "t" && !inPhonetic { current += text }
                if n == "rPh" { inPhonetic = false }
                if n == "si" { out.append(current) }
            }
        }
        return out
    }

    /// The cell styles (by index in cellXfs) whose number format is a date.
    static func dateStyles(_ data: Data) -> Set<Int> {
        var custom: [Int: String] = [:], formats: [Int] = []
        var inCellXfs = false
        parse(data) { c in
            c.onStart = { n, a in
                if n == "numFmt", let id = a["numFmtId"].flatMap(Int.init), let code = a["formatCode"] { custom[id] = code }
                if n == "cellXfs" { inCellXfs = true }
                if n == "xf" && inCellXfs { formats.append(a["numFmtId"].flatMap(Int.init) ?? 0) }
            }
            c.onEnd = { n, _ in if n == "cellXfs" { inCellXfs = false } }
        }
        var out: Set<Int> = []
        for (i, f) in formats.enumerated() where (14...22).contains(f) || (45...47).contains(f) || custom[f].map(isDateFormat) == true { out.insert(i) }
        return out
    }

    /// A custom number format that shows a date: d, m or y outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false
        for ch in code.lowercased() {
            if ch == "\"" { quoted.toggle(); continue }
            if ch == "[" { bracket = true } else if ch == "]" { bracket = false }
            if !quoted && !bracket && "dmy".contains(ch) { return true }
        }
        return false
    }

    /// The sheet's rows: each cell in its column, dates as ISO, empty rows left out.
    static func cells(_ data: Data, strings: [String], dateStyles: Set<Int>) -> [CSV.Row] {
        var rows: [CSV.Row] = []
        var fields: [String] = [], rowNumber = 0
        var ref = "", type = "", style = 0, value = "", inline = ""
        parse(data) { c in
            c.onStart = { n, a in
                switch n {
                case "row": fields = []; rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
                case "c": ref = a["r"] ?? ""; type = a["t"] ?? "n"; style = a["s"].flatMap(Int.init) ?? 0; value = ""; inline = ""
                default: break
                }
            }
            c.onEnd = { n, text in
                switch n {
                case "v": value = text
                case "t": inline += text
                case "c":
                    let column = ref.isEmpty ? fields.count : XMLParts.column(ref)
                    while fields.count <= column { fields.append("") }
                    fields[column] = XMLParts.cellText(type: type, value: value, inline: inline, style: style, strings: strings, dateStyles: dateStyles)
                case "row":
                    if fields.contains(where: { !$0.isEmpty }) { rows.append(CSV.Row(line: rowNumber, fields: fields)) }
                default: break
                }
            }
        }
        return rows
    }

    static func cellText(type: String, value: String, inline: String, style: Int, strings: [String], dateStyles: Set<Int>) -> String {
        switch type {
        case "s": return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr": return inline
        case "str", "e": return value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default:
            if dateStyles.contains(style), let d = Double(value), let day = Workbook.date(serial: d) { return day.iso }
            // Excel writes a number as the shortest decimal that reads back; an exponent is spelled out.
            if value.contains("E") || value.contains("e"), let d = Double(value), abs(d) < 1e15 {
                return String(format: "%.6f", d).replacingOccurrences(of: "\\.?0+$", with: "", options: .regularExpression)
            }
            return value
        }
    }

    /// `C12` → 2.
    static func column(_ ref: String) -> Int {
        var n = 0
        for u in ref.unicodeScalars {
            guard u.value >= 65 && u.value <= 90 else { break }
            n = n * 26 + Int(u.value - 64)
        }
        return max(0, n - 1)
    }
}
