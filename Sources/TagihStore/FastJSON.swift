import TagihCore

/// A small, fast JSON reader for the journal's own lines. The journal is read
/// at every start, and Foundation's decoder takes seconds on a large book;
/// this one reads the same events several times faster. Anything it does not
/// expect (a newer field type, a number with a fraction) makes it give up, and
/// the caller falls back to Foundation's decoder, so results never differ.
enum FastJSON {
    indirect enum Value {
        case object(Fields)
        case array([Value])
        case string(String)
        case int(Int64)
        case bool(Bool)
        case null
    }

    struct Failure: Error {}

    /// Arrays and objects inside one another that a journal line may hold
    /// (tagih's own events nest five deep); deeper input is refused, never recursed into.
    static let maxDepth = 32

    /// An object's members in file order. Objects in the journal are small, so
    /// a scan beats hashing; a repeated key means its last value, as in a dictionary.
    struct Fields {
        var pairs: [(key: String, value: Value)] = []

        subscript(key: String) -> Value? {
            var i = pairs.count - 1
            while i >= 0 {
                if pairs[i].key == key { return pairs[i].value }
                i -= 1
            }
            return nil
        }
    }

    /// Parses one JSON value filling the whole buffer.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var p = Parser(b: bytes, i: 0, depth: 0)
        guard let v = try? p.value() else { return nil }
        p.skipSpace()
        return p.i == bytes.count ? v : nil
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int
        var depth: Int

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func value() throws(Failure) -> Value {
            skipSpace()
            guard i < b.count else { throw Failure() }
            switch b[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                guard depth <= FastJSON.maxDepth else { throw Failure() }
                defer { depth -= 1 }
                return b[i] == UInt8(ascii: "{") ? try object() : try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .int(try integer())
            }
        }

        mutating func object() throws(Failure) -> Value {
            i += 1
            var dict = Fields()
            dict.pairs.reserveCapacity(12)
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(dict) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Failure() }
                i += 1
                dict.pairs.append((key, try value()))
                skipSpace()
                guard i < b.count else { throw Failure() }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(dict) }
                throw Failure()
            }
        }

        mutating func array() throws(Failure) -> Value {
            i += 1
            var items: [Value] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard i < b.count else { throw Failure() }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw Failure()
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count else { throw Failure() }
            for k in 0..<n where b[i + k] != word.utf8Start[k] { throw Failure() }
            i += n
        }

        mutating func integer() throws(Failure) -> Int64 {
            var negative = false
            if i < b.count, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var v: Int64 = 0, digits = 0
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(b[i] - 48))
                if o1 || o2 { throw Failure() }
                v = s
                i += 1
                digits += 1
            }
            guard digits > 0 else { throw Failure() }
            // Fractions and exponents are not in tagih's events: let Foundation read them.
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") { throw Failure() }
            return negative ? -v : v
        }

        mutating func string() throws(Failure) -> String {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Failure() }
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") {
                if b[i] < 0x20 { throw Failure() }
                i += 1
            }
            guard i < b.count else { throw Failure() }
            if b[i] == UInt8(ascii: "\"") {
                defer { i += 1 }
                guard let s = String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) else { throw Failure() }
                return s
            }
            var out = Array(b[start..<i])
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    guard let s = String(validating: out, as: UTF8.self) else { throw Failure() }
                    return s
                }
                if c < 0x20 { throw Failure() }
                if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
                i += 1
                guard i < b.count else { throw Failure() }
                switch b[i] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard i + 2 < b.count, b[i + 1] == UInt8(ascii: "\\"), b[i + 2] == UInt8(ascii: "u") else { throw Failure() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw Failure() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw Failure() }
                    out += Array(String(Character(scalar)).utf8)
                default: throw Failure()
                }
                i += 1
            }
            throw Failure()
        }

        /// Reads XXXX after `\u`, leaving `i` on the last hex digit.
        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 < b.count else { throw Failure() }
            var v: UInt32 = 0
            for k in 1...4 {
                let c = b[i + k]
                let d: UInt32
                switch c {
                case 48...57: d = UInt32(c - 48)
                case 97...102: d = UInt32(c - 87)
                case 65...70: d = UInt32(c - 55)
                default: throw Failure()
                }
                v = v << 4 | d
            }
            i += 4
            return v
        }
    }
}
