import Foundation
import TagihCore
import Widgets

extension DetailContent {
    /// Everything on record with the client, newest first: contacts (with
    /// their promises, follow-ups and notes; an amended one says so, and its
    /// earlier versions show when asked), reminders, payments, write-offs and
    /// corrections.
    static func timeline(_ state: AppState, _ c: Client, width: Int) -> [DetailLine] {
        let t = state.text
        let history = state.book.history(c.id, zoneOffset: state.zoneOffset)
        var out = [DetailLine([(t(.timeline, history.count), "detail.heading")])]
        if history.isEmpty { out.append(DetailLine([(t(.noContact), "text.dim")])) }
        for h in history {
            switch h.item {
            case let .contact(i, amended): out += contact(state, i, amended: amended, width: width)
            default: out += record(state, h, width: width)
            }
        }
        return out
    }

    private static func when(_ state: AppState, _ at: Timestamp, clock: Bool = true) -> String {
        state.dates.short(at.civilDate(offsetSeconds: state.zoneOffset)) + (clock ? " " + at.clock(offsetSeconds: state.zoneOffset) : "")
    }

    private static func contact(_ state: AppState, _ i: Interaction, amended: Bool, width: Int) -> [DetailLine] {
        let t = state.text, fmt = state.moneyFormat, dates = state.dates
        var meta = "\(when(state, i.at))  \(t.kind(i.kind)) · \(t.outcome(i.outcome)) · \(i.by)"
        if let d = i.durationSeconds { meta += " · \(Parse.formatDuration(d))" }
        var out = [DetailLine([(meta, "timeline.meta")] + (amended ? [(" · " + t.tr("amended"), "detail.warn")] : []))]
        var extra: [String] = []
        if let p = i.promise { extra.append(t(.promisedBy, fmt.string(p.amount), dates.short(p.date))) }
        if let n = i.nextFollowUp { extra.append(t(.nextFollowUp).lowercased() + " " + dates.short(n)) }
        if let copy = i.copyPath { extra.append(t(.copyAt, copy)) }
        if let g = i.guardOverride { extra.append(t(.guardOverridden, g)) }
        if !extra.isEmpty { out.append(DetailLine([("  " + extra.joined(separator: " · "), "text.dim")])) }
        for l in wrapWords(i.notes, width: max(10, width - 2)) where !(l.isEmpty && i.notes.isEmpty) {
            out.append(DetailLine([("  " + l, "timeline.notes")]))
        }
        if amended && state.showEarlierVersions {
            let versions = state.book.contactVersions(i.id, client: i.clientID).dropLast()
            for (k, v) in versions.enumerated().reversed() {
                let was = [t.outcome(v.outcome)] + (v.promise.map { [t(.promisedBy, fmt.string($0.amount), dates.short($0.date))] } ?? []) + [v.notes]
                out.append(DetailLine([("  " + t.tr("version {0}: {1}", k + 1, was.filter { !$0.isEmpty }.joined(separator: " · ")), "text.dim")]))
            }
        } else if amended {
            out.append(DetailLine([("  " + t.tr("H shows the earlier versions"), "text.dim")]))
        }
        return out
    }

    private static func record(_ state: AppState, _ h: HistoryEntry, width: Int) -> [DetailLine] {
        let t = state.text, fmt = state.moneyFormat
        let by = h.by.isEmpty ? "" : " · " + h.by
        switch h.item {
        case let .reminder(r):
            var out = [DetailLine([("\(when(state, h.at))  " + t.tr("reminder {0} ({1})", r.level, t.rung(state.policy.ladderName(r.level))) + by, "timeline.meta")])]
            let lines = r.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let first = lines.first {
                out.append(DetailLine([("  " + first + (lines.count > 1 ? " …" : ""), "timeline.notes")]))
            }
            return out
        case let .payment(p, number, reversed):
            // The id first: it is what `tagih reverse` takes, and must not be cut off on a narrow pane.
            let line = "\(when(state, h.at, clock: false))  \(p.id.shortID)  " + t.tr("payment {0} on {1}", fmt.string(p.amount), number)
                + (p.method.isEmpty ? "" : " · " + p.method)
            return [DetailLine([(line, "timeline.meta")] + (reversed ? [(" · " + t.tr("reversed"), "detail.warn")] : []))]
        case let .writeOff(w, number):
            return [DetailLine([("\(when(state, h.at, clock: false))  " + t.tr("written off {0} of {1}: {2}", fmt.string(w.amount), number, w.reason), "timeline.meta")])]
        case let .correction(c, number):
            return [DetailLine([("\(when(state, h.at))  " + correctionLine(state, c, number ?? "") + by, "detail.warn")])]
        case .contact:
            return []
        }
    }

    /// A correction in a few words: "payment of IDR 1,000,000 on INV-2 reversed: giro tolak".
    static func correctionLine(_ state: AppState, _ raw: Correction, _ number: String) -> String {
        let t = state.text, fmt = state.moneyFormat
        var c = raw
        // The reason an undo writes is tagih's own word, said in the app's language.
        if c.reason == "undone" { c.reason = t.tr("undone") }
        switch c.kind {
        case .reversePayment: return t.tr("payment of {0} on {1} reversed: {2}", c.amount.map(fmt.string) ?? "", number, c.reason)
        case .credit: return t.tr("credit note {0} on {1}: {2}", c.amount.map(fmt.string) ?? "", number, c.reason)
        case .void: return t.tr("{0} voided: {1}", number, c.reason)
        case .withdraw:
            if let undone = state.book.corrections[c.clientID]?.first(where: { $0.event.raw == c.target }) {
                return t.tr("undone: {0}", correctionLine(state, undone.value, undone.value.invoiceID.flatMap { state.book.invoices[$0]?.number } ?? ""))
            }
            return t.tr("a change undone")
        case .withdrawContact: return t.tr("a contact taken back")
        case .removeClient: return t.tr("client removed: {0}", c.reason)
        case .amendContact: return t.tr("contact amended: {0}", c.reason)
        }
    }
}
