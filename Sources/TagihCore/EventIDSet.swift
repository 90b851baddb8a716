/// The ids of the events folded into a book, to drop an event merged twice.
///
/// Ids read from a snapshot are kept packed: a canonical UUID
/// (`0193…-…`, lower-case hex) as two 64-bit numbers in a sorted array, found
/// by binary search. Reading 300,000 of them is then a copy, not 300,000
/// strings to allocate and hash. Ids added later, and any id that is not a
/// canonical UUID, go in an ordinary set.
struct EventIDSet: Sendable {
    /// Canonical UUID ids, sorted.
    private(set) var packed: [UUIDBits] = []
    private(set) var others: Set<EventID> = []

    struct UUIDBits: Comparable, Hashable, Sendable {
        var hi: UInt64
        var lo: UInt64
        static func < (a: UUIDBits, b: UUIDBits) -> Bool { (a.hi, a.lo) < (b.hi, b.lo) }
    }

    init() {}

    /// From packed ids (sorted here) and others.
    init(packed: [UUIDBits], others: Set<EventID>) {
        self.packed = packed.sorted()
        self.others = others
    }

    var count: Int { packed.count + others.count }

    func contains(_ id: EventID) -> Bool {
        if !packed.isEmpty, let bits = EventIDSet.bits(id.raw), binarySearch(bits) { return true }
        return others.contains(id)
    }

    /// Adds `id`; false when it was already there.
    mutating func insert(_ id: EventID) -> Bool {
        if !packed.isEmpty, let bits = EventIDSet.bits(id.raw), binarySearch(bits) { return false }
        return others.insert(id).inserted
    }

    /// Every id, as a set of strings (for comparing books).
    var all: Set<EventID> { others.union(packed.map { EventID(EventIDSet.string($0)) }) }

    private func binarySearch(_ x: UUIDBits) -> Bool {
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if packed[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < packed.count && packed[lo] == x
    }

    /// The 128 bits of a canonical lower-case UUID string; nil for anything else.
    static func bits(_ s: String) -> UUIDBits? {
        var s = s
        return s.withUTF8 { u -> UUIDBits? in
            guard u.count == 36, u[8] == 0x2D, u[13] == 0x2D, u[18] == 0x2D, u[23] == 0x2D else { return nil }
            var hi: UInt64 = 0, lo: UInt64 = 0, n = 0
            for (i, c) in u.enumerated() where i != 8 && i != 13 && i != 18 && i != 23 {
                let d: UInt64
                switch c {
                case 0x30...0x39: d = UInt64(c - 0x30)
                case 0x61...0x66: d = UInt64(c - 0x61 + 10)
                default: return nil
                }
                if n < 16 { hi = hi << 4 | d } else { lo = lo << 4 | d }
                n += 1
            }
            return UUIDBits(hi: hi, lo: lo)
        }
    }

    /// The canonical string of packed bits.
    static func string(_ b: UUIDBits) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (k, v) in [b.hi, b.lo].enumerated() {
            for i in 0..<16 {
                let pos = k * 16 + i
                if pos == 8 || pos == 12 || pos == 16 || pos == 20 { out.append(0x2D) }
                out.append(digits[Int((v >> UInt64(60 - 4 * i)) & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension EventIDSet: Equatable {
    /// The same ids, however they are kept.
    static func == (a: EventIDSet, b: EventIDSet) -> Bool {
        a.count == b.count && (a.packed == b.packed && a.others == b.others || a.all == b.all)
    }
}
