#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory `flock` on a file in the data directory. The kernel releases it
/// when the holder exits, so a lock held by a killed process is free at once.
final class FileLock {
    let path: String
    private var fd: Int32 = -1

    init(path: String) { self.path = path }

    deinit { unlock() }

    /// Waits for the lock.
    func lock() throws(StoreIOError) {
        try openIfNeeded()
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw StoreIOError(path: path, operation: "lock", code: errno)
        }
    }

    /// Takes the lock if free and records our pid in the file; returns the
    /// holder's pid (or 0 when unknown) if someone else has it.
    func tryLockRecordingPid() throws(StoreIOError) -> Int32? {
        try openIfNeeded()
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { throw StoreIOError(path: path, operation: "lock", code: errno) }
            let bytes = (try? PosixFile.readAll(fd, path: path)) ?? []
            let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
            return Int32(text) ?? 0
        }
        _ = ftruncate(fd, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return nil
    }

    func unlock() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    private func openIfNeeded() throws(StoreIOError) {
        if fd < 0 { fd = try PosixFile.open(path, flags: O_RDWR, create: true) }
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
