import TagihCore
import TerminalCore
import Widgets

/// The call-notes editor: kind and outcome, the notes, promise, next follow-up,
/// who, and the running call timer in the title.
enum EditorView {
    static func draw(_ e: ContactEditor, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let form = state.layout.form
        let l = EditorLayout(form: form, editor: e)
        let t = state.text
        let title = "\(t.kind(e.kind).capitalized) · \(e.clientName) · \(e.invoiceLabel)"
        Panel.draw(into: &buffer, area: form, title: title, border: theme["border.focus"],
                   titleStyle: theme["border.focus"], fill: theme["form"])
        if e.kind == .call {
            let secs = max(0, Int((state.now.millis - e.startedAt.millis) / 1000))
            let timer = " ● \(clock(secs)) "
            buffer.writeRight(timer, maxX: form.maxX - 2, y: form.y, maxWidth: 12, style: theme["form.timer"])
        }
        let inner = l.inner
        // Kind and outcome: choices, the current one highlighted.
        label(t(.kind), y: l.rows[.kind]!, e: e, field: .kind, l: l, theme: theme, into: &buffer)
        choices(InteractionKind.allCases.map(t.kind), selected: t.kind(e.kind), x: inner.x + l.labelWidth,
                y: l.rows[.kind]!, maxX: inner.maxX, focused: e.focus == .kind, theme: theme, into: &buffer)
        label(t(.outcome), y: l.rows[.outcome]!, e: e, field: .outcome, l: l, theme: theme, into: &buffer)
        choices(e.kind.outcomes.map(t.outcome), selected: t.outcome(e.outcome), x: inner.x + l.labelWidth,
                y: l.rows[.outcome]!, maxX: inner.maxX, focused: e.focus == .outcome, theme: theme, into: &buffer)
        label(e.kind == .letter ? t(.notesLetter) : t(.notes), y: l.rows[.notes]!, e: e, field: .notes, l: l,
              theme: theme, into: &buffer, width: 40)
        TextArea.render(e.notes, into: &buffer, area: l.notes, style: theme[e.focus == .notes ? "form.field.focus" : "form.field"],
                        focused: e.focus == .notes, placeholder: e.focus == .notes ? nil : t(.typeWhatWasSaid),
                        placeholderStyle: theme["form.field"])
        for f in e.fields where ![.kind, .outcome, .notes, .promiseDate].contains(f) {
            guard let y = l.rows[f], let value = e.text(f) else { continue }
            label(f.label(t), y: y, e: e, field: f, l: l, theme: theme, into: &buffer)
            var x = inner.x + l.labelWidth
            let w = f == .promiseAmount ? min(18, l.fieldWidth) : l.fieldWidth
            field(value, x: x, y: y, width: w, focused: e.focus == f, theme: theme, into: &buffer)
            if f == .promiseAmount, let dt = e.text(.promiseDate) {
                x += w + 1
                x += buffer.write(e.promiseCurrency.code + "  " + t(.byDate) + " ", x: x, y: y, maxWidth: inner.maxX - x,
                                  style: theme[e.focus == .promiseDate ? "form.label" : "form.label"])
                field(dt, x: x, y: y, width: min(12, max(0, inner.maxX - x)), focused: e.focus == .promiseDate,
                      theme: theme, into: &buffer)
            }
            if f == .nextFollowUp {
                buffer.write("  " + t(.dateHint), x: x + w, y: y, maxWidth: max(0, inner.maxX - x - w),
                             style: theme["form.label"])
            }
        }
        let bottom = inner.maxY - 1
        if let p = e.problem {
            buffer.write("✗ " + t.say(p.sentence), x: inner.x + 1, y: bottom, maxWidth: inner.width - 2, style: theme["form.error"])
        } else {
            let hint = e.saving ? t(.saving) : t(.editorHint)
            buffer.write(hint, x: inner.x + 1, y: bottom, maxWidth: inner.width - 2, style: theme["form.label"])
        }
    }

