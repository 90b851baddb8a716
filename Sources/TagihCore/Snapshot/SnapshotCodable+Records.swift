/// How each record of the book is written to a snapshot, field by field.
/// A new field must be added here and `Snapshot.formatVersion` raised.

extension SnapshotReader {
    /// A string-valued enum case, by its raw value.
    mutating func readCase<E: RawRepresentable>(_: E.Type) throws(SnapshotDecodingError) -> E where E.RawValue == String {
        let raw = try readString()
        guard let v = E(rawValue: raw) else { throw failure(tr("unknown value \"{0}\" for {1}", raw, String(describing: E.self))) }
        return v
    }
}

extension ClientID: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(raw) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(try r.readString()) }
}

extension InvoiceID: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(raw) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(try r.readString()) }
}

extension EventID: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(raw) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(try r.readString()) }
}

extension CivilDate: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(dayNumber) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(dayNumber: try r.readInt()) }
}

extension Timestamp: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(millis) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(millis: try r.readInt64()) }
}

extension Money: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(currency.code); w.write(minor) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        let code = try r.readString()
        guard let c = Currency(code: code) else { throw r.failure(tr("unknown currency \"{0}\"", code)) }
        self.init(minor: try r.readInt64(), currency: c)
    }
}

extension Client: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(name); w.write(contactPerson); w.write(phone); w.write(email); w.write(address)
        w.write(termsDays); w.write(contractRef); w.write(owner); w.write(currencyCode)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.read(), name: try r.readString(), contactPerson: try r.readString(), phone: try r.readString(),
                  email: try r.readString(), address: try r.readString(), termsDays: try r.readOptional(),
                  contractRef: try r.readOptional(), owner: try r.readOptional(), currencyCode: try r.readOptional())
    }
}

extension Invoice: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(number); w.write(clientID); w.write(issued); w.write(due); w.write(amount)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.read(), number: try r.readString(), clientID: try r.read(), issued: try r.read(),
                  due: try r.read(), amount: try r.read())
    }
}

extension Payment: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(id); w.write(invoiceID); w.write(date); w.write(amount); w.write(method) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.readString(), invoiceID: try r.read(), date: try r.read(), amount: try r.read(), method: try r.readString())
    }
}

extension PromiseToPay: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(amount); w.write(date) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(amount: try r.read(), date: try r.read()) }
}

extension Interaction: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(clientID); w.write(invoiceIDs); w.write(kind.rawValue); w.write(at); w.write(durationSeconds)
        w.write(outcome.rawValue); w.write(notes); w.write(by); w.write(nextFollowUp); w.write(promise); w.write(copyPath)
        w.write(guardOverride)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.readString(), clientID: try r.read(), invoiceIDs: try r.readArray(), kind: try r.readCase(InteractionKind.self),
                  at: try r.read(), durationSeconds: try r.readOptional(), outcome: try r.readCase(Outcome.self),
                  notes: try r.readString(), by: try r.readString(), nextFollowUp: try r.readOptional(),
                  promise: try r.readOptional(), copyPath: try r.readOptional())
        guardOverride = try r.readOptional()
    }
}

extension FollowUpScheduled: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(clientID); w.write(date); w.write(note) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(clientID: try r.read(), date: try r.read(), note: try r.readString())
    }
}

extension ReasonRecord: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(clientID); w.write(invoiceID); w.write(reason.rawValue); w.write(note) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(clientID: try r.read(), invoiceID: try r.readOptional(), reason: try r.readCase(NonPaymentReason.self), note: try r.readString())
    }
}

extension Instalment: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(date); w.write(amount) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(date: try r.read(), amount: try r.read()) }
}

extension PaymentPlan: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(clientID); w.write(invoiceIDs); w.write(agreedOn); w.write(instalments); w.write(note)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.readString(), clientID: try r.read(), invoiceIDs: try r.readArray(), agreedOn: try r.read(),
                  instalments: try r.readArray(), note: try r.readString())
    }
}

extension SettlementOffer: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(clientID); w.write(amount); w.write(offeredBy.rawValue); w.write(date); w.write(expires); w.write(note)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.readString(), clientID: try r.read(), amount: try r.read(), offeredBy: try r.readCase(OfferParty.self),
                  date: try r.read(), expires: try r.readOptional(), note: try r.readString())
    }
}

extension OfferAnswer: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(offerID); w.write(status.rawValue); w.write(date); w.write(payBy); w.write(instalments)
        w.write(invoiceIDs != nil); w.write(invoiceIDs ?? []); w.write(balance)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(offerID: try r.readString(), status: try r.readCase(OfferStatus.self), date: try r.read(), payBy: try r.readOptional(),
                  instalments: try r.readOptional())
        let hasInvoices = try r.readBool()
        let ids: [InvoiceID] = try r.readArray()
        invoiceIDs = hasInvoices ? ids : nil
        balance = try r.readOptional()
    }
}

extension ReminderSent: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(clientID); w.write(level); w.write(invoiceIDs); w.write(text) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(clientID: try r.read(), level: try r.readInt(), invoiceIDs: try r.readArray(), text: try r.readString())
    }
}

extension EscalationRecord: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(clientID); w.write(kind.rawValue); w.write(owner); w.write(note) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(clientID: try r.read(), kind: try r.readCase(EscalationRecord.Kind.self), owner: try r.readString(), note: try r.readString())
    }
}

extension WriteOff: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(id); w.write(invoiceID); w.write(amount); w.write(reason); w.write(date) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(id: try r.readString(), invoiceID: try r.read(), amount: try r.read(), reason: try r.readString(), date: try r.read())
    }
}

extension Correction: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) {
        w.write(id); w.write(kind.rawValue); w.write(clientID); w.write(invoiceID); w.write(target); w.write(amount); w.write(reason)
        w.write(date); w.write(notes); w.write(outcome?.rawValue); w.write(promise); w.write(dropsPromise); w.write(nextFollowUp)
    }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        let id = try r.readString(), kind = try r.readCase(Kind.self), client: ClientID = try r.read(), invoice: InvoiceID? = try r.readOptional()
        let target = try r.readString(), amount: Money? = try r.readOptional(), reason = try r.readString(), date: CivilDate = try r.read()
        let notes: String? = try r.readOptional(), outcomeRaw: String? = try r.readOptional()
        var outcome: Outcome?
        if let o = outcomeRaw {
            guard let v = Outcome(rawValue: o) else { throw r.failure(tr("unknown value \"{0}\" for {1}", o, "Outcome")) }
            outcome = v
        }
        self.init(id: id, kind: kind, clientID: client, invoiceID: invoice, target: target, amount: amount, reason: reason, date: date,
                  notes: notes, outcome: outcome, promise: try r.readOptional(), dropsPromise: try r.readBool(), nextFollowUp: try r.readOptional())
    }
}

extension Event.OrderKey: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(at); w.write(device); w.write(seq); w.write(print) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(at: try r.read(), device: try r.readString(), seq: try r.readInt64(), print: try r.readUInt64())
    }
}

extension RecordStamp: SnapshotCodable {
    func encode(to w: inout SnapshotWriter) { order.encode(to: &w); w.write(author) }
    init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self.init(order: try r.read(), author: try r.readString()) }
}

extension Dated: SnapshotCodable where Value: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { value.encode(to: &w); w.write(at); w.write(by); w.write(event); order.encode(to: &w) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init(value: try Value(from: &r), at: try r.read(), by: try r.readString(), event: try r.read(), order: try r.read())
    }
}
