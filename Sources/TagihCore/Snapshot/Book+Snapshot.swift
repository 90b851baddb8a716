import Dispatch
import Synchronization

/// The folded book written out whole, so that opening a large book does not
/// need to read and fold every event again (the journal stays the truth).
///
/// Written as independent sections (each preceded by its length) so that
/// reading decodes them at the same time on several cores.
extension Book {
    /// The book's complete state in the snapshot's binary form.
    public func snapshotBytes() -> [UInt8] {
        var sections: [[UInt8]] = []
        var w = SnapshotWriter(capacity: 1 << 20)
        w.write(clients); w.write(invoices); w.write(paymentsByInvoice); w.write(invoicesByClient)
        w.write(writeOffsByInvoice); w.write(clientVersion); w.write(invoiceVersion)
        w.write(supersededClients); w.write(supersededInvoices); w.write(reversedPayments)
        sections.append(w.bytes)
        w = SnapshotWriter(capacity: 1 << 20)
        w.write(interactionsByClient)
        sections.append(w.bytes)
        w = SnapshotWriter(capacity: 1 << 20)
        // Event ids: canonical UUIDs as 16 raw bytes each with the 8-byte
        // fingerprint of their content, then any others as strings, then the
        // ids that name several records with their other fingerprints.
        let ids = seenEvents.forSnapshot()
        w.writeCount(ids.packed.count)
        for (p, print) in ids.packed {
            for v in [p.hi, p.lo, print] { for i in (0..<8).reversed() { w.writeByte(UInt8(truncatingIfNeeded: v >> UInt64(8 * i))) } }
        }
        w.writeCount(ids.others.count)
        for (id, print) in ids.others { w.write(id.raw); w.write(print) }
        w.writeCount(seenEvents.extra.count)
        for (id, prints) in seenEvents.extra.sorted(by: { $0.key < $1.key }) {
            w.write(id.raw)
            w.writeCount(prints.count)
            for p in prints { w.write(p) }
        }
        sections.append(w.bytes)
        w = SnapshotWriter(capacity: 1 << 16)
        w.write(followUps); w.write(reasons); w.write(plans); w.write(offers); w.write(offerAnswers)
        w.write(reminders); w.write(escalations); w.write(eventCount); w.write(unknownEventTypes); w.write(eventsOutOfLimits)
        w.write(corrections); w.write(withdrawnEvents.sorted { $0.raw < $1.raw }); w.write(originalContacts)
        sections.append(w.bytes)
        var out = SnapshotWriter(capacity: sections.reduce(64) { $0 + $1.count })
        out.writeCount(sections.count)
        for s in sections { out.writeCount(s.count) }
        var bytes = out.bytes
        for s in sections { bytes += s }
        return bytes
    }

