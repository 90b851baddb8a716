/// The ids of the events folded into a book, each with the fingerprint of its
/// content, to tell an event merged twice (same content: counted once) from
/// two events that share an id (different content: a conflict, both kept).
///
/// Ids read from a snapshot are kept packed: a canonical UUID
/// (`0193…-…`, lower-case hex) as two 64-bit numbers in a sorted array, found
/// by binary search, with its fingerprint in a parallel array. Reading 300,000
/// of them is then a copy, not 300,000 strings to allocate and hash. Ids added
/// later, and any id that is not a canonical UUID, go in a dictionary.
struct EventIDSet: Sendable {
    /// Canonical UUID ids, sorted.
    private(set) var packed: [UUIDBits] = []
    /// The fingerprint of the first content seen for each packed id.
    private(set) var packedPrints: [UInt64] = []
    /// Canonical UUID ids added since (no string kept for them).
    private(set) var recent: [UUIDBits: UInt64] = [:]
    /// Ids that are not canonical UUIDs.
    private(set) var others: [EventID: UInt64] = [:]
    /// Ids seen with more than one content: the other fingerprints, sorted.
    private(set) var extra: [EventID: [UInt64]] = [:]

    struct UUIDBits: Comparable, Hashable, Sendable {
        var hi: UInt64
        var lo: UInt64
        static func < (a: UUIDBits, b: UUIDBits) -> Bool { (a.hi, a.lo) < (b.hi, b.lo) }
    }

    /// What adding an id found.
    enum Insertion: Equatable {
        /// The id was not there.
        case new
        /// The id was there with this very content: the same event again.
        case duplicate
        /// The id was there with other content: a second record under one id.
        case conflict
    }

    init() {}

    /// From packed ids with their fingerprints (sorted here), others and conflicts.
    init(packed: [(UUIDBits, UInt64)], others: [EventID: UInt64], extra: [EventID: [UInt64]]) {
        var all = packed
        for (id, p) in others {
            if let bits = EventIDSet.bits(id.raw) { all.append((bits, p)) } else { self.others[id] = p }
        }
        all.sort { $0.0 < $1.0 }
        self.packed = all.map(\.0)
        self.packedPrints = all.map(\.1)
        self.extra = extra
    }

    /// From packed ids already in order with their fingerprints (a snapshot's), without copying them.
    init(sorted packed: [UUIDBits], prints: [UInt64], others: [EventID: UInt64], extra: [EventID: [UInt64]]) {
        self.packed = packed
        self.packedPrints = prints
        self.others = others
        self.extra = extra
    }

    /// Distinct ids.
    var count: Int { packed.count + recent.count + others.count }
    /// Events beyond the first under a shared id.
    var extraCount: Int { extra.values.reduce(0) { $0 + $1.count } }

    func contains(_ id: EventID) -> Bool { firstPrint(id, EventIDSet.bits(id.raw)) != nil }

    /// Adds `id` with the fingerprint of its event's content.
    mutating func insert(_ id: EventID, print: UInt64) -> Insertion {
        let bits = EventIDSet.bits(id.raw)
        guard let first = firstPrint(id, bits) else {
            if let bits { recent[bits] = print } else { others[id] = print }
            return .new
        }
        if first == print || extra[id]?.contains(print) == true { return .duplicate }
        extra[id, default: []].append(print)
        extra[id]!.sort()
        return .conflict
    }

    private func firstPrint(_ id: EventID, _ bits: UUIDBits?) -> UInt64? {
        guard let bits else { return others[id] }
        if !packed.isEmpty, let i = index(of: bits) { return packedPrints[i] }
        return recent[bits]
    }

    /// Every id with every fingerprint seen for it (for comparing books and writing snapshots).
    var all: [EventID: Set<UInt64>] {
        var out: [EventID: Set<UInt64>] = [:]
        for (i, p) in packed.enumerated() { out[EventID(EventIDSet.string(p))] = [packedPrints[i]] }
        for (p, print) in recent { out[EventID(EventIDSet.string(p))] = [print] }
        for (id, p) in others { out[id] = [p] }
        for (id, more) in extra { out[id, default: []].formUnion(more) }
        return out
    }

    /// Every id and its first fingerprint, canonical UUIDs packed, for a snapshot.
    func forSnapshot() -> (packed: [(UUIDBits, UInt64)], others: [(EventID, UInt64)]) {
        var packedOut = zip(packed, packedPrints).map { ($0, $1) }
        packedOut += recent.map { ($0.key, $0.value) }
        var othersOut = others.map { ($0.key, $0.value) }
        packedOut.sort { $0.0 < $1.0 }
        othersOut.sort { $0.0 < $1.0 }
        return (packedOut, othersOut)
    }

    private func index(of x: UUIDBits) -> Int? {
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if packed[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < packed.count && packed[lo] == x ? lo : nil
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
    /// The same ids with the same contents, however they are kept and in
    /// whatever order they were seen.
    static func == (a: EventIDSet, b: EventIDSet) -> Bool {
        guard a.count == b.count, a.extraCount == b.extraCount else { return false }
        if a.packed == b.packed && a.packedPrints == b.packedPrints && a.recent == b.recent && a.others == b.others && a.extra == b.extra {
            return true
        }
        return a.all == b.all
    }
}
