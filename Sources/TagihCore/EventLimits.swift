/// The ranges and sizes an event must keep to, wherever it comes from.
///
/// A journal line from anyone is data: a teammate's version, a hand edit or a
/// hostile line with a valid checksum may hold a reminder level of 2⁶³−1, a
/// sequence number at the end of `Int64`, an amount near ±9.2e18 or a 50 MB
/// note. The fold takes only events within these limits (the others are
/// reported by file and offset and left out), and every change is held to
/// the same limits before it is written, so tagih never writes what it would
/// refuse to read.
public enum EventLimits {
    /// Bytes of UTF-8 in a name, number, phone, e-mail, address, method or id.
    public static let shortText = 2_000
    /// Bytes of UTF-8 in a note, a letter's copy or a reason.
    public static let longText = 100_000
    /// Invoices one contact, plan or reminder may name.
    public static let invoiceList = 100_000
    /// Instalments of one payment plan.
    public static let instalments = 1_000
    /// Sequence numbers stay below 2⁵³ (exact in every JSON reader).
    public static let maxSeq: Int64 = 1 << 53
    /// Times from 1970 to the end of 9999, in milliseconds.
    public static let timeRange: ClosedRange<Int64> = 0...253_402_300_799_999
    /// Reminder rungs (friendly, firm, final, and up to seven more).
    public static let reminderLevels = 1...10
    /// Payment terms in days.
    public static let termsDays = 0...3650
    /// Seconds a call may last.
    public static let callSeconds = 0...86_400
}

extension Event {
    /// Why this event is outside the limits; nil when it is within them.
    public var limitProblem: String? {
        if id.raw.isEmpty { return tr("the event has no id") }
        if let p = EventLimits.text(id.raw, "id") ?? EventLimits.text(device, "dev") ?? EventLimits.text(author, "by") { return p }
        if !EventLimits.timeRange.contains(at.millis) { return tr("time {0} is outside 1970–9999", at.millis) }
        if seq < 0 || seq > EventLimits.maxSeq { return tr("sequence number {0} is out of range (0 to 2^53)", seq) }
        return body.limitProblem
    }
}

