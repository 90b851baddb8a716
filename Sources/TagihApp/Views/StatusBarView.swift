import TagihCore
import TerminalCore
import Widgets

/// The bottom line: a message if there is one, else the most useful keys of
/// the current context, markers (read-only, unsaved draft) and where the book is.
enum StatusBarView {
    static func draw(_ state: AppState, theme: Theme, keymap: Keymap, area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(area, style: theme["status"])
        if let m = state.message {
            let role = m.level == .error ? "status.error" : m.level == .warn ? "status.warn" : "status.info"
            buffer.fill(area, style: theme[role])
            buffer.write(" " + m.text, x: area.x, y: area.y, maxWidth: area.width, style: theme[role])
            return
        }
        var x = area.x
        let t = state.text
        if state.readOnlyReason != nil {
            x += buffer.write(t(.readOnly), x: x, y: area.y, maxWidth: area.width, style: theme["status.warn"])
        }
        if state.editor?.dirty == true {
            x += buffer.write(t(.draft), x: x, y: area.y, maxWidth: area.maxX - x, style: theme["status.warn"])
        }
        let contexts = activeContexts(state)
        let hints: [(Command, T)]
        switch contexts.first {
        case .detail?: hints = [(.back, .hBack), (.logContact, .hLogCall), (.recordPayment, .hPayment), (.snooze, .hSnooze), (.help, .hKeys)]
        case .today?: hints = [(.logContact, .hCall), (.snooze, .hSnooze), (.logPromise, .hPromise), (.sendReminder, .hReminder),
                               (.recordPayment, .hPayment), (.openDetail, .hOpen), (.help, .hAllKeys)]
        case .dashboard?: hints = [(.showList, .hList), (.showToday, .hToday), (.help, .hKeys), (.quit, .hQuit)]
        case .form?: hints = [(.save, .hSave), (.cancel, .hClose)]
        case .filter?: hints = [(.acceptFilter, .hKeep), (.cancelFilter, .hClear)]
        case .editor?: hints = [(.save, .hSave), (.cancel, .hClose), (.nextField, .hField), (.help, .hKeys)]
        case .payment?: hints = [(.save, .hSave), (.cancel, .hClose)]
        case .prompt?, .help?, .palette?: hints = []
        default: hints = [(.startFilter, .hFilter), (.logContact, .hLogCall), (.cycleSort, .hSort),
                          (.toggleGrouping, .hByClient), (.showToday, .hToday), (.help, .hKeys), (.quit, .hQuit)]
        }
        for (cmd, label) in hints {
            guard let key = contexts.lazy.compactMap({ keymap.key(for: cmd, in: $0) }).first else { continue }
            x += buffer.write(" " + key.description, x: x, y: area.y, maxWidth: area.maxX - x, style: theme["status.key"])
            x += buffer.write(" " + t(label) + " ", x: x, y: area.y, maxWidth: area.maxX - x, style: theme["status"])
        }
        let path = state.dataPath + " "
        let room = area.maxX - x - 1
        if room > 8 {
            buffer.writeRight(path, maxX: area.maxX, y: area.y, maxWidth: room, style: theme["status"])
        }
    }
}

/// The `?` overlay: the keys of the current screen, generated from the keymap.
enum HelpOverlay {
    static func draw(_ bindings: [KeyBinding], theme: Theme, text t: Strings, area: Rect, into buffer: inout ScreenBuffer) {
        let lines = bindings.map { b in (b.keys.map(\.description).joined(separator: " "), t.phrase(b.summary)) }
        let keyWidth = min(24, lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let textWidth = lines.map { DisplayWidth.of($0.1) }.max() ?? 0
        let w = min(area.width - 2, keyWidth + textWidth + 7)
        let h = min(area.height - 2, lines.count + 2)
        let box = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        let inner = Panel.draw(into: &buffer, area: box, title: t(.keysTitle), border: theme["border.focus"],
                               titleStyle: theme["overlay.key"], fill: theme["overlay"])
        for (i, line) in lines.enumerated() where i < inner.height {
            buffer.write(line.0, x: inner.x + 1, y: inner.y + i, maxWidth: keyWidth, style: theme["overlay.key"])
            buffer.write(line.1, x: inner.x + keyWidth + 3, y: inner.y + i,
                         maxWidth: max(0, inner.width - keyWidth - 3), style: theme["overlay"])
        }
    }
}
