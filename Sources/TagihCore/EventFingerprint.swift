/// What makes two events with one id the same event or two different ones.
///
/// An event id should name one record. The same event arriving twice (a
/// journal merged again, a file-sync tool's conflict copy) has the same
/// content and counts once; two events with one id and different content are
/// a conflict, kept both and reported (`Book.idConflicts`). The fingerprint is
/// SipHash-2-4 of every field of the event, in the snapshot's binary form, so
/// it does not depend on how the JSON was spelled.
extension Event {
    /// The fixed key of the fingerprint (the same on every machine, in every run).
    static let fingerprintKey: (UInt64, UInt64) = (0x7461_6769_682D_6670, 0x6576_656E_742D_6964)

    /// A 64-bit digest of the whole event: id, time, device, sequence, author, type and data.
    public var fingerprint: UInt64 {
        var w = SnapshotWriter(capacity: 256)
        return fingerprint(using: &w)
    }

    /// The fingerprint, encoding into `w` (emptied first; reused to save allocations).
    public func fingerprint(using w: inout SnapshotWriter) -> UInt64 {
        w.removeAll()
        w.write(id); w.write(at); w.write(device); w.write(seq); w.write(author); w.write(body.kind)
        body.encodeData(to: &w)
        return w.withBytes { SipHash24.hash($0, key: Event.fingerprintKey.0, Event.fingerprintKey.1) }
    }
}

extension EventBody {
    /// The record the event carries, in the snapshot's binary form.
    func encodeData(to w: inout SnapshotWriter) {
        switch self {
        case let .clientRecorded(v): w.write(v)
        case let .invoiceIssued(v): w.write(v)
        case let .paymentRecorded(v): w.write(v)
        case let .interactionLogged(v): w.write(v)
        case let .followUpScheduled(v): w.write(v)
        case let .reasonRecorded(v): w.write(v)
        case let .planAgreed(v): w.write(v)
        case let .offerMade(v): w.write(v)
        case let .offerAnswered(v): w.write(v)
        case let .reminderSent(v): w.write(v)
        case let .escalation(v): w.write(v)
        case let .writtenOff(v): w.write(v)
        case let .corrected(v): w.write(v)
        case .unknown: break
        }
    }
}
