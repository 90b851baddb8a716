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
/// the state of the practice (why, recovery, follow-up, promises, plan,
/// offers), invoices, the timeline of contacts newest first, record changes.
/// Pure, so the reducer can count lines for scrolling and the view draw them.
enum DetailContent {
    static func lines(_ state: AppState, width: Int) -> [DetailLine] {
        guard let id = state.currentClient, let c = state.book.clients[id] else { return [] }
        if state.showStatement { return statement(state, c).flatMap { $0.wrapped(width: width) } }
        let status = state.book.status(id, today: state.today, policy: state.policy, zoneOffset: state.zoneOffset)
        var out = header(state, c)
        out += practice(state, c, status)
        out.append(.blank)
        out += invoices(state, c, status)
        out.append(.blank)
        out += timeline(state, c, width: width)
        out += edits(state, c)
        return out.flatMap { $0.wrapped(width: width) }
    }

    /// Name, owner, contact, address, terms and contract.
    static func header(_ state: AppState, _ c: Client) -> [DetailLine] {
        let t = state.text
        var out = [DetailLine([(c.name, "detail.heading")] + (c.owner.map { [("   " + t(.owner) + " ", "detail.label"), ($0, "text")] } ?? []))]
        let contact = [c.contactPerson, c.phone, c.email].filter { !$0.isEmpty }.joined(separator: " · ")
        if !contact.isEmpty { out.append(DetailLine([(contact, "text")])) }
        if !c.address.isEmpty { out.append(DetailLine([(c.address, "text.dim")])) }
        var terms: [(String, String)] = [(t(.terms) + " ", "detail.label")]
        terms.append(c.termsDays.map { (t(.netDays, $0), "text") } ?? (t(.noneAgreed), "detail.warn"))
        terms.append(("  " + t(.contract) + " ", "detail.label"))
        terms.append(c.contractRef.map { ($0, "text") } ?? (t(.noneOnFile), "detail.warn"))
        out.append(DetailLine(terms))
        return out
    }

    /// Why they do not pay, the recovery estimate, the escalation, the next
    /// follow-up and reminders, then promises, the plan and offers.
    static func practice(_ state: AppState, _ c: Client, _ status: ClientStatus) -> [DetailLine] {
        let t = state.text, dates = state.dates
        var out: [DetailLine] = []
        if let r = status.reason {
            out.append(DetailLine([(t(.why) + " ", "detail.label"), (t.reason(r.reason), r.reason == .dispute ? "detail.warn" : "text")]
                                  + (r.note.isEmpty ? [] : [("  " + r.note, "text.dim")])))
        }
        if let est = state.book.recovery(c.id, today: state.today, status: status) {
            out.append(DetailLine([(t(.recovery) + " ", "detail.label"), (est.percent, "text"), ("  " + est.basis.map(t.say).joined(separator: " "), "text.dim")]))
        }
        if status.escalated {
            let owner = c.owner ?? t.tr("the owner")
            if let note = status.ownerNote {
                out.append(DetailLine([(t(.escalatedTo, owner) + t(.salesSide), "detail.warn"), (note, "text")]))
            } else {
                out.append(DetailLine([(t(.askSalesSide, owner), "detail.warn")]))
            }
            if let note = state.book.escalations[c.id]?.last(where: { $0.value.kind == .escalated })?.value.note, !note.isEmpty {
                out.append(DetailLine([("  " + note, "timeline.notes")]))
            }
        }
        var next: [(String, String)] = [(t(.nextFollowUp) + " ", "detail.label"), (status.nextFollowUp.map(dates.short) ?? "—", "text")]
        if let n = status.nextFollowUp, n < state.today { next.append((" " + t(.overdueBy, n.days(until: state.today)), "detail.warn")) }
        next.append(("  " + t(.reminders) + " ", "detail.label"))
        next.append((status.remindersSent == 0 ? t(.none)
                     : t.tr("{0} (last: {1})", status.remindersSent, t.rung(state.policy.ladderName(status.lastReminderLevel))), "text"))
        out.append(DetailLine(next))
        return out + agreements(state, status)
    }

    /// The last promises, the plan with its instalments, and the offers.
    static func agreements(_ state: AppState, _ status: ClientStatus) -> [DetailLine] {
        let t = state.text, fmt = state.moneyFormat, dates = state.dates
        var out: [DetailLine] = []
        for p in status.promises.suffix(3) {
            out.append(DetailLine([(t(.promise) + " ", "detail.label"),
                                   (t.tr("{0} by {1}: {2}", fmt.string(p.promise.amount), dates.short(p.promise.date), t.promiseState(p.state)),
                                    p.state == .broken ? "detail.warn" : "text"),
                                   ("  " + t.tr("paid towards it {0}", fmt.number(p.paidTowards)),
                                    "text.dim")]))
        }
        if let plan = status.plan {
            if plan.onTrack, !plan.completed, let next = status.nextFollowUp {
                out.append(DetailLine([(t.tr("The plan is being kept: chasing is paused until {0}, the day after the next instalment.", dates.short(next)), "text.dim")]))
            }
            let paid = plan.instalments.filter { $0.state == .paid }.count
            out.append(DetailLine([(t(.plan) + " ", "detail.label"),
                                   (t(.paidOf, paid, plan.instalments.count) + (plan.missed > 0 ? t(.missedCount, plan.missed) : ""),
                                    plan.missed > 0 ? "detail.warn" : "text"),
                                   ("  " + t(.agreed, dates.short(plan.plan.agreedOn)), "text.dim")]
                                  + (plan.plan.note.isEmpty ? [] : [("  " + plan.plan.note, "timeline.notes")])))
            for i in plan.instalments {
                out.append(DetailLine([("  \(dates.short(i.instalment.date))  \(fmt.string(i.instalment.amount))  \(t.instalmentState(i.state))",
                                        i.state == .missed ? "detail.warn" : "text.dim")]))
            }
        }
        for o in status.offers {
            let by = t(o.offer.offeredBy == .us ? .us : .them)
            out.append(DetailLine([(t(.offer) + " ", "detail.label"),
                                   (t(.offeredBy, fmt.string(o.offer.amount), by, dates.short(o.offer.date), t.offerStatus(o.status)), "text")]
                                  + (o.offer.expires.map { [("  " + t(.until, dates.short($0)), "text.dim")] } ?? [])
                                  + (o.offer.note.isEmpty ? [] : [("  " + o.offer.note, "timeline.notes")])))
        }
        return out
    }