    /// The book written by `snapshotBytes()`; throws where the bytes do not
    /// describe a book (they are then ignored and the journal is read instead).
    public init(snapshot r: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.init()
        let n = try r.readCount()
        guard n == 4 else { throw r.failure(tr("expected 4 sections, found {0}", n)) }
        var ranges: [Range<Int>] = []
        var lengths: [Int] = []
        for _ in 0..<n { lengths.append(try r.readCount()) }
        var at = r.offset
        for l in lengths {
            guard l <= r.buffer.count - at else { throw r.failure(tr("a section runs past the end")) }
            ranges.append(at..<at + l)
            at += l
        }
        guard at == r.buffer.count else { throw r.failure(tr("bytes after the last section")) }
        nonisolated(unsafe) let base = r.buffer
        let sections = ranges
        let parts = SectionResults()
        let spoken = Catalog.language
        DispatchQueue.concurrentPerform(iterations: 4) { i in Catalog.with(language: spoken) {
            var s = SnapshotReader(UnsafeBufferPointer(rebasing: base[sections[i]]))
            do throws(SnapshotDecodingError) {
                switch i {
                case 0:
                    var b = Book()
                    b.clients = try s.readDictionary(); b.invoices = try s.readDictionary()
                    b.paymentsByInvoice = try s.readDictionary(); b.invoicesByClient = try s.readDictionary()
                    b.writeOffsByInvoice = try s.readDictionary(); b.clientVersion = try s.readDictionary()
                    b.invoiceVersion = try s.readDictionary()
                    b.supersededClients = try s.readDictionary(); b.supersededInvoices = try s.readDictionary()
                    b.reversedPayments = try s.readDictionary()
                    parts.records = b
                case 1:
                    parts.interactions = try s.readDictionary()
                case 2:
                    parts.seen = try Book.readEventIDs(&s)
                default:
                    var b = Book()
                    b.followUps = try s.readDictionary(); b.reasons = try s.readDictionary(); b.plans = try s.readDictionary()
                    b.offers = try s.readDictionary(); b.offerAnswers = try s.readDictionary(); b.reminders = try s.readDictionary()
                    b.escalations = try s.readDictionary(); b.eventCount = try s.readInt()
                    b.unknownEventTypes = try s.readDictionary(); b.eventsOutOfLimits = try s.readInt()
                    b.corrections = try s.readDictionary(); b.withdrawnEvents = Set(try s.readArray() as [EventID])
                    b.originalContacts = try s.readDictionary()
                    parts.workflow = b
                }
                guard s.isAtEnd else { throw s.failure(tr("bytes left over")) }
            } catch {
                parts.fail(SnapshotDecodingError(offset: sections[i].lowerBound + error.offset, reason: error.reason))
            }
        } }
        if let e = parts.error { throw e }
        guard let records = parts.records, let interactions = parts.interactions, let seen = parts.seen, let workflow = parts.workflow else {
            throw r.failure(tr("a section is missing"))
        }
        self = records
        interactionsByClient = interactions
        seenEvents = seen
        followUps = workflow.followUps; reasons = workflow.reasons; plans = workflow.plans; offers = workflow.offers
        offerAnswers = workflow.offerAnswers; reminders = workflow.reminders; escalations = workflow.escalations
        eventCount = workflow.eventCount; unknownEventTypes = workflow.unknownEventTypes
        eventsOutOfLimits = workflow.eventsOutOfLimits
        corrections = workflow.corrections; withdrawnEvents = workflow.withdrawnEvents; originalContacts = workflow.originalContacts
        rebuildAllFixes()
        for inv in invoices.values { invoicedTotals.add(inv.amount) }
        r.skipToEnd()
        guard seenEvents.count + seenEvents.extraCount >= eventCount else { throw r.failure(tr("fewer event ids than events")) }
    }
}

extension Book {
    /// The event ids and fingerprints written by `snapshotBytes()`.
    static func readEventIDs(_ s: inout SnapshotReader) throws(SnapshotDecodingError) -> EventIDSet {
        let count = try s.readCount()
        let raw = try s.readBytes(count * 24)
        var packed: [EventIDSet.UUIDBits] = [], prints: [UInt64] = []
        packed.reserveCapacity(min(count, raw.count / 24))
        prints.reserveCapacity(min(count, raw.count / 24))
        raw.withUnsafeBytes { b in
            for k in 0..<count {
                func word(_ j: Int) -> UInt64 { UInt64(bigEndian: b.loadUnaligned(fromByteOffset: k * 24 + j * 8, as: UInt64.self)) }
                packed.append(.init(hi: word(0), lo: word(1)))
                prints.append(word(2))
            }
        }
        for k in packed.indices.dropFirst() where !(packed[k - 1] < packed[k]) { throw s.failure(tr("event ids out of order or repeated")) }
        var others: [EventID: UInt64] = [:]
        for _ in 0..<(try s.readCount()) {
            let id = EventID(try s.readString())
            guard others.updateValue(try s.readUInt64(), forKey: id) == nil else { throw s.failure(tr("an event id appears twice")) }
        }
        var extra: [EventID: [UInt64]] = [:]
        for _ in 0..<(try s.readCount()) {
            let id = EventID(try s.readString())
            var prints: [UInt64] = []
            for _ in 0..<(try s.readCount()) { prints.append(try s.readUInt64()) }
            guard !prints.isEmpty, extra.updateValue(prints.sorted(), forKey: id) == nil else { throw s.failure(tr("an event id appears twice")) }
        }
        let set = EventIDSet(sorted: packed, prints: prints, others: others, extra: extra)
        for id in extra.keys where !set.contains(id) { throw s.failure(tr("a conflict names an event id the book does not hold")) }
        return set
    }
}

/// Where the sections decoded at the same time leave their results; each
/// slot is written by one section only, and read after all have finished.
private final class SectionResults: @unchecked Sendable {
    var records: Book?
    var interactions: [ClientID: [Interaction]]?
    var seen: EventIDSet?
    var workflow: Book?
    private let firstError = Mutex<SnapshotDecodingError?>(nil)

    var error: SnapshotDecodingError? { firstError.withLock { $0 } }

    /// Keeps the failure nearest the start, whichever section finds it first.
    func fail(_ e: SnapshotDecodingError) {
        firstError.withLock { if $0 == nil || e.offset < $0!.offset { $0 = e } }
    }
}
