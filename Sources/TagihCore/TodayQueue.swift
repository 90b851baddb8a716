/// One client due for a follow-up, with why it ranks where it does.
public struct QueueEntry: Sendable, Equatable {
    public let clientID: ClientID
    public let name: String
    public let owner: String?
    public let score: Int
    /// The reasons for the score, most weighty first (120 days late, a broken
    /// promise…), as data: the app and `tagih queue` say them in the user's language.
    public let reasons: [QueueReason]
    public let followUp: CivilDate
    public let oldestDaysLate: Int
    public let balances: [Money]
    public let escalated: Bool
}

/// Why a client ranks where it does in the queue.
public enum QueueReason: Sendable, Equatable {
    case daysLate(Int)
    case largeBalance(Money)
    case brokenPromise(Money, CivilDate)
    case missedInstalment(Money, CivilDate)
    case escalated(String)
    case neverContacted
    case followUpOverdue(Int)
    case followUpToday
}

/// The follow-up queue: clients due today or overdue for follow-up, in priority order.
public enum TodayQueue {
    public static func build(_ book: Book, today: CivilDate, policy: Policy = .standard, owner: String? = nil,
                             zoneOffset: Int = 0) -> [QueueEntry] {
        struct Candidate {
            let id: ClientID
            let status: ClientStatus
            let oldest: Int
            let balances: [Money]
            let followUp: CivilDate
        }
        var candidates: [Candidate] = []
        for id in book.clients.keys.sorted() {
            let status = book.status(id, today: today, policy: policy, zoneOffset: zoneOffset)
            let chased = book.openInvoices(of: id).filter { $0.daysLate(on: today) >= 1 && !status.paused.contains($0.id) }
            guard let oldest = chased.first, let follow = status.nextFollowUp, follow <= today else { continue }
            if let o = owner, book.clients[id]?.owner?.lowercased() != o.lowercased() { continue }
            var t = MoneyTotals()
            for inv in chased { t.add(book.balance(inv)) }
            candidates.append(Candidate(id: id, status: status, oldest: oldest.daysLate(on: today),
                                        balances: t.amounts.sorted { $0.minor > $1.minor }, followUp: follow))
        }
        // Rank balances within each currency: the largest gets the most points.
        var byCurrency: [Currency: [Int64]] = [:]
        for c in candidates { if let b = c.balances.first { byCurrency[b.currency, default: []].append(b.minor) } }
        for k in byCurrency.keys { byCurrency[k]!.sort() }
        let entries = candidates.map { c -> QueueEntry in
            var score = min(c.oldest, 365)
            var reasons: [QueueReason] = [.daysLate(c.oldest)]
            if let b = c.balances.first, let all = byCurrency[b.currency], all.count > 1 {
                let below = all.filter { $0 < b.minor }.count
                let points = 40 * below / (all.count - 1)
                score += points
                if points >= 30 { reasons.append(.largeBalance(b)) }
            }
            if let broken = c.status.promises.last(where: { $0.state == .broken }) {
                score += 40
                reasons.append(.brokenPromise(broken.promise.amount, broken.promise.date))
            }
            if let missed = c.status.plan?.instalments.first(where: { $0.state == .missed }) {
                score += 40
                reasons.append(.missedInstalment(missed.instalment.amount, missed.instalment.date))
            }
            if c.status.escalated {
                score += 20
                reasons.append(.escalated(book.clients[c.id]?.owner ?? ""))
            }
            let overdueBy = c.followUp.days(until: today)
            if c.status.lastContact == nil && c.status.remindersSent == 0 {
                score += 30
                reasons.append(.neverContacted)
            } else if overdueBy > 0 {
                score += min(overdueBy, 30)
                reasons.append(.followUpOverdue(overdueBy))
            } else {
                reasons.append(.followUpToday)
            }
            return QueueEntry(clientID: c.id, name: book.clients[c.id]?.name ?? c.id.raw, owner: book.clients[c.id]?.owner,
                              score: score, reasons: reasons, followUp: c.followUp, oldestDaysLate: c.oldest,
                              balances: c.balances, escalated: c.status.escalated)
        }
        return entries.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
    }
}
