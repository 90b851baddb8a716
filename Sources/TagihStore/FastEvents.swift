import TagihCore

/// Builds events from `FastJSON` values, field for field as their `Decodable`
/// conformances would. Returns nil on anything unexpected, and the caller then
/// uses Foundation's decoder (a test checks that both agree).
enum FastEvents {
    typealias V = FastJSON.Value

    /// The events of one journal line: an object, or an array of them.
    static func events(_ v: V) -> [Event]? {
        switch v {
        case .array(let items):
            var out: [Event] = []
            out.reserveCapacity(items.count)
            for item in items { guard let e = event(item) else { return nil }; out.append(e) }
            return out
        case .object: return event(v).map { [$0] }
        default: return nil
        }
    }

    struct Obj {
        let d: FastJSON.Fields
        init?(_ v: V?) { guard case let .object(d)? = v else { return nil }; self.d = d }
        func str(_ k: String) -> String? { if case let .string(s)? = d[k] { return s }; return nil }
        func int(_ k: String) -> Int64? { if case let .int(i)? = d[k] { return i }; return nil }
        /// An optional field: nil when absent or null; `.some(nil)` when of the wrong type.
        func optStr(_ k: String) -> String?? {
            switch d[k] { case nil, .null?: return .some(nil); case let .string(s)?: return .some(s); default: return nil }
        }
        func optInt(_ k: String) -> Int64?? {
            switch d[k] { case nil, .null?: return .some(nil); case let .int(i)?: return .some(i); default: return nil }
        }
        func date(_ k: String) -> CivilDate? { str(k).flatMap(CivilDate.init(iso:)) }
        func optDate(_ k: String) -> CivilDate?? {
            switch d[k] { case nil, .null?: return .some(nil); case let .string(s)?: return CivilDate(iso: s).map { .some($0) } ?? nil; default: return nil }
        }
        func money(_ k: String) -> Money? {
            guard let o = Obj(d[k]), let code = o.str("currency"), let c = Currency(code: code), let m = o.int("minor") else { return nil }
            return Money(minor: m, currency: c)
        }
        func strings(_ k: String) -> [String]? {
            guard case let .array(items)? = d[k] else { return nil }
            var out: [String] = []
            for i in items { guard case let .string(s) = i else { return nil }; out.append(s) }
            return out
        }
    }

    static func event(_ v: V) -> Event? {
        guard let o = Obj(v), let id = o.str("id"), let at = o.int("at"), let dev = o.str("dev"), let seq = o.int("seq"),
              let by = o.str("by"), let type = o.str("type") else { return nil }
        let data = Obj(o.d["data"])
        let body: EventBody
        switch type {
        case EventBody.Kind.clientRecorded.rawValue:
            guard let x = data, let cid = x.str("id"), let name = x.str("name"), let cp = x.str("contactPerson"), let ph = x.str("phone"),
                  let em = x.str("email"), let ad = x.str("address"), let terms = x.optInt("termsDays"), let contract = x.optStr("contractRef"),
                  let owner = x.optStr("owner"), let cur = x.optStr("currencyCode") else { return nil }
            body = .clientRecorded(Client(id: ClientID(cid), name: name, contactPerson: cp, phone: ph, email: em, address: ad,
                                          termsDays: terms.map { Int($0) }, contractRef: contract, owner: owner, currencyCode: cur))
        case EventBody.Kind.invoiceIssued.rawValue:
            guard let x = data, let iid = x.str("id"), let n = x.str("number"), let cid = x.str("clientID"), let issued = x.date("issued"),
                  let due = x.date("due"), let amount = x.money("amount") else { return nil }
            body = .invoiceIssued(Invoice(id: InvoiceID(iid), number: n, clientID: ClientID(cid), issued: issued, due: due, amount: amount))
        case EventBody.Kind.paymentRecorded.rawValue:
            guard let x = data, let pid = x.str("id"), let iid = x.str("invoiceID"), let date = x.date("date"), let amount = x.money("amount"),
                  let method = x.str("method") else { return nil }
            body = .paymentRecorded(Payment(id: pid, invoiceID: InvoiceID(iid), date: date, amount: amount, method: method))
        case EventBody.Kind.interactionLogged.rawValue:
            guard let x = data, let xid = x.str("id"), let cid = x.str("clientID"), let invs = x.strings("invoiceIDs"),
                  let kind = x.str("kind").flatMap(InteractionKind.init(rawValue:)), let t = x.int("at"), let dur = x.optInt("durationSeconds"),
                  let outcome = x.str("outcome").flatMap(Outcome.init(rawValue:)), let notes = x.str("notes"), let who = x.str("by"),
                  let next = x.optDate("nextFollowUp"), let copy = x.optStr("copyPath"), let over = x.optStr("guardOverride") else { return nil }
            var promise: PromiseToPay?
            if let pv = x.d["promise"], case .object = pv {
                guard let p = Obj(pv), let m = p.money("amount"), let d = p.date("date") else { return nil }
                promise = PromiseToPay(amount: m, date: d)
            } else if let pv = x.d["promise"], case .null = pv {} else if x.d["promise"] != nil { return nil }
            var i = Interaction(id: xid, clientID: ClientID(cid), invoiceIDs: invs.map(InvoiceID.init), kind: kind, at: Timestamp(millis: t),
                                durationSeconds: dur.map { Int($0) }, outcome: outcome, notes: notes, by: who, nextFollowUp: next,
                                promise: promise, copyPath: copy)
            i.guardOverride = over
            body = .interactionLogged(i)
        case EventBody.Kind.followUpScheduled.rawValue:
            guard let x = data, let cid = x.str("clientID"), let d = x.date("date"), let note = x.str("note") else { return nil }
            body = .followUpScheduled(FollowUpScheduled(clientID: ClientID(cid), date: d, note: note))
        case EventBody.Kind.reasonRecorded.rawValue:
            guard let x = data, let cid = x.str("clientID"), let inv = x.optStr("invoiceID"),
                  let r = x.str("reason").flatMap(NonPaymentReason.init(rawValue:)), let note = x.str("note") else { return nil }
            body = .reasonRecorded(ReasonRecord(clientID: ClientID(cid), invoiceID: inv.map(InvoiceID.init), reason: r, note: note))
        case EventBody.Kind.planAgreed.rawValue:
            guard let x = data, let pid = x.str("id"), let cid = x.str("clientID"), let invs = x.strings("invoiceIDs"),
                  let agreed = x.date("agreedOn"), case let .array(items)? = x.d["instalments"], let note = x.str("note") else { return nil }
            var inst: [Instalment] = []
            for item in items {
                guard let o = Obj(item), let d = o.date("date"), let m = o.money("amount") else { return nil }
                inst.append(Instalment(date: d, amount: m))
            }
            body = .planAgreed(PaymentPlan(id: pid, clientID: ClientID(cid), invoiceIDs: invs.map(InvoiceID.init), agreedOn: agreed,
                                           instalments: inst, note: note))
        case EventBody.Kind.offerMade.rawValue:
            guard let x = data, let oid = x.str("id"), let cid = x.str("clientID"), let m = x.money("amount"),
                  let party = x.str("offeredBy").flatMap(OfferParty.init(rawValue:)), let d = x.date("date"), let exp = x.optDate("expires"),
                  let note = x.str("note") else { return nil }
            body = .offerMade(SettlementOffer(id: oid, clientID: ClientID(cid), amount: m, offeredBy: party, date: d, expires: exp, note: note))
        case EventBody.Kind.offerAnswered.rawValue:
            guard let a = data.flatMap(answer) else { return nil }
            body = .offerAnswered(a)
        case EventBody.Kind.reminderSent.rawValue:
            guard let x = data, let cid = x.str("clientID"), let level = x.int("level"), let invs = x.strings("invoiceIDs"),
                  let text = x.str("text") else { return nil }
            body = .reminderSent(ReminderSent(clientID: ClientID(cid), level: Int(level), invoiceIDs: invs.map(InvoiceID.init), text: text))
        case EventBody.Kind.escalation.rawValue:
            guard let x = data, let cid = x.str("clientID"), let k = x.str("kind").flatMap(EscalationRecord.Kind.init(rawValue:)),
                  let owner = x.str("owner"), let note = x.str("note") else { return nil }
            body = .escalation(EscalationRecord(clientID: ClientID(cid), kind: k, owner: owner, note: note))
        case EventBody.Kind.writtenOff.rawValue:
            guard let w = data.flatMap(writeOff) else { return nil }
            body = .writtenOff(w)
        case EventBody.Kind.corrected.rawValue:
            guard let c = data.flatMap(correction) else { return nil }
            body = .corrected(c)
        default:
            body = .unknown(type: type)
        }
        return Event(id: EventID(id), at: Timestamp(millis: at), device: dev, seq: seq, author: by, body: body)
    }

