/// Why a snapshot could not be read back.
public struct SnapshotDecodingError: Error, Equatable, Sendable {
    /// Byte offset in the encoded book where reading stopped.
    public let offset: Int
    public let reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }
}

/// Writes values in the snapshot's compact binary form: integers as
/// variable-length (zig-zag) numbers, strings as length and UTF-8 bytes.
public struct SnapshotWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Empties the writer, keeping its room.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Runs `body` on the bytes written so far.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { bytes.withUnsafeBufferPointer(body) }

    public mutating func write(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func write(_ v: Int64) { write(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }
    public mutating func write(_ v: Int) { write(Int64(v)) }
    public mutating func write(_ v: Bool) { bytes.append(v ? 1 : 0) }

    public mutating func writeByte(_ b: UInt8) { bytes.append(b) }

    /// A count of things that follow (read back with `readCount`).
    public mutating func writeCount(_ n: Int) { write(UInt64(n)) }

    public mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { u in
            write(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }

    public mutating func write<T: SnapshotCodable>(_ v: T) { v.encode(to: &self) }

    public mutating func write<T: SnapshotCodable>(_ v: T?) {
        if let v { write(true); v.encode(to: &self) } else { write(false) }
    }

    public mutating func write<T: SnapshotCodable>(_ a: [T]) {
        writeCount(a.count)
        for v in a { v.encode(to: &self) }
    }

    public mutating func write<K: SnapshotCodable, V: SnapshotCodable>(_ d: [K: V]) {
        writeCount(d.count)
        for (k, v) in d { k.encode(to: &self); v.encode(to: &self) }
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against the end.
public struct SnapshotReader {
    let buffer: UnsafeBufferPointer<UInt8>
    public private(set) var offset: Int

    public init(_ buffer: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == buffer.count }

    /// Marks everything as read (after the caller decoded the rest itself).
    mutating func skipToEnd() { offset = buffer.count }

    func failure(_ reason: String) -> SnapshotDecodingError { SnapshotDecodingError(offset: offset, reason: reason) }

    public mutating func readUInt64() throws(SnapshotDecodingError) -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < buffer.count else { throw failure(tr("ends inside a number")) }
            let b = buffer[offset]
            offset += 1
            guard shift < 64 else { throw failure(tr("number too long")) }
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    public mutating func readInt64() throws(SnapshotDecodingError) -> Int64 {
        let u = try readUInt64()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    public mutating func readInt() throws(SnapshotDecodingError) -> Int { Int(try readInt64()) }

    public mutating func readBool() throws(SnapshotDecodingError) -> Bool {
        guard offset < buffer.count else { throw failure(tr("ends inside a flag")) }
        defer { offset += 1 }
        switch buffer[offset] {
        case 0: return false
        case 1: return true
        default: throw failure(tr("flag is neither 0 nor 1"))
        }
    }

    /// A count of things that follow, each taking at least one byte.
    public mutating func readCount() throws(SnapshotDecodingError) -> Int {
        let n = try readUInt64()
        guard n <= UInt64(buffer.count - offset) else { throw failure(tr("count {0} runs past the end", n)) }
        return Int(n)
    }

    /// The next `n` bytes as they are.
    public mutating func readBytes(_ n: Int) throws(SnapshotDecodingError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= buffer.count - offset else { throw failure(tr("{0} bytes run past the end", n)) }
        defer { offset += n }
        return ArraySlice(UnsafeBufferPointer(rebasing: buffer[offset..<offset + n]))
    }

    /// Room to reserve for `n` things: never more than the bytes left could
    /// hold, so a damaged count cannot ask for gigabytes before it is caught.
    func plausible(_ n: Int) -> Int { min(n, max(16, (buffer.count - offset) / 4)) }

    public mutating func readString() throws(SnapshotDecodingError) -> String {
        let n = try readCount()
        let s = String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + n]), as: UTF8.self)
        offset += n
        return s
    }

    public mutating func read<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotDecodingError) -> T { try T(from: &self) }

    public mutating func readOptional<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotDecodingError) -> T? {
        try readBool() ? try T(from: &self) : nil
    }

    public mutating func readArray<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotDecodingError) -> [T] {
        let n = try readCount()
        var a: [T] = []
        a.reserveCapacity(plausible(n))
        for _ in 0..<n { a.append(try T(from: &self)) }
        return a
    }

    public mutating func readDictionary<K: SnapshotCodable, V: SnapshotCodable>(_: [K: V].Type = [K: V].self) throws(SnapshotDecodingError) -> [K: V] {
        let n = try readCount()
        var d: [K: V] = [:]
        d.reserveCapacity(plausible(n))
        for _ in 0..<n {
            let k = try K(from: &self)
            d[k] = try V(from: &self)
        }
        guard d.count == n else { throw failure(tr("a key appears twice")) }
        return d
    }
}

/// A value written to a snapshot and read back exactly.
public protocol SnapshotCodable {
    func encode(to w: inout SnapshotWriter)
    init(from r: inout SnapshotReader) throws(SnapshotDecodingError)
}

extension String: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(self) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self = try r.readString() }
}

extension Int: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(self) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self = try r.readInt() }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    public func encode(to w: inout SnapshotWriter) { w.write(self) }
    public init(from r: inout SnapshotReader) throws(SnapshotDecodingError) { self = try r.readArray() }
}
