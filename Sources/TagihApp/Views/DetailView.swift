import Foundation
import TagihCore
import TerminalCore
import Widgets

/// One line of the detail pane: spans of text, each with a theme role.
struct DetailLine: Equatable {
    var spans: [(text: String, role: String)]
    static func == (a: DetailLine, b: DetailLine) -> Bool {
        a.spans.map(\.text) == b.spans.map(\.text) && a.spans.map(\.role) == b.spans.map(\.role)
    }
    init(_ spans: [(String, String)]) { self.spans = spans.map { (text: $0.0, role: $0.1) } }
    static let blank = DetailLine([])

    /// The line broken between spans so that each piece fits `width` cells;
    /// continuation lines are indented. A single span too wide is cut when drawn.
    func wrapped(width: Int) -> [DetailLine] {
        var out: [DetailLine] = []
        var current: [(String, String)] = []
        var used = 0
        for span in spans {
            let w = DisplayWidth.of(span.text)
            if used + w > width && !current.isEmpty {
                out.append(DetailLine(current))
                let trimmed = String(span.text.drop { $0 == " " })
                current = [("    " + trimmed, span.role)]
                used = 4 + DisplayWidth.of(trimmed)
            } else {
                current.append((span.text, span.role))
                used += w
            }
        }
        out.append(DetailLine(current))
        return out
    }
}

