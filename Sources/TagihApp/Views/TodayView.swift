import TagihCore
import TerminalCore
import Widgets

/// Today: whom to contact, in priority order, each with why.
enum TodayView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        let q = state.todayQueue
        let t = state.text
        let header = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(header, style: theme["list.header"])
        buffer.write(" " + t(.todayHeading, q.entries.count),
                     x: area.x, y: area.y, maxWidth: area.width, style: theme["list.header"])
        guard !q.entries.isEmpty else {
            CenteredText.draw([(t(.nobodyDue), theme["text"]), (t(.nobodyDueHint), theme["text.dim"])],
                              into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
            return
        }
        let fmt = state.moneyFormat
        let rows = state.layout.todayBodyHeight
        for line in 0..<rows {
            let i = q.offset + line
            guard i < q.entries.count else { break }
            let e = q.entries[i]
            let y = area.y + 2 + line * 2
            guard y + 1 < area.maxY else { break }
            let selected = i == q.selected
            let main = selected ? theme["list.selected"] : theme["text"]
            let dim = selected ? theme["list.selected"] : theme["text.dim"]
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 2), style: selected ? main : theme["text"])
            let rank = String(i + 1)
            var x = area.x
            x += buffer.write(String(repeating: " ", count: max(0, 3 - rank.count)) + rank + " ", x: x, y: y, style: main)
            let money = e.balances.map(fmt.string).joined(separator: " + ")
            let right = "\(money)  " + t(.daysLateShort, e.oldestDaysLate) + (e.owner.map { "  \($0)" } ?? "")
            let rw = min(DisplayWidth.of(right), max(0, area.width - 24))
            buffer.write(e.name, x: x, y: y, maxWidth: max(0, area.maxX - x - rw - 2), style: main.adding(.bold))
            buffer.writeRight(right, maxX: area.maxX - 1, y: y, maxWidth: rw, style: main)
            buffer.write("    " + t(.whyPrefix) + e.reasons.map { t.reason($0, money: fmt, dates: state.dates) }.joined(separator: " · "), x: area.x, y: y + 1, maxWidth: area.width, style: dim)
        }
    }
}

/// The dashboard: aging as bars, DSO, CEI, collections, promises, plans, write-offs.
enum DashboardView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        guard let k = state.kpi else { return }
        let fmt = state.moneyFormat, t = state.text
        var y = area.y
        func line(_ spans: [(String, String)]) {
            guard y < area.maxY else { return }
            var x = area.x + 1
            for (t, role) in spans where x < area.maxX { x += buffer.write(t, x: x, y: y, maxWidth: area.maxX - x, style: theme[role]) }
            y += 1
        }
        line([(t(.dashboardTitle), "detail.heading"), ("  " + state.dates.short(k.today), "text.dim")])
        line([(t(.promisesHeading) + " ", "detail.heading"), (t(.dueThisWeek) + " ", "detail.label"), ("\(k.promisesDueThisWeek)", "text"),
              ("  " + t(.broken) + " ", "detail.label"), ("\(k.promisesBroken)", k.promisesBroken > 0 ? "detail.warn" : "text"),
              ("   " + t(.plansHeading) + " ", "detail.heading"), (t(.onTrack) + " ", "detail.label"), ("\(k.plansOnTrack)", "text"),
              ("  " + t(.missed) + " ", "detail.label"), ("\(k.plansMissed)", k.plansMissed > 0 ? "detail.warn" : "text")])
        y += 1
        let labels = state.text.buckets(state.buckets)
        let labelWidth = 8
        for c in k.currencies {
            line([(t(.receivables, c.currency.code, fmt.string(c.receivables)), "detail.heading")])
            if c.beyondRange { line([(t(.beyondRange, c.currency.code), "status.warn")]) }
            let maxMinor = c.buckets.map(\.minor).max() ?? 0
            let barRoom = max(4, min(40, area.width - labelWidth - 22))
            for (i, m) in c.buckets.enumerated() where y < area.maxY {
                let n = maxMinor > 0 ? Int((Double(m.minor) / Double(maxMinor) * Double(barRoom)).rounded()) : 0
                let bar = String(repeating: "█", count: n) + (n == 0 && m.isPositive ? "▏" : "")
                var x = area.x + 1
                x += buffer.write(labels.indices.contains(i) ? labels[i] : "", x: x, y: y, maxWidth: labelWidth, style: theme["summary.label"])
                x = area.x + 1 + labelWidth
                x += buffer.write(bar, x: x, y: y, maxWidth: barRoom, style: theme.bucket(i))
                buffer.write(" " + Formatting.compact(m), x: x, y: y, maxWidth: 12, style: theme["text"])
                y += 1
            }
            let dso = c.dso.map { state.text.tr("{0} days", String(format: "%.0f", $0)) } ?? "—"
            let cb = c.countbackDSO.map { state.text.tr("{0} days", String(format: "%.0f", $0)) } ?? "—"
            let cei = c.cei.map { String(format: "%.0f%%", $0) } ?? "—"
            line([(t(.dso) + " ", "detail.label"), (dso, "text"), ("  " + t(.countback) + " ", "detail.label"), (cb, "text"),
                  ("  " + t(.cei, state.dates.short(k.ceiFrom), state.dates.short(k.ceiTo)) + " ", "detail.label"), (cei, "text")])
            line([(t(.collectedMonth) + " ", "detail.label"), (fmt.string(c.collectedThisMonth), "text"),
                  ("  " + t(.writtenOffYear) + " ", "detail.label"), (fmt.string(c.writtenOffThisYear), "text")])
            y += 1
        }
        line([(t(.dsoNote, k.periodDays), "text.dim")])
        if let aged = state.aged, y + 3 < area.maxY { agedByClient(aged, state: state, theme: theme, area: Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1), into: &buffer) }
    }

    /// The clients owing most, per currency, with their balance per bucket (`tagih report aging --by client`).
    static func agedByClient(_ r: AgedReceivables, state: AppState, theme: Theme, area: Rect, into buffer: inout ScreenBuffer) {
        let t = state.text
        var y = area.y
        buffer.write(t.tr("Largest balances by client (tagih report aging --by client)"), x: area.x + 1, y: y, maxWidth: area.width - 2, style: theme["detail.heading"])
        y += 1
        let nameWidth = max(10, min(28, area.width - 8 * r.labels.count - 14))
        for c in r.currencies where y < area.maxY {
            let rows = r.rows.filter { $0.currency == c }.sorted { $0.total.minor > $1.total.minor }.prefix(max(1, min(5, (area.maxY - y) / max(1, r.currencies.count) - 1)))
            var x = area.x + 1 + nameWidth
            buffer.write(c.code, x: area.x + 1, y: y, maxWidth: nameWidth, style: theme["detail.label"])
            for l in t.buckets(state.buckets) {
                buffer.writeRight(l, maxX: x + 8, y: y, maxWidth: 7, style: theme["summary.label"])
                x += 8
            }
            buffer.writeRight(t.tr("total"), maxX: x + 12, y: y, maxWidth: 11, style: theme["summary.label"])
            y += 1
            for row in rows where y < area.maxY {
                buffer.write(row.name, x: area.x + 1, y: y, maxWidth: nameWidth - 1, style: theme["text"])
                var cx = area.x + 1 + nameWidth
                for (i, v) in row.buckets.enumerated() {
                    buffer.writeRight(v == 0 ? "·" : Formatting.compact(Money(minor: v, currency: c)), maxX: cx + 8, y: y, maxWidth: 7, style: theme.bucket(i))
                    cx += 8
                }
                buffer.writeRight(Formatting.compact(row.total), maxX: cx + 12, y: y, maxWidth: 11, style: theme["amount"])
                y += 1
            }
        }
    }
}

