/// Undo by writing the reversal: each change made can be taken back by a
/// new event that cancels it, so the journal keeps both.
extension Book {
    /// The events that take back `changes` (one save, undone last first), or
    /// nil when one of them can no longer be undone (already undone, or a
    /// later change depends on it). `today` dates the corrections.
    public func undoing(_ changes: [Event], today: CivilDate) -> [EventBody]? {
        var out: [EventBody] = []
        for e in changes.reversed() {
            guard let body = undoing(e, today: today) else { return nil }
            // Undoing a payment that completed a settlement takes its write-offs back too (unless this save made them).
            if case .corrected(let r) = body, r.kind == .reversePayment {
                let made = Set(changes.map(\.id.raw))
                out += reversalEvents(r, today: today).filter { b in
                    if case let .corrected(w) = b, w.kind == .withdraw { return !made.contains(w.target) }
                    return true
                }
            } else {
                out.append(body)
            }
        }
        return out.isEmpty ? nil : out
    }

    private func undoing(_ e: Event, today: CivilDate) -> EventBody? {
        let why = "undone"
        func withdraw(_ client: ClientID) -> EventBody? {
            canWithdraw(e.id, client: client) ? .corrected(Correction(kind: .withdraw, clientID: client, target: e.id.raw, reason: why, date: today)) : nil
        }
        switch e.body {
        case let .clientRecorded(c):
            let versions = clientHistory(c.id)
            guard versions.last?.value == c else { return nil }
            if versions.count >= 2 { return .clientRecorded(versions[versions.count - 2].value) }
            let remove = Correction(kind: .removeClient, clientID: c.id, reason: why, date: today)
            return correctionProblem(remove) == nil ? .corrected(remove) : nil
        case let .invoiceIssued(i):
            let versions = invoiceHistory(i.id)
            guard versions.last?.value == i else { return nil }
            if versions.count >= 2 { return .invoiceIssued(versions[versions.count - 2].value) }
            let void = Correction(kind: .void, clientID: i.clientID, invoiceID: i.id, reason: why, date: today)
            return correctionProblem(void) == nil ? .corrected(void) : nil
        case let .paymentRecorded(p):
            let id = p.id.isEmpty ? e.id.raw : p.id
            guard let inv = invoices[p.invoiceID] else { return nil }
            let r = Correction(kind: .reversePayment, clientID: inv.clientID, invoiceID: inv.id, target: id, amount: p.amount, reason: why, date: today)
            return correctionProblem(r) == nil ? .corrected(r) : nil
        case let .interactionLogged(i):
            let id = i.id.isEmpty ? e.id.raw : i.id
            let w = Correction(kind: .withdrawContact, clientID: i.clientID, target: id, reason: why, date: today)
            return correctionProblem(w) == nil ? .corrected(w) : nil
        case let .corrected(c): return c.kind == .withdraw || c.kind == .withdrawContact ? nil : withdraw(c.clientID)
        case let .followUpScheduled(f): return withdraw(f.clientID)
        case let .reasonRecorded(r): return withdraw(r.clientID)
        case let .planAgreed(p): return withdraw(p.clientID)
        case let .offerMade(o): return withdraw(o.clientID)
        case let .offerAnswered(a):
            guard let client = offers.first(where: { $0.value.contains { $0.value.id == a.offerID } })?.key else { return nil }
            return withdraw(client)
        case let .reminderSent(r): return withdraw(r.clientID)
        case let .escalation(x): return withdraw(x.clientID)
        case let .writtenOff(w): return invoices[w.invoiceID].flatMap { withdraw($0.clientID) }
        case .unknown: return nil
        }
    }
}