/// What the client detail shows, as lines for a width: contact and terms,
/// invoices, then the timeline of contacts newest first with their notes.
/// Pure, so the reducer can count lines for scrolling and the view draw them.
enum DetailContent {
    static func lines(_ state: AppState, width: Int) -> [DetailLine] {
        guard let id = state.currentClient, let c = state.book.clients[id] else { return [] }
        let book = state.book, fmt = state.moneyFormat, today = state.today, dates = state.dates, t = state.text
        var out: [DetailLine] = []
        out.append(DetailLine([(c.name, "detail.heading")] + (c.owner.map { [("   " + t(.owner) + " ", "detail.label"), ($0, "text")] } ?? [])))
        let contact = [c.contactPerson, c.phone, c.email].filter { !$0.isEmpty }.joined(separator: " · ")
        if !contact.isEmpty { out.append(DetailLine([(contact, "text")])) }
        if !c.address.isEmpty { out.append(DetailLine([(c.address, "text.dim")])) }
        var terms: [(String, String)] = [(t(.terms) + " ", "detail.label")]
        terms.append(c.termsDays.map { (t(.netDays, $0), "text") } ?? (t(.noneAgreed), "detail.warn"))
        terms.append(("  " + t(.contract) + " ", "detail.label"))
        terms.append(c.contractRef.map { ($0, "text") } ?? (t(.noneOnFile), "detail.warn"))
        out.append(DetailLine(terms))
        let status = book.status(id, today: today, policy: state.policy, zoneOffset: state.zoneOffset)
        if let r = status.reason {
            out.append(DetailLine([(t(.why) + " ", "detail.label"), (r.reason.label, r.reason == .dispute ? "detail.warn" : "text")]
                                  + (r.note.isEmpty ? [] : [("  " + r.note, "text.dim")])))
        }
        if let est = book.recovery(id, today: today, status: status) {
            out.append(DetailLine([(t(.recovery) + " ", "detail.label"), (est.percent, "text"), ("  " + est.basis.joined(separator: " "), "text.dim")]))
        }
        if status.escalated {
            let owner = c.owner ?? "the owner"
            if let note = status.ownerNote {
                out.append(DetailLine([(t(.escalatedTo, owner) + t(.salesSide), "detail.warn"), (note, "text")]))
            } else {
                out.append(DetailLine([(t(.askSalesSide, owner), "detail.warn")]))
            }
        }
        var next: [(String, String)] = [(t(.nextFollowUp) + " ", "detail.label"), (status.nextFollowUp.map(dates.short) ?? "—", "text")]
        if let n = status.nextFollowUp, n < today { next.append((" " + t(.overdueBy, n.days(until: today)), "detail.warn")) }
        next.append(("  " + t(.reminders) + " ", "detail.label"))
        next.append((status.remindersSent == 0 ? t(.none) : "\(status.remindersSent) (last: \(state.policy.ladderName(status.lastReminderLevel)))", "text"))
        out.append(DetailLine(next))
        for p in status.promises.suffix(3) {
            let role = p.state == .broken ? "detail.warn" : "text"
            out.append(DetailLine([(t(.promise) + " ", "detail.label"), ("\(fmt.string(p.promise.amount)) by \(dates.short(p.promise.date)): \(p.state.rawValue)", role),
                                   ("  paid towards it \(fmt.number(p.paidTowards))", "text.dim")]))
        }
        if let plan = status.plan {
            let paid = plan.instalments.filter { $0.state == .paid }.count
            out.append(DetailLine([(t(.plan) + " ", "detail.label"),
                                   (t(.paidOf, paid, plan.instalments.count) + (plan.missed > 0 ? t(.missedCount, plan.missed) : ""), plan.missed > 0 ? "detail.warn" : "text"),
                                   ("  " + t(.agreed, dates.short(plan.plan.agreedOn)), "text.dim")]))
            for i in plan.instalments {
                out.append(DetailLine([("  \(dates.short(i.instalment.date))  \(fmt.string(i.instalment.amount))  \(i.state.rawValue)",
                                        i.state == .missed ? "detail.warn" : "text.dim")]))
            }
        }
        for o in status.offers {
            out.append(DetailLine([(t(.offer) + " ", "detail.label"),
                                   (t(.offeredBy, fmt.string(o.offer.amount), t(o.offer.offeredBy == .us ? .us : .them), dates.short(o.offer.date), o.status.rawValue), "text")]
                                  + (o.offer.expires.map { [("  " + t(.until, dates.short($0)), "text.dim")] } ?? [])))
        }
        out.append(.blank)

        let invoices = book.invoices(of: id)
        out.append(DetailLine([(t(.invoices, invoices.count), "detail.heading")]))
        for inv in invoices.reversed() {
            let bal = book.balance(inv), paid = book.paid(inv)
            let late = inv.daysLate(on: today)
            var spans: [(String, String)] = [(inv.number, "text"), ("  " + t(.due, dates.short(inv.due)), "text.dim")]
            if bal.isZero {
                spans.append(("  " + t(.paid, fmt.string(inv.amount)), "text.dim"))
            } else {
                spans.append(("  \(fmt.string(inv.amount))", "amount"))
                if !paid.isZero { spans.append(("  " + t(.paid, fmt.number(paid)), "text.dim")) }
                spans.append(("  " + t(.balance, fmt.string(bal)), "amount"))
                if late >= 1 { spans.append(("  " + t(.late, late), "bucket.\(min(5, state.buckets.index(daysLate: late)))")) }
                if let r = status.invoiceReasons[inv.id] { spans.append(("  \(r.reason.label)", r.reason == .dispute ? "detail.warn" : "text.dim")) }
                if status.paused.contains(inv.id) { spans.append(("  " + t(.chasingPaused), "text.dim")) }
            }
            let written = book.writtenOff(inv)
            if !written.isZero { spans.append(("  " + t(.writtenOffAmount, fmt.number(written)), "text.dim")) }
            out.append(DetailLine(spans))
            if let claim = state.policy.rights.claim(balance: bal, daysLate: late, referenceRateBasisPoints: state.policy.referenceRateBasisPoints) {
                out.append(DetailLine([("    " + t(.mayClaim, claim.preset.label, fmt.string(claim.interest), String(format: "%.2f", Double(claim.rateBasisPoints) / 100), fmt.string(claim.compensation)), "text.dim")]))
            }
        }
        out.append(.blank)

        let timeline = book.timeline(id)
        out.append(DetailLine([(t(.timeline, timeline.count), "detail.heading")]))
        if timeline.isEmpty { out.append(DetailLine([(t(.noContact), "text.dim")])) }
        for i in timeline {
            let when = dates.short(i.at.civilDate(offsetSeconds: state.zoneOffset)) + " " + i.at.clock(offsetSeconds: state.zoneOffset)
            var meta = "\(when)  \(t.kind(i.kind)) · \(t.outcome(i.outcome)) · \(i.by)"
            if let d = i.durationSeconds { meta += " · \(Parse.formatDuration(d))" }
            out.append(DetailLine([(meta, "timeline.meta")]))
            var extra: [String] = []
            if let p = i.promise { extra.append(t(.promisedBy, fmt.string(p.amount), dates.short(p.date))) }
            if let n = i.nextFollowUp { extra.append(t(.nextFollowUp).lowercased() + " " + dates.short(n)) }
            if let copy = i.copyPath { extra.append(t(.copyAt, copy)) }
            if let g = i.guardOverride { extra.append(t(.guardOverridden, g)) }
            if !extra.isEmpty { out.append(DetailLine([("  " + extra.joined(separator: " · "), "text.dim")])) }
            for l in wrapWords(i.notes, width: max(10, width - 2)) where !(l.isEmpty && i.notes.isEmpty) {
                out.append(DetailLine([("  " + l, "timeline.notes")]))
            }
        }
        // Edits of the record, newest first, with the value each replaced: when two
        // people changed the same field, the later edit shows and the other stays here.
        var edits: [(at: Timestamp, by: String, what: String, changes: [(field: String, old: String, new: String)], oldBy: String)] = []
        let history = book.clientHistory(id)
        for k in history.indices.dropFirst() {
            edits.append((history[k].at, history[k].by, "", history[k].value.changes(from: history[k - 1].value), history[k - 1].by))
        }
        for inv in book.invoices(of: id) {
            let h = book.invoiceHistory(inv.id)
            for k in h.indices.dropFirst() { edits.append((h[k].at, h[k].by, inv.number + " ", h[k].value.changes(from: h[k - 1].value, money: fmt.string), h[k - 1].by)) }
        }
        if !edits.isEmpty {
            out.append(.blank)
            out.append(DetailLine([(state.text.tr("Record changes ({0})", edits.count), "detail.heading")]))
            for e in edits.sorted(by: { $0.at > $1.at }) {
                out.append(DetailLine([("\(dates.short(e.at.civilDate(offsetSeconds: state.zoneOffset)))  \(e.by)", "timeline.meta")]))
                for c in e.changes {
                    out.append(DetailLine([("  " + e.what + state.text.tr("{0}: {1} (was {2} by {3})", c.field, c.new.isEmpty ? "—" : c.new, c.old.isEmpty ? "—" : c.old, e.oldBy), "text.dim")]))
                }
            }
        }
        return out.flatMap { $0.wrapped(width: width) }
    }
}

