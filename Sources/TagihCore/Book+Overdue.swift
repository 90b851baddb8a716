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
    public func openRows(today: CivilDate, buckets: AgingBuckets = .standard) -> [OverdueRow] {
        var rows: [OverdueRow] = []
        rows.reserveCapacity(invoices.count)
        // Contact dates are worked out once per client, not once per invoice.
        var contact: [ClientID: (last: Timestamp?, next: CivilDate?)] = [:]
        for inv in invoices.values {
            let p = paid(inv)
            let settled = (try? p.adding(writtenOff(inv))) ?? p
            let rest = (try? inv.amount.subtracting(settled)) ?? inv.amount
            guard rest.isPositive else { continue }
            let late = inv.daysLate(on: today)
            let c: (last: Timestamp?, next: CivilDate?)
            if let known = contact[inv.clientID] { c = known } else {
                c = (lastContact(inv.clientID)?.at, nextFollowUp(inv.clientID, today: today))
                contact[inv.clientID] = c
            }
            rows.append(OverdueRow(invoice: inv, client: clients[inv.clientID], daysLate: late,
                                   bucket: buckets.index(daysLate: late), balance: rest,
                                   paid: p, lastContact: c.last, nextFollowUp: c.next))
        }
        return rows
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

    /// Open balances per aging bucket on `today`.
    public func agingSummary(today: CivilDate, buckets: AgingBuckets = .standard) -> AgingSummary {
        var s = AgingSummary(buckets: buckets)
        for inv in invoices.values {
            let bal = balance(inv)
            if bal.isPositive { s.add(bal, bucket: buckets.index(daysLate: inv.daysLate(on: today))) }
        }
        return s
    }
}
