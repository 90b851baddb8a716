#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

extension JournalScan {
    /// Scans a journal file from `offset` in pieces of about `pieceSize`
    /// bytes cut at line ends, so a large journal is never in memory whole
    /// next to its events. Gives what `scan` of the whole file would give.
    ///
    /// `take`, when given, receives each piece's events with their
    /// fingerprints and may keep them (emptying both arrays) so that they are
    /// never all held at once.
    static func scanFile(_ path: String, from offset: Int, pieceSize: Int = 16 << 20,
                         continuing sum: CoverageSum? = nil,
                         take: ((inout [Event], inout [UInt64]) -> Void)? = nil) throws(StoreIOError) -> JournalScan {
        let fd = try PosixFile.open(path, flags: O_RDONLY)
        defer { close(fd) }
        var size = try PosixFile.size(fd, path: path)
        var result = JournalScan(goodEnd: offset)
        result.sum = sum
        var at = offset
        var carry: [UInt8] = []
        while at < size || !carry.isEmpty {
            var piece = carry
            let want = min(pieceSize, size - at)
            if want > 0 {
                let start = piece.count
                piece += [UInt8](repeating: 0, count: want)
                let n = piece.withUnsafeMutableBytes { p in pread(fd, p.baseAddress! + start, want, off_t(at)) }
                if n < 0 { throw StoreIOError(path: path, operation: "read", code: errno) }
                if n < want { piece.removeLast(want - n) }
                at += max(0, n)
                if n == 0 { size = at }   // the file got shorter while being read: it ends here
            }
            let pieceStart = at - piece.count
            // Cut at the last line end unless this is the end of the file.
            if at < size, let nl = piece.lastIndex(of: 10) {
                carry = Array(piece[(nl + 1)...])
                piece.removeSubrange((nl + 1)...)
            } else if at < size {
                carry = piece
                continue
            } else {
                carry = []
            }
            var part = JournalScan.scan(piece, base: pieceStart)
            // The bytes folded are summed as read, for a snapshot to vouch for later.
            if part.goodEnd > pieceStart { result.sum?.add(piece[..<(part.goodEnd - pieceStart)], at: pieceStart) }
            take?(&part.events, &part.prints)
            if result.events.isEmpty { swap(&result.events, &part.events) } else { result.events += part.events }
            if result.prints.isEmpty { swap(&result.prints, &part.prints) } else { result.prints += part.prints }
            result.damage += part.damage
            result.invalid += part.invalid
            // Pieces are cut at line ends: only the file's last bytes can lack a newline.
            result.tornTail = part.tornTail
            if part.goodEnd > pieceStart { result.goodEnd = max(result.goodEnd, part.goodEnd) }
            result.lastSeq = max(result.lastSeq, part.lastSeq)
        }
        return result
    }
}
