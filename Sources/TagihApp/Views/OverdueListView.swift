import TagihCore
import TerminalCore
import Widgets

/// The home screen: the aging summary above the list of overdue invoices.
enum OverdueListView {
    static func draw(_ state: AppState, theme: Theme, layout: Layout, into buffer: inout ScreenBuffer) {
        let currencies = state.summary.currencies
        AgingSummaryView.draw(state.summary, format: state.moneyFormat, theme: theme,
                              area: layout.summary(currencies: currencies.count), into: &buffer)
        let area = layout.list(currencies: currencies.count)
        let rows = state.list.rows
        if rows.isEmpty {
            let lines = state.book.invoices.isEmpty
                ? [("This book has no invoices yet.", theme["text"]),
                   ("`tagih demo` shows tagih on a sample book.", theme["text.dim"])]
                : [("No overdue invoices.", theme["text"]), ("Nothing to chase today.", theme["text.dim"])]
            CenteredText.draw(lines, into: &buffer, area: area)
            return
        }
        let table = Table(columns: columns(for: rows, format: state.moneyFormat),
                          headerStyle: theme["list.header"], selectedStyle: theme["list.selected"],
                          baseStyle: theme["text"])
        table.render(into: &buffer, area: area, rowCount: rows.count, offset: state.list.offset,
                     selected: state.list.selected) { i in
            let r = rows[i]
            let bucketStyle = theme.bucket(r.bucket)
            return [
                TableCell(r.clientName, style: theme["text"]),
                TableCell(r.invoice.number, style: theme["text"]),
                TableCell(r.invoice.due.iso, style: theme["text"]),
                TableCell(String(r.daysLate), style: bucketStyle),
                TableCell(state.buckets.label(r.bucket), style: bucketStyle),
                TableCell(state.moneyFormat.string(r.balance), style: theme["amount"]),
                TableCell(Formatting.ago(r.lastContact, today: state.today), style: theme["text.dim"]),
            ]
        }
    }

    /// Column widths fit the data: the balance column is as wide as the widest
    /// balance on the list, the client name takes what is left.
    static func columns(for rows: [OverdueRow], format: MoneyFormat) -> [TableColumn] {
        var balanceWidth = 7
        var invoiceWidth = 7
        for r in rows {
            balanceWidth = max(balanceWidth, DisplayWidth.of(format.string(r.balance)))
            invoiceWidth = max(invoiceWidth, DisplayWidth.of(r.invoice.number))
        }
        return [
            TableColumn("Client", width: 12, flexible: true, minWidth: 12),
            TableColumn("Invoice", width: min(invoiceWidth, 16), dropOrder: 3),
            TableColumn("Due", width: 10, dropOrder: 4),
            TableColumn("Late", width: 4, alignment: .right),
            TableColumn("Bucket", width: 6, dropOrder: 5),
            TableColumn("Balance", width: min(balanceWidth, 22), alignment: .right),
            TableColumn("Contact", width: 7, dropOrder: 6),
        ]
    }
}

/// Open balances per aging bucket, one line per currency, in compact amounts.
enum AgingSummaryView {
    static func draw(_ summary: AgingSummary, format: MoneyFormat, theme: Theme, area: Rect,
                     into buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        let labels = summary.buckets.labels
        let codeWidth = 5
        // Buckets, then the total when it fits; columns of at least 7 cells.
        var cols = labels.count + 1
        if (area.width - codeWidth) / cols < 7 { cols = labels.count }
        let showTotal = cols > labels.count
        let colWidth = max(5, min(11, (area.width - codeWidth) / cols))
        var x = area.x + codeWidth
        buffer.write("Aging", x: area.x, y: area.y, maxWidth: codeWidth, style: theme["summary.label"], ellipsis: false)
        for (i, label) in labels.enumerated() {
            let l = i == 0 && DisplayWidth.of(label) >= colWidth ? "now" : label
            buffer.writeRight(l, maxX: x + colWidth, y: area.y, maxWidth: colWidth - 1, style: theme.bucket(i))
            x += colWidth
        }
        if showTotal {
            buffer.writeRight("total", maxX: x + colWidth, y: area.y, maxWidth: colWidth - 1, style: theme["summary.label"])
        }
        let currencies = summary.currencies
        if currencies.isEmpty {
            buffer.write("nothing open", x: area.x + codeWidth, y: area.y + 1, maxWidth: area.width - codeWidth, style: theme["text.dim"])
            return
        }
        for (line, c) in currencies.enumerated() where line + 1 < area.height {
            let y = area.y + 1 + line
            let shownAll = line + 2 < area.height || line == currencies.count - 1
            buffer.write(shownAll ? c.code : "+\(currencies.count - line)", x: area.x, y: y, maxWidth: codeWidth,
                         style: theme["summary.label"])
            if !shownAll { break }
            var cx = area.x + codeWidth
            for i in 0..<labels.count {
                let m = summary.totals[i].total(in: c)
                let text = m.isZero ? "·" : Formatting.compact(m)
                buffer.writeRight(text, maxX: cx + colWidth, y: y, maxWidth: colWidth - 1, style: theme["summary"])
                cx += colWidth
            }
            if showTotal {
                buffer.writeRight(Formatting.compact(summary.grandTotal(c)), maxX: cx + colWidth, y: y,
                                  maxWidth: colWidth - 1, style: theme["summary.total"])
            }
        }
    }
}
