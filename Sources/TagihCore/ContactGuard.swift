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
    /// What is recorded with the contact when the user goes ahead anyway
    /// (journal data, so always in English).
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
        let kind: String
        if last.notes.hasPrefix("reminder ") && last.outcome == .sent {
            kind = tr("reminder {0}", last.notes.dropFirst("reminder ".count))
        } else {
            switch last.kind {
            case .call: kind = tr("a call")
            case .letter: kind = tr("a letter")
            case .email: kind = tr("an e-mail")
            case .visit: kind = tr("a visit")
            }
        }
        let what = tr("{0} on {1} ({2}, by {3})", kind, lastDay.iso, last.outcome.localizedLabel, last.by)
        if ago < policy.minDaysBetweenContacts {
            let when = ago == 0 ? tr("today") : ago == 1 ? tr("yesterday") : tr("{0} days ago", ago)
            return ContactWarning(
                kind: .tooSoon(daysAgo: ago), last: last,
                message: tr("{0} was last contacted {1}: {2}. The practice is at least {3} days between contacts.",
                            name, when, what, policy.minDaysBetweenContacts),
                overrideNote: "contacted again after \(ago) day\(ago == 1 ? "" : "s") (policy: \(policy.minDaysBetweenContacts))")
        }
        let recent = contacts.filter { $0.at.civilDate(offsetSeconds: zoneOffset).days(until: today) < 30 }.count
        if recent >= policy.maxContactsPer30Days {
            return ContactWarning(
                kind: .tooOften(count: recent), last: last,
                message: tr("{0} was contacted {1} times in the last 30 days (the latest: {2}). The practice is at most {3}.",
                            name, recent, what, policy.maxContactsPer30Days),
                overrideNote: "contact \(recent + 1) in 30 days (policy: at most \(policy.maxContactsPer30Days))")
        }
        return nil
    }
}
