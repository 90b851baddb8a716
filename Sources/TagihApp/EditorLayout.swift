import TerminalCore

/// Where the editor's parts go inside the form box. Shared with the reducer,
/// which needs the notes area's size for wrapping and paging.
struct EditorLayout {
    let inner: Rect
    let notes: Rect
    /// The row of each one-line field below the notes.
    let rows: [EditorField: Int]
    let labelWidth = 17
    var fieldWidth: Int { max(10, min(40, inner.width - labelWidth - 2)) }

    init(form: Rect, editor: ContactEditor) {
        inner = form.inset(1)
        let below = editor.fields.filter { ![.kind, .outcome, .notes, .promiseDate].contains($0) }
        // kind, outcome, "Notes" label above; fields and the problem line below.
        let top = inner.y + 3
        let bottomRows = below.count + 1
        let notesHeight = max(1, inner.height - 3 - bottomRows)
        notes = Rect(x: inner.x + 1, y: top, width: max(2, inner.width - 2), height: notesHeight)
        var rows: [EditorField: Int] = [.kind: inner.y, .outcome: inner.y + 1, .notes: inner.y + 2]
        var y = notes.maxY
        for f in below {
            rows[f] = y
            if f == .promiseAmount { rows[.promiseDate] = y }
            y += 1
        }
        self.rows = rows
    }
}
