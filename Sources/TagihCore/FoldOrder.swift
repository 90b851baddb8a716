/// The fixed order of the lists a book keeps (payments, contacts,
/// write-offs), so that any fold order gives the identical book. Ties on the
/// usual keys happen only when two records share an id (a conflict); they are
/// then ordered by their content.
extension Payment {
    static func foldLess(_ a: Payment, _ b: Payment) -> Bool {
        if a.date != b.date || a.id != b.id { return (a.date, a.id) < (b.date, b.id) }
        return contentLess(a, b)
    }
}

extension Interaction {
    static func foldLess(_ a: Interaction, _ b: Interaction) -> Bool {
        if a.at != b.at || a.id != b.id { return (a.at, a.id) < (b.at, b.id) }
        return contentLess(a, b)
    }
}

extension WriteOff {
    static func foldLess(_ a: WriteOff, _ b: WriteOff) -> Bool {
        if a.date != b.date || a.id != b.id { return (a.date, a.id) < (b.date, b.id) }
        return contentLess(a, b)
    }
}

/// Orders two records by their bytes in the snapshot's form (a total order on content).
func contentLess<T: SnapshotCodable>(_ a: T, _ b: T) -> Bool {
    var wa = SnapshotWriter(capacity: 128), wb = SnapshotWriter(capacity: 128)
    a.encode(to: &wa)
    b.encode(to: &wb)
    return wa.bytes.lexicographicallyPrecedes(wb.bytes)
}