/// The client detail pane.
enum DetailView {
    static func draw(_ state: AppState, theme: Theme, area: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let title = state.currentClient.flatMap { state.book.clients[$0]?.name } ?? "Client"
        let inner = Panel.draw(into: &buffer, area: area, title: title, border: focused ? theme["border.focus"] : theme["border"],
                               titleStyle: focused ? theme["border.focus"] : theme["border"], fill: theme["text"])
        guard inner.width > 2, inner.height > 0 else { return }
        let lines = DetailContent.lines(state, width: inner.width)
        if lines.isEmpty {
            CenteredText.draw([(state.text(.noClient), theme["text.dim"])], into: &buffer, area: inner)
            return
        }
        for row in 0..<inner.height {
            let i = state.detailScroll + row
            guard i < lines.count else { break }
            var x = inner.x
            for span in lines[i].spans where x < inner.maxX {
                x += buffer.write(span.text, x: x, y: inner.y + row, maxWidth: inner.maxX - x, style: theme[span.role])
            }
        }
        if lines.count > inner.height {
            let pos = "\(min(lines.count, state.detailScroll + inner.height))/\(lines.count)"
            buffer.writeRight(" \(pos) ", maxX: area.maxX - 1, y: area.maxY - 1, maxWidth: 12, style: theme["border"])
        }
    }
}
