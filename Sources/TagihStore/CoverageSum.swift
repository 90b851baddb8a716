/// The running block checksums of the journal bytes this process actually
/// read (or wrote), from the file's start: what a snapshot written later may
/// vouch for.
///
/// A snapshot must only claim bytes that were folded into the book it holds.
/// Checksumming the file again when the snapshot is written would vouch for
/// bytes that changed on disk after they were read (a flipped bit during a
/// session); this sum is fed the very bytes that were folded instead, so the
/// next open finds such a change and reads the journal again.
struct CoverageSum: Equatable, Sendable {
    /// CRC-32C of each whole block before the current one.
    private(set) var blocks: [UInt32] = []
    /// CRC-32C of the bytes of the current, unfinished block.
    private var partial: UInt32 = 0
    private var partialCount = 0
    /// Byte offset just past the last byte summed.
    private(set) var end = 0
    /// Set when bytes were offered out of order (a gap or an overlap): the sum
    /// no longer describes the file and no snapshot may be built from it.
    private(set) var broken = false
    let blockSize: Int

    init(blockSize: Int = SnapshotFile.blockSize) {
        self.blockSize = blockSize
    }

    /// Goes on from a snapshot's checksums of a journal's first `end` bytes,
    /// which were verified against the file when the snapshot was read.
    init(continuing crcs: [UInt32], end: Int, blockSize: Int = SnapshotFile.blockSize) {
        self.blockSize = blockSize
        self.end = end
        guard end > 0, crcs.count == (end - 1) / blockSize + 1 else {
            broken = end > 0 || !crcs.isEmpty
            return
        }
        let tail = end - (crcs.count - 1) * blockSize
        if tail == blockSize {
            blocks = crcs
        } else {
            blocks = Array(crcs.dropLast())
            partial = crcs[crcs.count - 1]
            partialCount = tail
        }
    }

    /// Adds `bytes`, which start at byte `offset` of the file.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        guard !bytes.isEmpty else { return }
        guard offset == end, !broken else { broken = true; return }
        var i = 0
        while i < bytes.count {
            let take = min(blockSize - partialCount, bytes.count - i)
            partial = CRC32C.update(partial, buffer: UnsafeBufferPointer(rebasing: bytes[i..<(i + take)]))
            partialCount += take
            i += take
            if partialCount == blockSize {
                blocks.append(partial)
                partial = 0
                partialCount = 0
            }
        }
        end += bytes.count
    }

    /// Adds the bytes of an array slice, which start at byte `offset` of the file.
    mutating func add(_ bytes: ArraySlice<UInt8>, at offset: Int) {
        bytes.withUnsafeBufferPointer { add($0, at: offset) }
    }

    /// The block checksums of the first `upTo` bytes, as a snapshot stores
    /// them; nil when the sum is broken or does not reach exactly that far.
    func checksums(upTo: Int) -> [UInt32]? {
        guard !broken, upTo == end else { return nil }
        return partialCount > 0 ? blocks + [partial] : blocks
    }
}