/// A workflow form in a box: context lines, fields, the problem or a hint.
enum FormView {
    static func draw(_ f: FormState, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let size = state.size
        let labelWidth = 18
        let w = min(size.width, 90)
        let infoLines = f.info.flatMap { wrapWords($0, width: w - 4) }
        let h = min(size.height - 2, infoLines.count + f.fields.count + 5)
        let box = Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
        let lang = state.text.language
        let inner = Panel.draw(into: &buffer, area: box, title: f.title, border: theme["border.focus"],
                               titleStyle: theme["border.focus"], fill: theme["form"])
        var y = inner.y
        for l in infoLines where y < inner.maxY - f.fields.count - 2 {
            buffer.write(l, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: theme["form.label"])
            y += 1
        }
        y += 1
        for (i, field) in f.fields.enumerated() where y < inner.maxY - 1 {
            let focused = i == f.focus
            buffer.write((focused ? "▸ " : "  ") + field.label, x: inner.x, y: y, maxWidth: labelWidth - 1, style: theme["form.label"])
            let x = inner.x + labelWidth
            switch field.kind {
            case let .text(t):
                let fw = min(40, inner.maxX - x - 1)
                TextArea.render(t, into: &buffer, area: Rect(x: x, y: y, width: fw, height: 1),
                                style: theme[focused ? "form.field.focus" : "form.field"], focused: focused)
                if !field.hint.isEmpty {
                    buffer.write(" " + field.hint, x: x + fw, y: y, maxWidth: max(0, inner.maxX - x - fw), style: theme["form.label"])
                }
            case let .choice(options, sel):
                let shown = options
                EditorView.choices(shown, selected: shown.indices.contains(sel) ? shown[sel] : "", x: x, y: y,
                                   maxX: inner.maxX, focused: focused, theme: theme, into: &buffer)
            }
            y += 1
        }
        let bottom = inner.maxY - 1
        if let p = f.problem {
            buffer.write("✗ " + p, x: inner.x + 1, y: bottom, maxWidth: inner.width - 2, style: theme["form.error"])
        } else {
            buffer.write(state.text(.formHint), x: inner.x + 1, y: bottom,
                         maxWidth: inner.width - 2, style: theme["form.label"])
        }
    }
}
