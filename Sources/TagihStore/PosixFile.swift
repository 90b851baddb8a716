#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// A failed system call on a named file, with the system's reason.
public struct StoreIOError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let operation: String
    public let code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        let reason = String(cString: strerror(code))
        switch operation {
        case "open": return tr("{0}: open failed: {1}", path, reason)
        case "read": return tr("{0}: read failed: {1}", path, reason)
        case "write": return tr("{0}: write failed: {1}", path, reason)
        case "stat": return tr("{0}: stat failed: {1}", path, reason)
        case "fsync": return tr("{0}: fsync failed: {1}", path, reason)
        case "truncate": return tr("{0}: truncate failed: {1}", path, reason)
        case "create directory": return tr("{0}: create directory failed: {1}", path, reason)
        case "lock": return tr("{0}: lock failed: {1}", path, reason)
        case "encode": return tr("{0}: encode failed: {1}", path, reason)
        case "rename": return tr("{0}: rename failed: {1}", path, reason)
        case "read directory": return tr("{0}: cannot read the folder: {1}", path, reason)
        default: return tr("{0}: {1} failed: {2}", path, operation, reason)
        }
    }

    /// True for "no space left on device" and "disk quota exceeded".
    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
}

import Synchronization

/// Faults the tests switch on to see what the store does when the disk fails:
/// a write that stops part-way with an error (a full disk), a failed fsync.
enum FaultInjection {
    struct Faults: Sendable {
        var write: Int32?
        var sync: Int32?
    }
    static let faults = Mutex(Faults())

    static func takeWrite() -> Int32? { faults.withLock { f in defer { f.write = nil }; return f.write } }
    static func takeSync() -> Int32? { faults.withLock { f in defer { f.sync = nil }; return f.sync } }
}

/// Thin wrappers over the POSIX calls the store needs, each naming its file in errors.
enum PosixFile {
    /// Opens a file, creating it with mode 0600 (whatever the umask) if `create`.
    static func open(_ path: String, flags: Int32, create: Bool = false) throws(StoreIOError) -> Int32 {
        let fd = create ? Glibc.open(path, flags | O_CREAT | O_CLOEXEC, 0o600) : Glibc.open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw StoreIOError(path: path, operation: "open", code: errno) }
        if create { _ = fchmod(fd, 0o600) }
        return fd
    }

    /// Reads a whole file from its start.
    static func readAll(_ fd: Int32, path: String, from offset: Int = 0) throws(StoreIOError) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreIOError(path: path, operation: "stat", code: errno) }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        var buf = [UInt8](repeating: 0, count: size - offset)
        var done = 0
        while done < buf.count {
            let n = buf.withUnsafeMutableBytes { p in
                pread(fd, p.baseAddress! + done, p.count - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreIOError(path: path, operation: "read", code: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < buf.count { buf.removeSubrange(done...) }
        return buf
    }

    /// Reads a whole file by path, or its part from `offset` on.
    static func readFile(_ path: String, from offset: Int = 0) throws(StoreIOError) -> [UInt8] {
        let fd = try open(path, flags: O_RDONLY)
        defer { Glibc.close(fd) }
        return try readAll(fd, path: path, from: offset)
    }

    /// Writes every byte or throws; partial writes are retried.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreIOError) {
        if let code = FaultInjection.takeWrite() {
            // Half the bytes reach the file, then the disk is full.
            _ = bytes.withUnsafeBytes { p in write(fd, p.baseAddress!, p.count / 2) }
            throw StoreIOError(path: path, operation: "write", code: code)
        }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { p in write(fd, p.baseAddress! + done, p.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreIOError(path: path, operation: "write", code: errno)
            }
            done += n
        }
    }

    static func sync(_ fd: Int32, path: String) throws(StoreIOError) {
        if let code = FaultInjection.takeSync() { throw StoreIOError(path: path, operation: "fsync", code: code) }
        guard fsync(fd) == 0 else { throw StoreIOError(path: path, operation: "fsync", code: errno) }
    }

    static func size(_ fd: Int32, path: String) throws(StoreIOError) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreIOError(path: path, operation: "stat", code: errno) }
        return Int(st.st_size)
    }

    static func truncate(_ fd: Int32, to size: Int, path: String) throws(StoreIOError) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw StoreIOError(path: path, operation: "truncate", code: errno) }
    }

    /// Makes a directory entry durable (after creating or renaming a file in it).
    static func syncDirectory(_ path: String) {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Creates a directory with mode 0700 if missing; returns true when it was created.
    @discardableResult
    static func makeDirectory(_ path: String) throws(StoreIOError) -> Bool {
        if mkdir(path, 0o700) == 0 {
            _ = chmod(path, 0o700)
            return true
        }
        if errno == EEXIST { return false }
        throw StoreIOError(path: path, operation: "create directory", code: errno)
    }

    /// Makes `path` and any missing folders above it, each 0700 (as the XDG
    /// base directory spec asks of a missing `~/.local/share`); true when
    /// `path` itself was made.
    @discardableResult
    static func makeDirectories(_ path: String) throws(StoreIOError) -> Bool {
        if exists(path) { return false }
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/"), slash > trimmed.startIndex {
            let parent = String(trimmed[..<slash])
            if !exists(parent) { try makeDirectories(parent) }
        }
        return try makeDirectory(path)
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isWritableDirectory(_ path: String) -> Bool { access(path, W_OK | X_OK) == 0 }

    /// Names in a directory, sorted (deterministic).
    static func list(_ path: String) -> [String] {
        guard let d = opendir(path) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

extension PosixFile {
    /// A file's size, or nil when it cannot be looked at.
    static func fileSize(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }
}

extension PosixFile {
    /// A directory entry and whether it is a regular file (symbolic links followed).
    struct Entry {
        let name: String
        let isFile: Bool
    }

    /// The entries of a directory, sorted by name; an error naming the
    /// directory when it cannot be read (missing, not a directory, no permission).
    static func entries(_ path: String) throws(StoreIOError) -> [Entry] {
        guard let d = opendir(path) else { throw StoreIOError(path: path, operation: "read directory", code: errno) }
        defer { closedir(d) }
        var out: [Entry] = []
        while true {
            errno = 0
            guard let e = readdir(d) else {
                if errno != 0 { throw StoreIOError(path: path, operation: "read directory", code: errno) }
                break
            }
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var st = stat()
            let isFile = stat(path + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
            out.append(Entry(name: name, isFile: isFile))
        }
        return out.sorted { $0.name < $1.name }
    }
}

extension PosixFile {
    /// Bytes free for an unprivileged user on the disk holding `path`; nil when unknown.
    static func freeBytes(_ path: String) -> Int? {
        var st = statvfs()
        guard statvfs(path, &st) == 0 else { return nil }
        let (total, overflow) = Int(st.f_bavail).multipliedReportingOverflow(by: Int(st.f_frsize))
        return overflow ? .max : total
    }

    /// Files that can still be created on the filesystem holding `path`; nil
    /// when it sets no limit (it reports no inode count) or cannot be asked.
    static func freeInodes(_ path: String) -> Int? {
        var st = statvfs()
        guard statvfs(path, &st) == 0, st.f_files > 0 else { return nil }
        return Int(clamping: st.f_favail)
    }
}
