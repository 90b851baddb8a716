#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// The checksums a snapshot keeps of the journal bytes it covers: CRC-32C of
/// each `SnapshotFile.blockSize` bytes, worked out on every core at once.
///
/// Every covered byte is read, so one flipped byte anywhere in a journal makes
/// the snapshot not match, and the journal is then read line by line (where
/// the damage is found and named). With the CPU's CRC instruction this costs
/// about 10 ms per 100 MB already in the page cache.
enum CoveredChecksums {
    /// One journal's part to checksum: its path and how many bytes from the start.
    struct Request {
        let path: String
        let end: Int
    }

    /// The block checksums of each request, nil for one whose file is shorter
    /// than `end` or cannot be read.
    static func compute(_ requests: [Request]) -> [[UInt32]?] {
        var list: [(request: Int, range: Range<Int>)] = []
        for (i, r) in requests.enumerated() {
            for range in SnapshotFile.blocks(end: r.end) { list.append((i, range)) }
        }
        let jobs = list
        let fds = requests.map { r -> Int32 in
            let fd = Glibc.open(r.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return -1 }
            var st = stat()
            if fstat(fd, &st) != 0 || Int(st.st_size) < r.end { close(fd); return -1 }
            return fd
        }
        defer { for fd in fds where fd >= 0 { close(fd) } }
        var crcs = [UInt32?](repeating: nil, count: jobs.count)
        crcs.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            let workers = min(jobs.count, max(1, ProcessInfo.activeCores))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var buffer = [UInt8](repeating: 0, count: 1 << 20)
                var j = w
                while j < jobs.count {
                    let job = jobs[j]
                    out[j] = fds[job.request] >= 0 ? checksum(fds[job.request], job.range, buffer: &buffer) : nil
                    j += workers
                }
            }
        }
        var result = [[UInt32]?](repeating: [], count: requests.count)
        for (i, fd) in fds.enumerated() where fd < 0 { result[i] = nil }
        for (j, job) in jobs.enumerated() {
            guard result[job.request] != nil else { continue }
            if let c = crcs[j] { result[job.request]!.append(c) } else { result[job.request] = nil }
        }
        return result
    }

    /// CRC-32C of the bytes in `range` of an open file; nil when they cannot all be read.
    private static func checksum(_ fd: Int32, _ range: Range<Int>, buffer: inout [UInt8]) -> UInt32? {
        var crc: UInt32 = 0
        var at = range.lowerBound
        while at < range.upperBound {
            let want = min(buffer.count, range.upperBound - at)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(at)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            crc = buffer.withUnsafeBufferPointer { CRC32C.update(crc, buffer: UnsafeBufferPointer(rebasing: $0[0..<n])) }
            at += n
        }
        return crc
    }
}

extension ProcessInfo {
    /// Cores to use for work split across threads.
    static var activeCores: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// `CoveredChecksums.compute` on another thread, so that the caller decodes
/// the snapshot meanwhile; `wait` gives the result.
final class CoveredChecksumTask: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: [[UInt32]?] = []

    init(_ requests: [CoveredChecksums.Request]) {
        if requests.isEmpty { done.signal(); return }
        DispatchQueue.global().async { [self] in
            result = CoveredChecksums.compute(requests)
            done.signal()
        }
    }

    /// Blocks until the checksums are known (the semaphore orders the write before this read).
    func wait() -> [[UInt32]?] {
        done.wait()
        return result
    }
}
