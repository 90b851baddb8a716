import Foundation
import TagihCore

/// What reading one journal file found: its events, where its good part ends,
/// a torn last line (a write cut short by a crash) and damage in the middle.
struct JournalScan {
    /// A place in a journal file that could not be read as a record.
    struct Damage: Equatable {
        let offset: Int
        let length: Int
        let reason: String
    }

    var events: [Event] = []
    /// File offset of each event's line (parallel to `events`).
    var offsets: [Int] = []
    /// Byte offset just past the last good line.
    var goodEnd: Int
    /// The final line, when it is incomplete or fails its checksum.
    var tornTail: Damage?
    /// Bad lines followed by good ones: real damage, never skipped silently.
    var damage: [Damage] = []
    var lastSeq: Int64 = 0

    /// Scans `bytes`, which start at file offset `base`.
    static func scan(_ bytes: [UInt8], base: Int = 0) -> JournalScan {
        var result = JournalScan(goodEnd: base)
        var payloads: [(offset: Int, range: Range<Int>)] = []
        var bad: [Damage] = []
        bytes.withUnsafeBufferPointer { buf in
            var start = 0
            let n = buf.count
            while start < n {
                guard let nl = buf[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    bad.append(Damage(offset: base + start, length: n - start,
                                      reason: tr("incomplete last line (no newline)")))
                    break
                }
                let line = UnsafeBufferPointer(rebasing: buf[start..<nl])
                if let p = JournalLine.verifiedPayload(line) {
                    payloads.append((base + start, (p.lowerBound + start)..<(p.upperBound + start)))
                    result.goodEnd = base + nl + 1
                } else {
                    bad.append(Damage(offset: base + start, length: nl + 1 - start, reason: tr("checksum mismatch")))
                }
                start = nl + 1
            }
        }
        result.decode(payloads, from: bytes, bad: &bad)
        // A bad line after the last good one is a torn tail only if it is the very last line.
        bad.sort { $0.offset < $1.offset }
        if let last = bad.last, last.offset >= result.goodEnd, last.offset + last.length == base + bytes.count {
            result.tornTail = last
            bad.removeLast()
        }
        result.damage = bad
        return result
    }

    /// Decodes verified payloads in one batch (fast); on failure finds the culprits line by line.
    private mutating func decode(_ payloads: [(offset: Int, range: Range<Int>)], from bytes: [UInt8], bad: inout [Damage]) {
        guard !payloads.isEmpty else { return }
        // The fast reader first; anything it does not expect goes to Foundation's decoder.
        if let (fast, fastOffsets) = Self.decodeFast(payloads, from: bytes) {
            events = fast
            offsets = fastOffsets
            lastSeq = events.reduce(0) { max($0, $1.seq) }
            return
        }
        var joined = [UInt8]()
        joined.reserveCapacity(bytes.count + 2)
        joined.append(UInt8(ascii: "["))
        for (i, p) in payloads.enumerated() {
            if i > 0 { joined.append(UInt8(ascii: ",")) }
            joined.append(contentsOf: bytes[p.range])
        }
        joined.append(UInt8(ascii: "]"))
        let decoder = JSONDecoder()
        if let all = try? decoder.decode([Save].self, from: Data(joined)) {
            for (s, p) in zip(all, payloads) {
                events += s.events
                offsets += Array(repeating: p.offset, count: s.events.count)
            }
        } else {
            for p in payloads {
                do {
                    let s = try decoder.decode(Save.self, from: Data(bytes[p.range]))
                    events += s.events
                    offsets += Array(repeating: p.offset, count: s.events.count)
                } catch {
                    bad.append(Damage(offset: p.offset, length: p.range.count,
                                      reason: tr("checksum is right but the record cannot be read ({0})", Self.describe(error))))
                }
            }
        }
        lastSeq = events.reduce(0) { max($0, $1.seq) }
    }

    /// Decodes every payload with the fast reader, in parallel chunks on a
    /// large journal; nil as soon as one payload needs Foundation's decoder.
    private static func decodeFast(_ payloads: [(offset: Int, range: Range<Int>)], from bytes: [UInt8]) -> ([Event], [Int])? {
        let chunks = payloads.count < 4096 ? 1 : min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        var results = [([Event], [Int])?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { buf in
                nonisolated(unsafe) let out = out
                nonisolated(unsafe) let buf = buf
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let lo = payloads.count * c / chunks, hi = payloads.count * (c + 1) / chunks
                    var events: [Event] = [], offsets: [Int] = []
                    events.reserveCapacity(hi - lo)
                    offsets.reserveCapacity(hi - lo)
                    for p in payloads[lo..<hi] {
                        guard let v = FastJSON.parse(UnsafeBufferPointer(rebasing: buf[p.range])), let es = FastEvents.events(v) else { return }
                        events += es
                        for _ in es { offsets.append(p.offset) }
                    }
                    out[c] = (events, offsets)
                }
            }
        }
        guard results.allSatisfy({ $0 != nil }) else { return nil }
        if chunks == 1 { return results[0] }
        var events: [Event] = [], offsets: [Int] = []
        events.reserveCapacity(payloads.count)
        offsets.reserveCapacity(payloads.count)
        // Each chunk's events are let go as soon as they are appended (the peak stays near one copy).
        for i in results.indices {
            events += results[i]!.0
            offsets += results[i]!.1
            results[i] = nil
        }
        return (events, offsets)
    }

    /// One line's payload: an event, or the events of one save.
    struct Save: Decodable {
        let events: [Event]
        init(from decoder: Decoder) throws {
            // Most lines hold one event; a save of several is an array.
            if (try? decoder.unkeyedContainer()) != nil { events = try [Event](from: decoder) } else { events = [try Event(from: decoder)] }
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(c): return c.debugDescription
        case let DecodingError.keyNotFound(k, _): return tr("missing field {0}", k.stringValue)
        case let DecodingError.typeMismatch(_, c): return tr("wrong type at {0}", c.codingPath.map(\.stringValue).joined(separator: "."))
        case let DecodingError.valueNotFound(_, c): return tr("missing value at {0}", c.codingPath.map(\.stringValue).joined(separator: "."))
        default: return tr("invalid JSON")
        }
    }
}
