/// A record with the moment and fold position of the event that made it.
public struct Dated<Value: Sendable>: Sendable {
    public let value: Value
    public let at: Timestamp
    public let by: String
    /// The event that made it (what an undo withdraws).
    public let event: EventID
    let order: Event.OrderKey

    init(_ value: Value, _ e: Event, _ order: Event.OrderKey) {
        self.value = value
        at = e.at
        by = e.author
        event = e.id
        self.order = order
    }

    init(value: Value, at: Timestamp, by: String, event: EventID = EventID(""), order: Event.OrderKey) {
        self.value = value
        self.at = at
        self.by = by
        self.event = event
        self.order = order
    }
}

extension Array {
    /// Inserts keeping fold order, so merged journals give the same history.
    mutating func insertSorted<V>(_ d: Dated<V>) where Element == Dated<V> {
        if let last = self.last, d.order < last.order {
            let i = firstIndex { d.order < $0.order } ?? count
            insert(d, at: i)
        } else {
            append(d)
        }
    }
}
extension Dated: Equatable where Value: Equatable {}

extension Array {
    /// Inserts keeping the array in the order `less` gives; appends when the
    /// element goes last (the usual case when events come in time order).
    mutating func insertKeepingOrder(_ x: Element, by less: (Element, Element) -> Bool) {
        guard let last = self.last, less(x, last) else { append(x); return }
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if less(x, self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        insert(x, at: lo)
    }
}
