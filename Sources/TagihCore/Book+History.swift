/// One thing that happened with a client, for the detail's timeline: a
/// contact, a reminder sent, a payment, a write-off or a correction.
public struct HistoryEntry: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case contact(Interaction, amended: Bool)
        case reminder(ReminderSent)
        case payment(Payment, invoice: String, reversed: Bool)
        case writeOff(WriteOff, invoice: String)
        case correction(Correction, invoice: String?)
    }
    public let item: Item
    public let at: Timestamp
    /// Who recorded it ("" for payments and write-offs, which keep no author).
    public let by: String
}

extension Book {
    /// Everything on record with a client that the timeline shows, newest first.
    /// Payments and write-offs, which have a day but no time, stand at the start of it.
    public func history(_ client: ClientID, zoneOffset: Int = 0) -> [HistoryEntry] {
        func dayStart(_ d: CivilDate) -> Timestamp { Timestamp(millis: Int64(d.dayNumber) * 86_400_000 - Int64(zoneOffset) * 1000) }
        var out: [HistoryEntry] = []
        for i in interactionsByClient[client] ?? [] {
            out.append(HistoryEntry(item: .contact(i, amended: isAmended(contact: i.id, client: client)), at: i.at, by: i.by))
        }
        for r in reminders[client] ?? [] { out.append(HistoryEntry(item: .reminder(r.value), at: r.at, by: r.by)) }
        for inv in invoicesByClient[client] ?? [] {
            let number = invoices[inv]?.number ?? inv.raw
            for p in paymentsByInvoice[inv] ?? [] { out.append(HistoryEntry(item: .payment(p, invoice: number, reversed: false), at: dayStart(p.date), by: "")) }
            for p in reversedPayments[inv] ?? [] { out.append(HistoryEntry(item: .payment(p, invoice: number, reversed: true), at: dayStart(p.date), by: "")) }
            for w in writeOffsByInvoice[inv] ?? [] { out.append(HistoryEntry(item: .writeOff(w, invoice: number), at: dayStart(w.date), by: "")) }
        }
        for d in corrections[client] ?? [] where d.value.kind != .amendContact && !withdrawnEvents.contains(d.event) {
            let number = d.value.invoiceID.map { invoices[$0]?.number ?? $0.raw }
            out.append(HistoryEntry(item: .correction(d.value, invoice: number), at: d.at, by: d.by))
        }
        return out.sorted { $0.at > $1.at }
    }

    /// When the client was last contacted: a logged contact or a reminder sent.
    public func lastTouch(_ client: ClientID) -> Timestamp? {
        let a = lastContact(client)?.at, b = reminders[client]?.last?.at
        switch (a, b) {
        case let (x?, y?): return max(x, y)
        default: return a ?? b
        }
    }
}

extension String {
    /// The short form of a record's id shown on screen and accepted by the
    /// commands: for a UUID, its last 8 characters (the random part of a
    /// UUIDv7); a shorter id (an import's, `p-i0029-1`) whole.
    public var shortID: String { count >= 32 ? String(suffix(8)) : self }
}