extension EventBody {
    /// Why this record is outside the limits; nil when it is within them.
    public var limitProblem: String? {
        switch self {
        case let .clientRecorded(c):
            if let t = c.termsDays, !EventLimits.termsDays.contains(t) { return tr("payment terms of {0} days are out of range (0–3650)", t) }
            return EventLimits.text(c.id.raw, "id") ?? EventLimits.text(c.name, "name") ?? EventLimits.text(c.contactPerson, "contactPerson")
                ?? EventLimits.text(c.phone, "phone") ?? EventLimits.text(c.email, "email") ?? EventLimits.text(c.address, "address")
                ?? EventLimits.text(c.contractRef ?? "", "contractRef") ?? EventLimits.text(c.owner ?? "", "owner") ?? EventLimits.text(c.currencyCode ?? "", "currencyCode")
        case let .invoiceIssued(i):
            return (EventLimits.text(i.id.raw, "id") ?? EventLimits.text(i.number, "number") ?? EventLimits.text(i.clientID.raw, "clientID")) ?? EventLimits.amount(i.amount, "amount")
        case let .paymentRecorded(p):
            return (EventLimits.text(p.id, "id") ?? EventLimits.text(p.invoiceID.raw, "invoiceID") ?? EventLimits.text(p.method, "method")) ?? EventLimits.amount(p.amount, "amount")
        case let .interactionLogged(i):
            return EventLimits.interactionProblem(i)
        case let .followUpScheduled(f):
            return (EventLimits.text(f.clientID.raw, "clientID")) ?? EventLimits.note(f.note, "note")
        case let .reasonRecorded(r):
            return (EventLimits.text(r.clientID.raw, "clientID") ?? EventLimits.text(r.invoiceID?.raw ?? "", "invoiceID")) ?? EventLimits.note(r.note, "note")
        case let .planAgreed(p):
            if p.instalments.count > EventLimits.instalments { return tr("{0} instalments (at most {1})", p.instalments.count, EventLimits.instalments) }
            for i in p.instalments { if let m = EventLimits.amount(i.amount, "instalments") { return m } }
            return (EventLimits.text(p.id, "id") ?? EventLimits.text(p.clientID.raw, "clientID")) ?? EventLimits.invoices(p.invoiceIDs) ?? EventLimits.note(p.note, "note")
        case let .offerMade(o):
            return (EventLimits.text(o.id, "id") ?? EventLimits.text(o.clientID.raw, "clientID")) ?? EventLimits.amount(o.amount, "amount") ?? EventLimits.note(o.note, "note")
        case let .offerAnswered(a):
            if let n = a.instalments, !(1...EventLimits.instalments).contains(n) { return tr("{0} instalments (at most {1})", n, EventLimits.instalments) }
            if let b = a.balance, let m = EventLimits.amount(b, "balance") { return m }
            return EventLimits.text(a.offerID, "offerID") ?? EventLimits.invoices(a.invoiceIDs ?? [])
        case let .reminderSent(r):
            if !EventLimits.reminderLevels.contains(r.level) { return tr("reminder level must be 1 to 10") }
            return (EventLimits.text(r.clientID.raw, "clientID")) ?? EventLimits.invoices(r.invoiceIDs) ?? EventLimits.note(r.text, "text")
        case let .escalation(x):
            return (EventLimits.text(x.clientID.raw, "clientID") ?? EventLimits.text(x.owner, "owner")) ?? EventLimits.note(x.note, "note")
        case let .writtenOff(w):
            return (EventLimits.text(w.id, "id") ?? EventLimits.text(w.invoiceID.raw, "invoiceID")) ?? EventLimits.amount(w.amount, "amount")
                ?? EventLimits.note(w.reason, "reason")
        case let .corrected(c):
            if let p = c.promise, let m = EventLimits.amount(p.amount, "promise") { return m }
            if let a = c.amount, let m = EventLimits.amount(a, "amount") { return m }
            return (EventLimits.text(c.id, "id") ?? EventLimits.text(c.clientID.raw, "clientID") ?? EventLimits.text(c.invoiceID?.raw ?? "", "invoiceID")
                ?? EventLimits.text(c.target, "target")) ?? EventLimits.note(c.reason, "reason") ?? EventLimits.note(c.notes ?? "", "notes")
        case .unknown:
            return nil
        }
    }
}

extension EventLimits {
    static func interactionProblem(_ i: Interaction) -> String? {
        if !timeRange.contains(i.at.millis) { return tr("time {0} is outside 1970–9999", i.at.millis) }
        if let d = i.durationSeconds, !callSeconds.contains(d) { return tr("call duration must be between 0 and 24 hours") }
        if let p = i.promise, let m = amount(p.amount, "promise") { return m }
        return (text(i.id, "id") ?? text(i.clientID.raw, "clientID") ?? text(i.by, "by") ?? text(i.copyPath ?? "", "copyPath") ?? text(i.guardOverride ?? "", "guardOverride"))
            ?? invoices(i.invoiceIDs) ?? note(i.notes, "notes")
    }

    /// A short text field over `shortText` bytes.
    static func text(_ s: String, _ field: String) -> String? {
        s.utf8.count > shortText ? tr("{0} is {1} bytes long (at most {2})", field, s.utf8.count, shortText) : nil
    }

    /// A note over `longText` bytes.
    static func note(_ s: String, _ field: String) -> String? {
        s.utf8.count > longText ? tr("{0} is {1} bytes long (at most {2})", field, s.utf8.count, longText) : nil
    }

    static func invoices(_ ids: [InvoiceID]) -> String? {
        if ids.count > invoiceList { return tr("{0} invoices named (at most {1})", ids.count, invoiceList) }
        for id in ids { if let p = text(id.raw, "invoiceIDs") { return p } }
        return nil
    }

    /// An amount that is not more than zero or is beyond `Money.limit`: every
    /// amount a record carries (an invoice, a payment, a promise, an offer, an
    /// instalment, a write-off) is positive, as every input checks.
    static func amount(_ m: Money, _ field: String) -> String? {
        if m.minor <= 0 { return tr("{0} must be more than zero (it is {1} minor units)", field, m.minor) }
        return m.minor > Money.limit ? tr("{0} of {1} minor units is beyond the largest amount tagih supports ({2})", field, m.minor, Money.limit) : nil
    }
}