    static func clock(_ secs: Int) -> String {
        let h = secs / 3600, m = (secs % 3600) / 60, s = secs % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(two(m)):\(two(s))"
    }

    static func label(_ text: String, y: Int, e: ContactEditor, field: EditorField, l: EditorLayout, theme: Theme,
                      into buffer: inout ScreenBuffer, width: Int? = nil) {
        let focused = e.focus == field
        let marker = e.problem.map { $0.field.rawValue == field.rawValue } == true ? "✗ " : (focused ? "▸ " : "  ")
        buffer.write(marker + text, x: l.inner.x, y: y, maxWidth: width ?? l.labelWidth - 1,
                     style: theme[e.problem?.field.rawValue == field.rawValue ? "form.error" : "form.label"])
    }

    static func field(_ t: TextEditor, x: Int, y: Int, width: Int, focused: Bool, theme: Theme, into buffer: inout ScreenBuffer) {
        guard width > 1 else { return }
        TextArea.render(t, into: &buffer, area: Rect(x: x, y: y, width: width, height: 1),
                        style: theme[focused ? "form.field.focus" : "form.field"], focused: focused)
    }

    static func choices(_ items: [String], selected: String, x: Int, y: Int, maxX: Int, focused: Bool, theme: Theme,
                        into buffer: inout ScreenBuffer) {
        let total = items.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
        if total > maxX - x, let i = items.firstIndex(of: selected) {
            // Too narrow for all choices: the current one, with arrows and its place.
            let text = "‹ \(selected) ›  \(i + 1)/\(items.count)"
            buffer.write(text, x: x, y: y, maxWidth: maxX - x, style: theme[focused ? "form.choice.selected" : "form.field"])
            return
        }
        var cx = x
        for item in items where cx < maxX {
            let isSel = item == selected
            let style = isSel ? theme[focused ? "form.choice.selected" : "form.field"] : theme["form.choice"]
            cx += buffer.write(" \(item) ", x: cx, y: y, maxWidth: maxX - cx, style: style)
            cx += 1
        }
    }
}

/// The record-a-payment form, a small box.
enum PaymentView {
    static func draw(_ p: PaymentForm, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let size = state.size
        let w = min(size.width - 2, 72), h = min(size.height - 2, 9)
        let box = Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
        let t = state.text
        let inner = Panel.draw(into: &buffer, area: box, title: t(.paymentTitle), border: theme["border.focus"],
                               titleStyle: theme["border.focus"], fill: theme["form"])
        buffer.write(p.title, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: theme["form"])
        let rows: [(String, PaymentForm.Field, TextEditor, String)] = [
            (t(.amount), .amount, p.amount, p.currency.code),
            (t.tr("Apply to"), .allocate, p.allocate, t.tr("oldest, INV or INV=AMOUNT, …")),
            (t(.date), .date, p.date, t(.dateOrToday)),
            (t(.method), .method, p.method, t(.methodHint)),
        ]
        for (i, r) in rows.enumerated() where inner.y + 2 + i < inner.maxY {
            let y = inner.y + 2 + i
            let label = max(10, rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 3
            buffer.write((p.focus == r.1 ? "▸ " : "  ") + r.0, x: inner.x, y: y, maxWidth: label - 1, style: theme["form.label"])
            TextArea.render(r.2, into: &buffer, area: Rect(x: inner.x + label, y: y, width: 24, height: 1),
                            style: theme[p.focus == r.1 ? "form.field.focus" : "form.field"], focused: p.focus == r.1)
            buffer.write(" " + r.3, x: inner.x + label + 24, y: y, maxWidth: max(0, inner.width - label - 24), style: theme["form.label"])
        }
        let msg = p.problem.map { "✗ " + t.say($0.sentence) } ?? t(.paymentHint)
        buffer.write(msg, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2,
                     style: theme[p.problem == nil ? "form.label" : "form.error"])
    }
}
