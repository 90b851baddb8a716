/// The folded book written out whole, so that opening a large book does not
/// need to read and fold every event again (the journal stays the truth).
extension Book {
    /// The book's complete state in the snapshot's binary form.
    public func snapshotBytes() -> [UInt8] {
        var w = SnapshotWriter(capacity: 1 << 20)
        w.write(clients); w.write(invoices); w.write(paymentsByInvoice); w.write(interactionsByClient)
        w.write(invoicesByClient); w.write(followUps); w.write(reasons); w.write(plans); w.write(offers)
        w.write(offerAnswers); w.write(reminders); w.write(escalations); w.write(writeOffsByInvoice)
        w.write(eventCount); w.write(unknownEventTypes); w.write(problems)
        w.writeCount(seenEvents.count)
        for id in seenEvents { w.write(id.raw) }
        w.write(clientVersion); w.write(invoiceVersion)
        return w.bytes
    }

    /// The book written by `snapshotBytes()`; throws where the bytes do not
    /// describe a book (they are then ignored and the journal is read instead).
    public init(snapshot r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init()
        clients = try r.readDictionary(); invoices = try r.readDictionary()
        paymentsByInvoice = try r.readDictionary(); interactionsByClient = try r.readDictionary()
        invoicesByClient = try r.readDictionary(); followUps = try r.readDictionary(); reasons = try r.readDictionary()
        plans = try r.readDictionary(); offers = try r.readDictionary(); offerAnswers = try r.readDictionary()
        reminders = try r.readDictionary(); escalations = try r.readDictionary(); writeOffsByInvoice = try r.readDictionary()
        eventCount = try r.readInt(); unknownEventTypes = try r.readDictionary(); problems = try r.readArray()
        let n = try r.readCount()
        seenEvents.reserveCapacity(n)
        for _ in 0..<n { seenEvents.insert(EventID(try r.readString())) }
        guard seenEvents.count == n else { throw r.failure("an event id appears twice") }
        clientVersion = try r.readDictionary(); invoiceVersion = try r.readDictionary()
        guard seenEvents.count >= eventCount else { throw r.failure("fewer event ids than events") }
    }
}
