/// One open invoice as the overdue list shows it.
///
/// A class, not a struct: the list sorts, filters and regroups 100,000 of
/// these, and moving a reference costs one retain where copying the record
/// (with the invoice's and client's strings) costs a dozen. It never changes.
public final class OverdueRow: Sendable, Equatable {
    public let invoice: Invoice
    public let client: Client?
    public let daysLate: Int
    public let bucket: Int
    public let balance: Money
    public let paid: Money
    public let lastContact: Timestamp?
    public let nextFollowUp: CivilDate?

    public init(invoice: Invoice, client: Client?, daysLate: Int, bucket: Int, balance: Money, paid: Money,
                lastContact: Timestamp?, nextFollowUp: CivilDate?) {
        self.invoice = invoice
        self.client = client
        self.daysLate = daysLate
        self.bucket = bucket
        self.balance = balance
        self.paid = paid
        self.lastContact = lastContact
        self.nextFollowUp = nextFollowUp
    }

    /// The client's name, or its id when the client record is missing.
    public var clientName: String { client?.name ?? invoice.clientID.raw }

    public static func == (a: OverdueRow, b: OverdueRow) -> Bool {
        a === b || (a.invoice == b.invoice && a.client == b.client && a.daysLate == b.daysLate && a.bucket == b.bucket
            && a.balance == b.balance && a.paid == b.paid && a.lastContact == b.lastContact && a.nextFollowUp == b.nextFollowUp)
    }
}

/// Totals of open balances per aging bucket and currency.
public struct AgingSummary: Sendable, Equatable {
    public let buckets: AgingBuckets
    /// One entry per bucket index.
    public private(set) var totals: [MoneyTotals]
    public private(set) var counts: [Int]

    public init(buckets: AgingBuckets) {
        self.buckets = buckets
        totals = Array(repeating: MoneyTotals(), count: buckets.count)
        counts = Array(repeating: 0, count: buckets.count)
    }

    mutating func add(_ balance: Money, bucket: Int) {
        totals[bucket].add(balance)
        counts[bucket] += 1
    }

    /// Every currency that appears, sorted by code.
    public var currencies: [Currency] {
        Set(totals.flatMap { $0.amounts.map(\.currency) }).sorted()
    }

    /// Sum over all buckets for one currency.
    public func grandTotal(_ c: Currency) -> Money {
        var t = MoneyTotals()
        for b in totals { t.add(b.total(in: c)) }
        return t.total(in: c)
    }

    /// Sum over the past-due buckets (all but current) for one currency.
    public func overdueTotal(_ c: Currency) -> Money {
        var t = MoneyTotals()
        for b in totals.dropFirst() { t.add(b.total(in: c)) }
        return t.total(in: c)
    }
}

extension Book {
    /// Every invoice with a balance left, with its aging on `today`, in no set order.
    ///
    /// Goes client by client (a client's record and contact dates are looked
    /// up once), in parallel chunks on a large book.
    public func openRows(today: CivilDate, buckets: AgingBuckets = .standard) -> [OverdueRow] {
        let clientIDs = Array(invoicesByClient.keys)
        let parts = ParallelSlots<[OverdueRow]>(count: 4, initial: [])
        let book = self
        _ = ParallelSlots<[OverdueRow]>.forEachChunk(of: clientIDs.count, threshold: 4000) { c, range in
            var rows: [OverdueRow] = []
            rows.reserveCapacity(range.count * 5)
            for id in clientIDs[range] { book.appendOpenRows(of: id, today: today, buckets: buckets, to: &rows) }
            parts[c] = rows
        }
        return Array(parts.values.joined())
    }

    /// The open rows of some clients only (after a change to them).
    public func openRows<S: Sequence>(of ids: S, today: CivilDate, buckets: AgingBuckets = .standard) -> [OverdueRow] where S.Element == ClientID {
        var rows: [OverdueRow] = []
        for id in ids { appendOpenRows(of: id, today: today, buckets: buckets, to: &rows) }
        return rows
    }

    /// The clients whose rows or status these events change; nil when that is
    /// not clear (an invoice moved to another client, an offer answered), so
    /// the caller should recompute everything.
    public func clientsTouched(by events: [Event]) -> Set<ClientID>? {
        var ids: Set<ClientID> = []
        for e in events {
            switch e.body {
            case let .clientRecorded(c): ids.insert(c.id)
            case let .invoiceIssued(i): ids.insert(i.clientID)
            case let .paymentRecorded(p): guard let i = invoices[p.invoiceID] else { return nil }; ids.insert(i.clientID)
            case let .interactionLogged(i): ids.insert(i.clientID)
            case let .followUpScheduled(f): ids.insert(f.clientID)
            case let .reasonRecorded(r): ids.insert(r.clientID)
            case let .planAgreed(p): ids.insert(p.clientID)
            case let .offerMade(o): ids.insert(o.clientID)
            case let .reminderSent(r): ids.insert(r.clientID)
            case let .escalation(x): ids.insert(x.clientID)
            case let .writtenOff(w): guard let i = invoices[w.invoiceID] else { return nil }; ids.insert(i.clientID)
            case let .corrected(c): ids.insert(c.clientID)
            case .offerAnswered, .unknown: return nil
            }
        }
        return ids
    }

    private func appendOpenRows(of id: ClientID, today: CivilDate, buckets: AgingBuckets, to rows: inout [OverdueRow]) {
        let client = clients[id]
        var contact: (last: Timestamp?, next: CivilDate?)?
        for invoiceID in invoicesByClient[id] ?? [] {
            guard let inv = invoices[invoiceID] else { continue }
            let rest = balance(inv)
            guard rest.isPositive else { continue }
            let p = paid(inv)
            let late = inv.daysLate(on: today)
            if contact == nil { contact = (lastTouch(id), nextFollowUp(id, today: today)) }
            rows.append(OverdueRow(invoice: inv, client: client, daysLate: late, bucket: buckets.index(daysLate: late),
                                   balance: rest, paid: p, lastContact: contact?.last, nextFollowUp: contact?.next))
        }
    }

    /// The overdue invoices (at least one day past due), most days late first,
    /// then by client name and invoice number so the order is stable.
    public func overdueRows(today: CivilDate, buckets: AgingBuckets = .standard) -> [OverdueRow] {
        openRows(today: today, buckets: buckets).filter { $0.daysLate >= 1 }.sorted { a, b in
            if a.daysLate != b.daysLate { return a.daysLate > b.daysLate }
            if a.clientName != b.clientName { return a.clientName < b.clientName }
            return a.invoice.number < b.invoice.number
        }
    }

    /// Open balances per aging bucket, from rows `openRows` already worked out.
    public static func agingSummary(of rows: [OverdueRow], buckets: AgingBuckets) -> AgingSummary {
        var s = AgingSummary(buckets: buckets)
        for r in rows { s.add(r.balance, bucket: r.bucket) }
        return s
    }

    /// Open balances per aging bucket on `today` (without building rows).
    public func agingSummary(today: CivilDate, buckets: AgingBuckets = .standard) -> AgingSummary {
        var s = AgingSummary(buckets: buckets)
        for inv in invoices.values {
            let bal = balance(inv)
            if bal.isPositive { s.add(bal, bucket: buckets.index(daysLate: inv.daysLate(on: today))) }
        }
        return s
    }
}
