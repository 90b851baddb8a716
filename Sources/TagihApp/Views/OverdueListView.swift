import TagihCore
import TerminalCore
import Widgets

/// The home screen: the aging summary, the filter line, and the overdue list.
enum OverdueListView {
    static func draw(_ state: AppState, theme: Theme, layout: Layout, into buffer: inout ScreenBuffer) {
        let t = state.text
        AgingSummaryView.draw(state.summary, theme: theme, text: t, area: layout.summary, into: &buffer)
        if layout.filterLine.height > 0 { drawFilter(state, theme: theme, area: layout.filterLine, into: &buffer) }
        let area = layout.list
        let rows = state.list.rows
        if rows.isEmpty {
            let lines: [(String, Style)]
            if state.book.invoices.isEmpty {
                lines = [(t(.emptyBook), theme["text"])] + wrapWords(t(.emptyBookHint), width: max(10, area.width - 2)).map { ($0, theme["text.dim"]) }
            } else if !state.list.query.isEmpty {
                lines = [(t(.nothingMatches, state.list.query), theme["text"]), (t(.escClears), theme["text.dim"])]
            } else {
                lines = [(t(.noOverdue), theme["text"]), (t(.nothingToChase), theme["text.dim"])]
            }
            CenteredText.draw(lines, into: &buffer, area: area)
            return
        }
        let listFocused = !(layout.sideBySide && state.focus == .detail)
        let table = Table(columns: state.listColumns.map(\.spec), headerStyle: theme["list.header"],
                          selectedStyle: listFocused ? theme["list.selected"] : theme["list.selected.unfocused"],
                          baseStyle: theme["text"])
        let fmt = state.moneyFormat
        table.render(into: &buffer, area: area, rowCount: rows.count, offset: state.list.offset,
                     selected: state.list.selected, marked: { state.list.marked.contains(rows[$0].key) }) { i in
            switch rows[i] {
            case let .invoice(r):
                let b = theme.bucket(r.bucket)
                return [
                    TableCell(r.clientName, style: theme["text"]),
                    TableCell(state.list.flags(client: r.invoice.clientID, invoice: r.invoice.id), style: theme["flags"]),
                    TableCell(r.invoice.number, style: theme["text"]),
                    TableCell(state.dates.short(r.invoice.due), style: theme["text"]),
                    TableCell(String(r.daysLate), style: b),
                    TableCell(state.text.bucket(state.buckets, r.bucket), style: b),
                    TableCell(fmt.string(r.balance), style: theme["amount"]),
                    TableCell(Formatting.ago(r.lastContact, today: state.today, text: t, zoneOffset: state.zoneOffset), style: theme["text.dim"]),
                    TableCell(Formatting.followUp(r.nextFollowUp, today: state.today, text: t), style: followStyle(r.nextFollowUp, state, theme)),
                ]
            case let .client(c):
                let b = theme.bucket(c.bucket)
                let more = c.balances.count > 1 ? " +\(c.balances.count - 1)" : ""
                return [
                    TableCell(c.name, style: theme["text"]),
                    TableCell(state.list.flags(client: c.clientID, invoice: nil), style: theme["flags"]),
                    TableCell(String(c.invoiceCount), style: theme["text"]),
                    // In the view of every client, one owing nothing or not yet late shows no lateness.
                    TableCell(c.oldestDaysLate >= 1 ? String(c.oldestDaysLate) : "—", style: b),
                    TableCell(c.oldestDaysLate >= 1 || c.invoiceCount > 0 ? state.text.bucket(state.buckets, c.bucket) : "—", style: b),
                    TableCell((c.balances.first.map(fmt.string) ?? "") + more, style: theme["amount"]),
                    TableCell(Formatting.ago(c.lastContact, today: state.today, text: t, zoneOffset: state.zoneOffset), style: theme["text.dim"]),
                    TableCell(Formatting.followUp(c.nextFollowUp, today: state.today, text: t), style: followStyle(c.nextFollowUp, state, theme)),
                ]
            }
        }
    }

    static func followStyle(_ d: CivilDate?, _ state: AppState, _ theme: Theme) -> Style {
        guard let d else { return theme["text.dim"] }
        return d <= state.today ? theme["followup.due"] : theme["text.dim"]
    }

    static func drawFilter(_ state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(area, style: theme["filter"])
        let label = "/ "
        buffer.write(label, x: area.x, y: area.y, style: theme["filter.label"])
        let field = Rect(x: area.x + 2, y: area.y, width: max(0, area.width - 2), height: 1)
        if state.filtering {
            TextArea.render(state.filterInput, into: &buffer, area: field, style: theme["filter"], focused: true)
        } else {
            buffer.write(state.list.query + "   " + state.text(.filterHint), x: field.x, y: field.y, maxWidth: field.width,
                         style: theme["filter"])
        }
    }

    /// Column widths fit the data: the balance column is as wide as the widest
    /// balance on the list, the client name takes what is left. The sorted
    /// column's title carries an arrow.
}

/// Open balances per aging bucket, one line per currency, in compact amounts.
enum AgingSummaryView {
    static func draw(_ summary: AgingSummary, theme: Theme, text t: Strings, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        let labels = t.buckets(summary.buckets)
        let codeWidth = 5
        // Buckets, then the total when it fits; columns of at least 7 cells.
        var cols = labels.count + 1
        if (area.width - codeWidth) / cols < 7 { cols = labels.count }
        let showTotal = cols > labels.count
        let colWidth = max(5, min(11, (area.width - codeWidth) / cols))
        var x = area.x + codeWidth
        buffer.write(t(.aging), x: area.x, y: area.y, maxWidth: codeWidth, style: theme["summary.label"], ellipsis: false)
        for (i, label) in labels.enumerated() {
            let l = i == 0 && DisplayWidth.of(label) >= colWidth ? "now" : label
            buffer.writeRight(l, maxX: x + colWidth, y: area.y, maxWidth: colWidth - 1, style: theme.bucket(i))
            x += colWidth
        }
        if showTotal {
            buffer.writeRight(t(.total), maxX: x + colWidth, y: area.y, maxWidth: colWidth - 1, style: theme["summary.label"])
        }
        let currencies = summary.currencies
        if currencies.isEmpty {
            buffer.write(t(.nothingOpen), x: area.x + codeWidth, y: area.y + 1, maxWidth: area.width - codeWidth, style: theme["text.dim"])
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