    /// Every invoice of the client, newest first, with what may be claimed on it.
    static func invoices(_ state: AppState, _ c: Client, _ status: ClientStatus) -> [DetailLine] {
        let t = state.text, fmt = state.moneyFormat, dates = state.dates, book = state.book
        let invoices = book.invoices(of: c.id)
        var out = [DetailLine([(t(.invoices, invoices.count), "detail.heading")])]
        for inv in invoices.reversed() {
            let bal = book.balance(inv), paid = book.paid(inv)
            let late = inv.daysLate(on: state.today)
            var spans: [(String, String)] = [(inv.number, "text"), ("  " + t(.due, dates.short(inv.due)), "text.dim")]
            if let v = book.voiding(inv) {
                spans.append(("  \(fmt.string(inv.amount))  " + t.tr("void: {0}", v.value.reason), "text.dim"))
            } else if bal.isZero {
                spans.append(("  \(fmt.string(inv.amount))", "text.dim"))
                if !paid.isZero { spans.append(("  " + t(.paid, fmt.number(paid)), "text.dim")) }
            } else {
                spans.append(("  \(fmt.string(inv.amount))", "amount"))
                if !paid.isZero { spans.append(("  " + t(.paid, fmt.number(paid)), "text.dim")) }
                spans.append(("  " + t(.balance, fmt.string(bal)), "amount"))
                if late >= 1 { spans.append(("  " + t(.late, late), "bucket.\(min(5, state.buckets.index(daysLate: late)))")) }
                if let r = status.invoiceReasons[inv.id] { spans.append(("  " + t.reason(r.reason), r.reason == .dispute ? "detail.warn" : "text.dim")) }
                if status.paused.contains(inv.id) { spans.append(("  " + t(.chasingPaused), "text.dim")) }
            }
            let written = book.writtenOff(inv), credited = book.credited(inv)
            if !written.isZero { spans.append(("  " + t(.writtenOffAmount, fmt.number(written)), "text.dim")) }
            if !credited.isZero { spans.append(("  " + t.tr("credited {0}", fmt.number(credited)), "text.dim")) }
            out.append(DetailLine(spans))
            let rights = state.policy.rights
            if let claim = rights.claim(balance: bal, daysLate: late, referenceRateBasisPoints: state.policy.referenceRateBasisPoints) {
                let rate = String(format: "%.2f", Double(claim.rateBasisPoints) / 100)
                out.append(DetailLine([("    " + t(.mayClaim, t.say(claim.preset.name), fmt.string(claim.interest), rate, fmt.string(claim.compensation)),
                                        "text.dim")]))
            }
        }
        return out
    }

    /// Edits of the record, newest first, with the value each replaced: when two
    /// people changed the same field, the later edit shows and the other stays here.
    static func edits(_ state: AppState, _ c: Client) -> [DetailLine] {
        let book = state.book, fmt = state.moneyFormat
        var edits: [(at: Timestamp, by: String, what: String, changes: [(field: Sentence, old: String, new: String)], oldBy: String)] = []
        let history = book.clientHistory(c.id)
        for k in history.indices.dropFirst() {
            edits.append((history[k].at, history[k].by, "", history[k].value.changes(from: history[k - 1].value), history[k - 1].by))
        }
        for inv in book.invoices(of: c.id) {
            let h = book.invoiceHistory(inv.id)
            for k in h.indices.dropFirst() { edits.append((h[k].at, h[k].by, inv.number + " ", h[k].value.changes(from: h[k - 1].value, money: fmt.string), h[k - 1].by)) }
        }
        guard !edits.isEmpty else { return [] }
        var out: [DetailLine] = [.blank, DetailLine([(state.text.tr("Record changes ({0})", edits.count), "detail.heading")])]
        for e in edits.sorted(by: { $0.at > $1.at }) {
            out.append(DetailLine([("\(state.dates.short(e.at.civilDate(offsetSeconds: state.zoneOffset)))  \(e.by)", "timeline.meta")]))
            for ch in e.changes {
                out.append(DetailLine([("  " + e.what + state.text.tr("{0}: {1} (was {2} by {3})", state.text.say(ch.field), ch.new.isEmpty ? "—" : ch.new,
                                                                     ch.old.isEmpty ? "—" : ch.old, e.oldBy), "text.dim")]))
            }
        }
        return out
    }
}
