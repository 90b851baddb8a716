import Foundation
import TagihCore

/// What reading one journal file found: its events, where its good part ends,
/// an unfinished last line (a write cut short by a crash), damage, and records
/// whose checksum is right but whose content tagih refuses.
struct JournalScan {
    /// A place in a journal file that could not be taken as a record.
    struct Damage: Equatable {
        let offset: Int
        let length: Int
        let reason: String
    }

    var events: [Event] = []
    /// Each event's fingerprint (parallel to `events`), worked out while
    /// decoding on every core, so that the fold need not.
    var prints: [UInt64] = []
    /// File offset of each event's line (parallel to `events`).
    var offsets: [Int] = []
    /// Byte offset just past the last good line.
    var goodEnd: Int
    /// The final bytes when they do not end in a newline: a write cut short.
    var tornTail: Damage?
    /// Lines that end in a newline but fail their checksum or frame: damage,
    /// never skipped silently (the book opens read-only).
    var damage: [Damage] = []
    /// Lines with a right checksum whose content is refused (not JSON tagih
    /// can read, nested too deep, or outside `EventLimits`): left out of the
    /// fold and reported by file and offset.
    var invalid: [Damage] = []
    var lastSeq: Int64 = 0
    /// The running checksums of the good bytes read, when `scanFile` was given one to go on.
    var sum: CoverageSum?

    /// Scans `bytes`, which start at file offset `base`.
    static func scan(_ bytes: [UInt8], base: Int = 0) -> JournalScan {
        var result = JournalScan(goodEnd: base)
        var payloads: [(offset: Int, range: Range<Int>)] = []
        bytes.withUnsafeBufferPointer { buf in
            var start = 0
            let n = buf.count
            while start < n {
                guard let nl = buf[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    result.tornTail = Damage(offset: base + start, length: n - start, reason: tr("incomplete last line (no newline)"))
                    break
                }
                let line = UnsafeBufferPointer(rebasing: buf[start..<nl])
                if let p = JournalLine.verifiedPayload(line) {
                    payloads.append((base + start, (p.lowerBound + start)..<(p.upperBound + start)))
                    result.goodEnd = base + nl + 1
                } else {
                    result.damage.append(Damage(offset: base + start, length: nl + 1 - start, reason: tr("checksum mismatch")))
                }
                start = nl + 1
            }
        }
        result.decode(payloads, from: bytes)
        return result
    }

    /// Decodes verified payloads, in parallel chunks on a large journal; each
    /// line's events are taken whole or the line is reported as invalid.
    private mutating func decode(_ payloads: [(offset: Int, range: Range<Int>)], from bytes: [UInt8]) {
        guard !payloads.isEmpty else { return }
        let chunks = payloads.count < 4096 ? 1 : min(8, max(1, ProcessInfo.activeCores))
        var results = [Decoded?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { buf in
                nonisolated(unsafe) let out = out
                nonisolated(unsafe) let buf = buf
                let spoken = Catalog.language
                DispatchQueue.concurrentPerform(iterations: chunks) { c in Catalog.with(language: spoken) {
                    let lo = payloads.count * c / chunks, hi = payloads.count * (c + 1) / chunks
                    var d = Decoded()
                    d.events.reserveCapacity(hi - lo)
                    d.offsets.reserveCapacity(hi - lo)
                    for p in payloads[lo..<hi] {
                        switch JournalScan.events(of: UnsafeBufferPointer(rebasing: buf[p.range])) {
                        case let .success(es):
                            d.events += es
                            for e in es {
                                d.offsets.append(p.offset)
                                d.prints.append(e.fingerprint(using: &d.writer))
                                d.lastSeq = max(d.lastSeq, e.seq)
                            }
                        case let .failure(why):
                            d.invalid.append(Damage(offset: p.offset, length: p.range.upperBound - p.range.lowerBound + JournalLine.headerCount + 2,
                                                    reason: why.reason))
                        }
                    }
                    out[c] = d
                } }
            }
        }
        if chunks == 1, let only = results[0] {
            (events, prints, offsets, invalid, lastSeq) = (only.events, only.prints, only.offsets, only.invalid, only.lastSeq)
            return
        }
        events.reserveCapacity(payloads.count)
        prints.reserveCapacity(payloads.count)
        offsets.reserveCapacity(payloads.count)
        // Each chunk's events are let go as soon as they are appended (the peak stays near one copy).
        for i in results.indices {
            guard let part = results[i] else { continue }
            events += part.events
            prints += part.prints
            offsets += part.offsets
            invalid += part.invalid
            lastSeq = max(lastSeq, part.lastSeq)
            results[i] = nil
        }
    }

    /// One chunk's decoded lines.
    private struct Decoded {
        var events: [Event] = []
        var prints: [UInt64] = []
        var offsets: [Int] = []
        var invalid: [Damage] = []
        var lastSeq: Int64 = 0
        /// Reused for every fingerprint of the chunk.
        var writer = SnapshotWriter(capacity: 1024)
    }

    /// Why a line with a right checksum is not taken.
    struct Refusal: Error { let reason: String }

    /// The events of one verified payload: the fast reader (which refuses to
    /// go deeper than `FastJSON.maxDepth`), else Foundation's decoder; nested
    /// too deep, unreadable or outside the limits is a refusal.
    static func events(of payload: UnsafeBufferPointer<UInt8>) -> Result<[Event], Refusal> {
        var decoded: [Event]
        if let v = FastJSON.parse(payload), let es = FastEvents.events(v) {
            decoded = es
        } else {
            // The fast reader stops at its depth limit; Foundation's is never given a deep line.
            if JSONDepth.exceeds(payload, FastJSON.maxDepth) {
                return .failure(Refusal(reason: tr("nested more than {0} levels deep", FastJSON.maxDepth)))
            }
            do { decoded = try JSONDecoder().decode(Save.self, from: Data(buffer: payload)).events } catch {
                return .failure(Refusal(reason: tr("checksum is right but the record cannot be read ({0})", describe(error))))
            }
        }
        if decoded.isEmpty { return .failure(Refusal(reason: tr("a save with no changes"))) }
        for e in decoded {
            if let p = e.limitProblem { return .failure(Refusal(reason: p)) }
        }
        return .success(decoded)
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

/// How deeply a JSON text nests, found without parsing it, so that no reader
/// (ours or Foundation's) ever recurses on a line nested thousands deep.
enum JSONDepth {
    /// Whether `bytes` open more than `limit` arrays and objects inside one another.
    static func exceeds(_ bytes: UnsafeBufferPointer<UInt8>, _ limit: Int) -> Bool {
        var depth = 0, inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return false
    }
}

/// What reading a journal's bytes found, for tools outside the store (the
/// fuzz targets, `tagih check`-like reports): the same reader the book uses.
public struct JournalSummary: Sendable {
    public let events: [Event]
    public let damaged: Int
    public let leftOut: Int
    public let tornTail: Bool

    /// Reads `bytes` as one journal file.
    public init(bytes: [UInt8]) {
        let scan = JournalScan.scan(bytes)
        events = scan.events
        damaged = scan.damage.count
        leftOut = scan.invalid.count
        tornTail = scan.tornTail != nil
    }
}
