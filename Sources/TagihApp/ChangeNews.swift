import TagihCore

/// Says in one line what arrived from other people: "Dewi logged a call
/// with CV Maju Jaya", "(and 3 more changes)".
enum ChangeNews {
    static func describe(_ events: [Event], in book: Book, text: Strings) -> String? {
        guard let last = events.last else { return nil }
        let one = sentence(last, in: book, text: text)
        return events.count == 1 ? one : text.trn("{1} (and {0} more change)", "{1} (and {0} more changes)", events.count - 1, one)
    }

    static func sentence(_ e: Event, in book: Book, text: Strings) -> String {
        let who = e.author.isEmpty ? e.device : e.author
        func name(_ id: ClientID) -> String { book.clients[id]?.name ?? id.raw }
        func client(of invoice: InvoiceID) -> String { book.invoices[invoice].map { name($0.clientID) } ?? invoice.raw }
        switch e.body {
        case let .interactionLogged(i):
            switch i.kind {
            case .call: return text.tr("{0} logged a call with {1}", who, name(i.clientID))
            case .letter: return text.tr("{0} logged a letter to {1}", who, name(i.clientID))
            case .email: return text.tr("{0} logged an e-mail to {1}", who, name(i.clientID))
            case .visit: return text.tr("{0} logged a visit to {1}", who, name(i.clientID))
            }
        case let .paymentRecorded(p): return text.tr("{0} recorded a payment from {1}", who, client(of: p.invoiceID))
        case let .clientRecorded(c): return text.tr("{0} updated {1}", who, c.name)
        case let .invoiceIssued(inv): return text.tr("{0} added invoice {1} for {2}", who, inv.number, name(inv.clientID))
        case let .followUpScheduled(f): return text.tr("{0} moved the follow-up of {1}", who, name(f.clientID))
        case let .reasonRecorded(r): return text.tr("{0} recorded why {1} does not pay", who, name(r.clientID))
        case let .planAgreed(p): return text.tr("{0} agreed a payment plan with {1}", who, name(p.clientID))
        case let .offerMade(o): return text.tr("{0} recorded a settlement offer with {1}", who, name(o.clientID))
        case .offerAnswered: return text.tr("{0} answered a settlement offer", who)
        case let .reminderSent(r): return text.tr("{0} sent reminder {1} to {2}", who, r.level, name(r.clientID))
        case let .escalation(x): return text.tr("{0} escalated {1}", who, name(x.clientID))
        case let .writtenOff(w): return text.tr("{0} wrote off part of {1}", who, client(of: w.invoiceID))
        case let .corrected(c):
            let number = c.invoiceID.map { book.invoices[$0]?.number ?? $0.raw } ?? ""
            switch c.kind {
            case .reversePayment: return text.tr("{0} reversed a payment on {1} from {2}", who, number, name(c.clientID))
            case .credit: return text.tr("{0} credited {1} of {2}", who, number, name(c.clientID))
            case .void: return text.tr("{0} voided {1} of {2}", who, number, name(c.clientID))
            case .amendContact: return text.tr("{0} amended a contact with {1}", who, name(c.clientID))
            case .withdrawContact, .withdraw: return text.tr("{0} undid a change for {1}", who, name(c.clientID))
            case .removeClient: return text.tr("{0} removed {1}", who, name(c.clientID))
            }
        case .unknown: return text.tr("{0} made a change this version of tagih does not know", who)
        }
    }
}
