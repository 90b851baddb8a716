/// SipHash-2-4 (Aumasson and Bernstein, 2012): a 64-bit hash of bytes under
/// a 128-bit key, written from the paper's description.
///
/// tagih uses it for event fingerprints, which must be the same on every
/// machine and in every run (they are kept in snapshots), so the key is fixed.
public struct SipHash24 {
    private var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64

    public init(key k0: UInt64, _ k1: UInt64) {
        v0 = k0 ^ 0x736F_6D65_7073_6575
        v1 = k1 ^ 0x646F_7261_6E64_6F6D
        v2 = k0 ^ 0x6C79_6765_6E65_7261
        v3 = k1 ^ 0x7465_6462_7974_6573
    }

    @inline(__always)
    private mutating func round() {
        v0 &+= v1; v1 = v1.rotl(13); v1 ^= v0; v0 = v0.rotl(32)
        v2 &+= v3; v3 = v3.rotl(16); v3 ^= v2
        v0 &+= v3; v3 = v3.rotl(21); v3 ^= v0
        v2 &+= v1; v1 = v1.rotl(17); v1 ^= v2; v2 = v2.rotl(32)
    }

    @inline(__always)
    private mutating func compress(_ m: UInt64) {
        v3 ^= m
        round(); round()
        v0 ^= m
    }

    /// The hash of `bytes` (the hasher is used once).
    public mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= n {
            compress(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var last = UInt64(truncatingIfNeeded: n) << 56
        for k in 0..<(n - i) { last |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
        compress(last)
        v2 ^= 0xFF
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    /// The hash of `bytes` under the key.
    public static func hash(_ bytes: [UInt8], key k0: UInt64, _ k1: UInt64) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0, key: k0, k1) }
    }

    /// The hash of the bytes in `bytes` under the key.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, key k0: UInt64, _ k1: UInt64) -> UInt64 {
        var h = SipHash24(key: k0, k1)
        return h.finish(bytes)
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotl(_ r: UInt64) -> UInt64 { (self << r) | (self >> (64 - r)) }
}
