import TerminalCore

/// A table for people on stdout: the first column left-aligned, the others
/// right-aligned, widths measured in terminal cells, a rule under the header
/// (and above a last row of totals).
enum TextTable {
    static func render(header: [String], rows: [[String]], totalLast: Bool = false, leftColumns: Int = 1) -> String {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(c)))
                return i < leftColumns ? c + pad : pad + c
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        var out = line(header) + "\n" + rule
        for (i, row) in rows.enumerated() {
            if totalLast && i == rows.count - 1 { out += rule }
            out += line(row) + "\n"
        }
        return out
    }
}
