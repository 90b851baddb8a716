/// The contact-frequency guard: persistent, never harassing.
public struct ContactWarning: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Contacted fewer than the minimum days ago.
        case tooSoon(daysAgo: Int)
        /// Already at the maximum contacts in 30 days.
        case tooOften(count: Int)
    }
    public let kind: Kind
    public let last: Interaction
    /// A calm sentence naming the last contact and the policy.
    public let message: String
    /// What is recorded with the contact when the user goes ahead anyway.
    public let overrideNote: String
}

extension Book {
    /// A warning when contacting `client` today would break the policy: the last
    /// contact was fewer than `minDaysBetweenContacts` days ago, or there were
    /// already `maxContactsPer30Days` contacts in the last 30 days.
    public func contactWarning(_ client: ClientID, today: CivilDate, policy: Policy, zoneOffset: Int = 0) -> ContactWarning? {
        // Reminders sent count as contacts too (they are letters or e-mails).
        var contacts = timeline(client)
        for r in reminders[client] ?? [] {
            contacts.append(Interaction(id: "", clientID: client, kind: .letter, at: r.at, outcome: .sent,
                                        notes: "reminder \(r.value.level)", by: r.by))
        }
        contacts.sort { $0.at > $1.at }
        guard let last = contacts.first else { return nil }
        let name = clients[client]?.name ?? client.raw
        let lastDay = last.at.civilDate(offsetSeconds: zoneOffset)
        let ago = lastDay.days(until: today)
        let kind = last.notes.hasPrefix("reminder ") && last.outcome == .sent ? last.notes : (last.kind == .email ? "an e-mail" : "a \(last.kind.rawValue)")
        let what = "\(kind) on \(lastDay.iso) (\(last.outcome.label), by \(last.by))"
        if ago < policy.minDaysBetweenContacts {
            let when = ago == 0 ? "today" : ago == 1 ? "yesterday" : "\(ago) days ago"
            return ContactWarning(
                kind: .tooSoon(daysAgo: ago), last: last,
                message: "\(name) was last contacted \(when): \(what). The practice is at least \(policy.minDaysBetweenContacts) days between contacts.",
                overrideNote: "contacted again after \(ago) day\(ago == 1 ? "" : "s") (policy: \(policy.minDaysBetweenContacts))")
        }
        let recent = contacts.filter { $0.at.civilDate(offsetSeconds: zoneOffset).days(until: today) < 30 }.count
        if recent >= policy.maxContactsPer30Days {
            return ContactWarning(
                kind: .tooOften(count: recent), last: last,
                message: "\(name) was contacted \(recent) times in the last 30 days (the latest: \(what)). The practice is at most \(policy.maxContactsPer30Days).",
                overrideNote: "contact \(recent + 1) in 30 days (policy: at most \(policy.maxContactsPer30Days))")
        }
        return nil
    }
}
