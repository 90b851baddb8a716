import CCRC32C

/// CRC-32C (Castagnoli), the checksum each journal line, the snapshot and the
/// snapshot's record of each journal carry.
///
/// Computed by the CPU's CRC32 instruction where there is one (about 8 GB/s,
/// so checking a 100 MB journal costs milliseconds), else by a table eight
/// bytes at a time; `CCRC32C` holds both.
public enum CRC32C {
    /// The checksum of `bytes`.
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        if let crc = bytes.withContiguousStorageIfAvailable({ checksum(buffer: $0) }) { return crc }
        return Array(bytes).withUnsafeBufferPointer { checksum(buffer: $0) }
    }

    /// The checksum of the bytes in `buffer`.
    public static func checksum(buffer p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        update(0, buffer: p)
    }

    /// Goes on from `crc` (the checksum of the bytes before) over `buffer`:
    /// the checksum of both parts as if they were one.
    public static func update(_ crc: UInt32, buffer p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = p.baseAddress, p.count > 0 else { return crc }
        return tagih_crc32c(crc, base, p.count)
    }

    /// The table computation alone (for the test that both ways agree).
    static func tableChecksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { p in p.baseAddress.map { tagih_crc32c_table(0, $0, p.count) } ?? 0 }
    }

    /// Whether the CPU instruction is in use.
    public static var isHardware: Bool { tagih_crc32c_is_hardware() != 0 }
}
