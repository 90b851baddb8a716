import Foundation
import TagihCore

/// The on-disk form of one save: a JSON object on one line,
/// `{"crc":"<8 hex>","e":<event>}`, or `"e":[<event>,…]` for a save of several
/// changes, where the checksum covers the exact bytes after `"e":`. A save is
/// one line, so a crash keeps all of it or none.
public enum JournalLine {
    static let prefix = Array(#"{"crc":""#.utf8)
    static let middle = Array(#"","e":"#.utf8)
    /// Bytes before the payload: prefix, 8 hex digits, middle.
    static let headerCount = prefix.count + 8 + middle.count

    /// Encodes an event as one line, newline included.
    public static func encode(_ event: Event) throws -> [UInt8] {
        let payload = try makeEncoder().encode(event)
        return frame(payload: Array(payload))
    }

    /// Encodes a save of one or more events as one line.
    public static func encode(save events: [Event]) throws -> [UInt8] {
        if events.count == 1 { return try encode(events[0]) }
        return frame(payload: Array(try makeEncoder().encode(events)))
    }

    /// Wraps already-encoded event bytes with their checksum.
    public static func frame(payload: [UInt8]) -> [UInt8] {
        var line = prefix
        line.reserveCapacity(headerCount + payload.count + 2)
        line += hex(CRC32C.checksum(payload))
        line += middle
        line += payload
        line.append(UInt8(ascii: "}"))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// The payload range of a line (without its newline) when its frame and
    /// checksum are intact; nil when the line is damaged.
    public static func verifiedPayload(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let n = line.count
        guard n > headerCount + 1, line[n - 1] == UInt8(ascii: "}") else { return nil }
        for i in 0..<prefix.count where line[i] != prefix[i] { return nil }
        let mid = prefix.count + 8
        for i in 0..<middle.count where line[mid + i] != middle[i] { return nil }
        var expected: UInt32 = 0
        for i in prefix.count..<mid {
            guard let v = hexValue(line[i]) else { return nil }
            expected = expected << 4 | v
        }
        let payload = headerCount..<(n - 1)
        guard CRC32C.checksum(UnsafeBufferPointer(rebasing: line[payload])) == expected else { return nil }
        return payload
    }

    static func makeEncoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func hex(_ v: UInt32) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return (0..<8).map { i in digits[Int((v >> (28 - 4 * UInt32(i))) & 0xF)] }
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 48...57: return UInt32(b - 48)
        case 97...102: return UInt32(b - 87)
        default: return nil
        }
    }
}