    static func answer(_ x: Obj) -> OfferAnswer? {
        guard let oid = x.str("offerID"), let st = x.str("status").flatMap(OfferStatus.init(rawValue:)),
              let d = x.date("date"), let by = x.optDate("payBy"), let n = x.optInt("instalments") else { return nil }
        var a = OfferAnswer(offerID: oid, status: st, date: d, payBy: by, instalments: n.map { Int($0) })
        if let v = x.d["invoiceIDs"], !v.isNull { guard let ids = x.strings("invoiceIDs") else { return nil }; a.invoiceIDs = ids.map(InvoiceID.init) }
        if let v = x.d["balance"], !v.isNull { guard let m = x.money("balance") else { return nil }; a.balance = m }
        return a
    }

    static func writeOff(_ x: Obj) -> WriteOff? {
        guard let wid = x.str("id"), let iid = x.str("invoiceID"), let m = x.money("amount"), let r = x.str("reason"), let d = x.date("date") else { return nil }
        return WriteOff(id: wid, invoiceID: InvoiceID(iid), amount: m, reason: r, date: d)
    }

    /// A correction's fields, as `Correction`'s `Decodable` reads them.
    static func correction(_ x: Obj) -> Correction? {
        guard let cid = x.str("id"), let kind = x.str("kind").flatMap(Correction.Kind.init(rawValue:)), let client = x.str("clientID"),
              let inv = x.optStr("invoiceID"), let target = x.str("target"), let reason = x.str("reason"), let date = x.date("date"),
              let notes = x.optStr("notes"), let outcomeRaw = x.optStr("outcome"), case let .bool(drops)? = x.d["dropsPromise"],
              let next = x.optDate("nextFollowUp") else { return nil }
        var amount: Money?
        if let a = x.d["amount"], !a.isNull { guard let m = x.money("amount") else { return nil }; amount = m }
        var promise: PromiseToPay?
        if let pv = x.d["promise"], !pv.isNull {
            guard let p = Obj(pv), let m = p.money("amount"), let d = p.date("date") else { return nil }
            promise = PromiseToPay(amount: m, date: d)
        }
        var outcome: Outcome?
        if let o = outcomeRaw { guard let v = Outcome(rawValue: o) else { return nil }; outcome = v }
        return Correction(id: cid, kind: kind, clientID: ClientID(client), invoiceID: inv.map(InvoiceID.init), target: target, amount: amount,
                          reason: reason, date: date, notes: notes, outcome: outcome, promise: promise, dropsPromise: drops, nextFollowUp: next)
    }
}

extension FastJSON.Value {
    var isNull: Bool { if case .null = self { return true } else { return false } }
}
