#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// The snapshot: the folded book written whole, with how far into each
/// journal it reaches, so that opening reads only the journal lines after it.
///
/// It is a cache: the journals stay the truth. A snapshot that is missing,
/// damaged, from another format version, or that does not match the journals
/// (a journal shorter than it says, or different bytes where it ends) is
/// ignored and the book is read from the journals alone.
///
/// Layout: `TAGIHSNP`, format version (4 bytes), body length (8 bytes),
/// CRC-32C of the body (4 bytes), body. The body holds the coverage, then
/// `Book.snapshotBytes()`. All integers in the header are little-endian.
public struct SnapshotFile: Equatable, Sendable {
    /// Raised when what the snapshot holds or how it is laid out changes.
    public static let formatVersion: UInt32 = 9
    static let magic = Array("TAGIHSNP".utf8)
    static let headerSize = 8 + 4 + 8 + 4
    /// The covered part of each journal is checksummed in blocks of this
    /// size, so that checking it at open runs on every core.
    static let blockSize = 16 << 20
    /// Room left free on the disk beyond twice the snapshot's size before one is written.
    static let spareRoom = 16 << 20
    /// Files (inodes) left free on the disk before a snapshot is written: a
    /// journal, its lock and a quarantined line must still find one each.
    static let spareFiles = 16

    /// How far the snapshot reaches into one journal file.
    public struct Coverage: Equatable, Sendable {
        /// File name in `journal/`, e.g. `laptop.jsonl`.
        public var journal: String
        /// Byte offset just past the last line folded into the snapshot.
        public var end: Int
        /// The last sequence number seen in that journal.
        public var lastSeq: Int64
        /// CRC-32C of each `blockSize` bytes of the journal before `end` (the
        /// last block shorter): every covered byte is checked at open.
        public var blockCRCs: [UInt32]
    }

    public var coverage: [Coverage]
    /// The book's bytes (`Book.snapshotBytes()`) when writing; empty when read,
    /// where `bookStart` says where they begin in the file instead (no copy).
    public var bookBytes: [UInt8]
    public var bookStart = 0

    /// The steps of writing a snapshot, in order; a test may stop after any.
    public enum Step: CaseIterable, Sendable { case tempWritten, tempSynced, renamed, directorySynced }

    /// The whole file's bytes.
    func encoded() -> [UInt8] {
        var body = SnapshotWriter(capacity: bookBytes.count + 256)
        body.writeCount(coverage.count)
        for c in coverage {
            body.write(c.journal); body.write(c.end); body.write(c.lastSeq)
            body.writeCount(c.blockCRCs.count)
            for crc in c.blockCRCs { body.write(Int64(crc)) }
        }
        var bytes = body.bytes
        bytes += bookBytes
        var out = SnapshotFile.magic
        out.reserveCapacity(bytes.count + SnapshotFile.headerSize)
        appendLE(&out, UInt64(SnapshotFile.formatVersion), width: 4)
        appendLE(&out, UInt64(bytes.count), width: 8)
        appendLE(&out, UInt64(CRC32C.checksum(bytes)), width: 4)
        out += bytes
        return out
    }

    /// Reads a whole snapshot file's bytes; the reason in words when they are not one.
    static func decode(_ bytes: [UInt8]) -> Result<SnapshotFile, SnapshotProblem> {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else { return .failure(.init(tr("not a tagih snapshot"))) }
        let version = UInt32(readLE(bytes, at: 8, width: 4))
        guard version == formatVersion else {
            return .failure(.init(tr("snapshot format {0}, this tagih writes {1}", version, formatVersion)))
        }
        let length = readLE(bytes, at: 12, width: 8)
        guard length == UInt64(bytes.count - headerSize) else {
            return .failure(.init(tr("snapshot is {0} bytes, its header says {1}", bytes.count - headerSize, length)))
        }
        let crc = UInt32(readLE(bytes, at: 20, width: 4))
        let body = bytes[headerSize...]
        guard CRC32C.checksum(body) == crc else { return .failure(.init(tr("snapshot checksum mismatch"))) }
        return bytes.withUnsafeBufferPointer { buf -> Result<SnapshotFile, SnapshotProblem> in
            var r = SnapshotReader(buf, offset: headerSize)
            do throws(SnapshotDecodingError) {
                let n = try r.readCount()
                var coverage: [Coverage] = []
                for _ in 0..<n {
                    let journal = try r.readString(), end = try r.readInt(), lastSeq = try r.readInt64()
                    let blocks = try r.readCount()
                    guard end >= 0, blocks == SnapshotFile.blockCount(end: end) else {
                        throw SnapshotDecodingError(offset: r.offset, reason: tr("{0} checksums for {1} bytes of journal/{2}", blocks, end, journal))
                    }
                    var crcs: [UInt32] = []
                    for _ in 0..<blocks { crcs.append(UInt32(truncatingIfNeeded: try r.readInt64())) }
                    coverage.append(Coverage(journal: journal, end: end, lastSeq: lastSeq, blockCRCs: crcs))
                }
                var file = SnapshotFile(coverage: coverage, bookBytes: [])
                file.bookStart = r.offset
                return .success(file)
            } catch {
                return .failure(.init(tr("snapshot coverage unreadable at byte {0}: {1}", error.offset, error.reason)))
            }
        }
    }
}

extension SnapshotFile {
    /// How many checksum blocks cover `end` bytes.
    static func blockCount(end: Int) -> Int { end <= 0 ? 0 : (end - 1) / blockSize + 1 }

    /// The byte ranges of the blocks that cover `end` bytes.
    static func blocks(end: Int) -> [Range<Int>] {
        (0..<blockCount(end: end)).map { k in (k * blockSize)..<min(end, (k + 1) * blockSize) }
    }
}

/// Why a snapshot was not used, in words for `tagih check` and the warnings.
public struct SnapshotProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}

func appendLE(_ out: inout [UInt8], _ v: UInt64, width: Int) {
    for i in 0..<width { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
}

func readLE(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
    var v: UInt64 = 0
    for i in 0..<width { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
    return v
}
