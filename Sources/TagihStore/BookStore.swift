#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TagihCore

/// A book on disk: opens and folds every journal in a data directory, and
/// appends this device's changes durably.
///
/// Writing: take the write lock, append whole lines, fsync, release; only then
/// is a change reported as saved. Nothing ever rewrites the book, so a save
/// costs the same at any size.
public final class BookStore {
    /// How a book was opened.
    public struct Options: Sendable {
        /// This machine's device name; its journal is `journal/<device>.jsonl`.
        public var device: String
        /// Open without writing anything, even a lock file.
        public var readOnly: Bool
        /// Hold the session lock for as long as the store is open (the
        /// interactive app). A second session opens read-only, naming the holder.
        public var session: Bool
        /// Start from this device's snapshot when it matches the journals.
        public var useSnapshot: Bool

        public init(device: String, readOnly: Bool = false, session: Bool = false, useSnapshot: Bool = true) {
            self.device = device
            self.readOnly = readOnly
            self.session = session
            self.useSnapshot = useSnapshot
        }
    }

    public let directory: DataDirectory
    public let device: String
    public internal(set) var book = Book()
    /// Things the user should know about, e.g. a torn last line that was cut off.
    public internal(set) var warnings: [String] = []
    /// Why the book cannot be changed now; nil when writable.
    public internal(set) var readOnlyReason: String?
    /// Records with a right checksum that were left out (outside the limits,
    /// unreadable); while there are any no snapshot is written, so that every
    /// open names them again.
    public internal(set) var linesLeftOut = 0

    var ownEnd = 0
    var lastSeq: Int64 = 0
    /// Where the folded part of each journal ends and its last sequence number, by file name.
    var journalEnds: [String: (end: Int, lastSeq: Int64)] = [:]
    /// The checksums of the bytes of each journal that were folded (read, or
    /// written by this device), by file name: what a snapshot may vouch for.
    var journalSums: [String: CoverageSum] = [:]
    /// Events read from the journals beyond the snapshot, or saved, since the last snapshot.
    public internal(set) var eventsSinceSnapshot = 0
    /// Whether opening started from the snapshot.
    public internal(set) var openedFromSnapshot = false
    /// Why the snapshot was not used, when there was one.
    public internal(set) var snapshotProblem: String?
    /// Whether that was only because a journal changed under it.
    var snapshotMismatched = false
    var writeLock: FileLock?
    private var sessionLock: FileLock?
    private var random = SystemRandomNumberGenerator()

    public var isReadOnly: Bool { readOnlyReason != nil }
    var ownJournalPath: String { directory.journalPath(device: device) }

    init(directory: DataDirectory, device: String) {
        self.directory = directory
        self.device = device
    }

    /// Opens the book in `directory`, creating the directory (0700) if needed.
    /// Damage never stops it opening: it opens read-only and says where.
    public static func open(_ directory: DataDirectory, options: Options) throws(StoreError) -> BookStore {
        guard DataDirectory.isValidDevice(options.device) else { throw .invalidDevice(options.device) }
        let store = BookStore(directory: directory, device: options.device)
        try store.prepareDirectory(options)
        try store.load(useSnapshot: options.useSnapshot)
        return store
    }

    private func prepareDirectory(_ options: Options) throws(StoreError) {
        try DataDirectory.checkUsable(directory)
        if options.readOnly {
            readOnlyReason = tr("opened read-only")
        } else {
            do {
                try PosixFile.makeDirectories(directory.path)
                try PosixFile.makeDirectory(directory.journalDirectory)
            } catch {
                if !PosixFile.exists(directory.path) { throw .io(error) }
                readOnlyReason = tr("cannot write to {0} ({1})", directory.path, String(cString: strerror(error.code)))
            }
            if readOnlyReason == nil && !PosixFile.isWritableDirectory(directory.journalDirectory) {
                readOnlyReason = tr("cannot write to {0} ({1})", directory.journalDirectory, String(cString: strerror(errno)))
            }
        }
        guard PosixFile.exists(directory.path) else { throw .missing(directory.path) }
        guard readOnlyReason == nil else { return }
        writeLock = FileLock(path: directory.writeLockPath)
        if options.session {
            let lock = FileLock(path: directory.sessionLockPath)
            do {
                if let holder = try lock.tryLockRecordingPid() {
                    readOnlyReason = holder > 0 ? tr("this book is open in another tagih (pid {0}); opened read-only", holder)
                        : tr("this book is open in another tagih; opened read-only")
                } else {
                    sessionLock = lock
                }
            } catch {
                readOnlyReason = tr("cannot lock the book: {0}", error)
            }
        }
    }

    /// Validates, then durably appends changes as this device's next events.
    /// Returns the saved events once they are on disk; throws and saves
    /// nothing when any of them is invalid or the disk fails.
    @discardableResult
    public func append(_ pending: [PendingEvent]) throws(StoreError) -> [Event] {
        try append(pending, linePerEvent: false)
    }

    /// Appends many changes as separate lines with a single fsync (bulk loads:
    /// the benchmark's generator). Not atomic as a whole: each line is one save.
    @discardableResult
    public func appendEach(_ pending: [PendingEvent]) throws(StoreError) -> [Event] {
        try append(pending, linePerEvent: true)
    }

    private func append(_ pending: [PendingEvent], linePerEvent: Bool) throws(StoreError) -> [Event] {
        if let reason = readOnlyReason { throw .readOnly(reason) }
        guard !pending.isEmpty else { return [] }
        guard let lock = writeLock else { throw .readOnly(tr("no write lock")) }
        do { try lock.lock() } catch { throw .io(error) }
        defer { lock.unlock() }
        let fd: Int32
        do {
            let existed = PosixFile.exists(ownJournalPath)
            fd = try PosixFile.open(ownJournalPath, flags: O_RDWR | O_APPEND, create: true)
            if !existed { PosixFile.syncDirectory(directory.journalDirectory) }
        } catch { throw .io(error) }
        defer { Glibc.close(fd) }
        try catchUp(fd)

        // Validate against the book as it will be after each earlier change in this batch.
        // One change is checked against the book as it is; several against a
        // copy that takes each in turn (a later one may depend on an earlier one).
        var preview: Book? = pending.count > 1 ? book : nil
        var events: [Event] = []
        var bytes: [UInt8] = []
        var seq = lastSeq
        for p in pending {
            // Text is cleaned here, at the store's edge, whatever passed it in.
            let body = p.body.cleaned
            if let problem = (preview ?? book).validate(body) { throw .invalid(problem) }
            guard seq < EventLimits.maxSeq else { throw .invalid(tr("this device's journal has used every sequence number; set another device name")) }
            seq += 1
            let id = EventID.v7(millis: p.at.millis, random: (random.next(), random.next()))
            let e = Event(id: id, at: p.at, device: device, seq: seq, author: CleanText.line(p.author), body: body)
            if let problem = e.limitProblem { throw .invalid(problem) }
            preview?.apply(e)
            events.append(e)
        }
        do {
            if linePerEvent {
                bytes.reserveCapacity(events.count * 400)
                for e in events { bytes += try JournalLine.encode(e) }
            } else {
                bytes = try JournalLine.encode(save: events)
            }
        } catch { throw .invalid(tr("cannot encode: {0}", String(describing: error))) }
        do {
            try PosixFile.writeAll(fd, bytes, path: ownJournalPath)
        } catch {
            // Nothing half-written stays behind: cut back to where we started.
            rollBack(fd, error: error)
            throw .io(error)
        }
        do {
            try PosixFile.sync(fd, path: ownJournalPath)
        } catch {
            // Never retried into a false success: the write is undone and the book stops writing.
            rollBack(fd, error: error)
            readOnlyReason = tr("the disk failed to save ({0}); restart tagih once the disk is healthy", String(cString: strerror(error.code)))
            throw .io(error)
        }
        summed(device + ".jsonl", bytes[...], at: ownEnd)
        ownEnd += bytes.count
        lastSeq = seq
        eventsSinceSnapshot += events.count
        if let preview { book = preview } else { for e in events { book.apply(e) } }
        return events
    }

    private func rollBack(_ fd: Int32, error: StoreIOError) {
        if (try? PosixFile.truncate(fd, to: ownEnd, path: ownJournalPath)) != nil {
            _ = try? PosixFile.sync(fd, path: ownJournalPath)
        } else {
            readOnlyReason = tr("a failed save could not be undone ({0}); restart tagih", error)
        }
    }

    /// Folds lines another process (e.g. `tagih log`) appended to this device's
    /// journal since we last looked, so sequence numbers stay unique.
    private func catchUp(_ fd: Int32) throws(StoreError) {
        let size: Int
        do { size = try PosixFile.size(fd, path: ownJournalPath) } catch { throw .io(error) }
        if size == ownEnd { return }
        if size < ownEnd {
            readOnlyReason = tr("journal/{0}.jsonl shrank from {1} to {2} bytes while open; the book is read-only", device, ownEnd, size)
            throw .readOnly(readOnlyReason!)
        }
        let tail: [UInt8]
        do { tail = try PosixFile.readAll(fd, path: ownJournalPath, from: ownEnd) } catch { throw .io(error) }
        let base = ownEnd
        let scan = JournalScan.scan(tail, base: base)
        if let d = scan.damage.first {
            readOnlyReason = tr("journal/{0}.jsonl: damaged record at byte {1} ({2}); the book is read-only", device, d.offset, d.reason)
            throw .readOnly(readOnlyReason!)
        }
        for r in scan.invalid {
            linesLeftOut += 1
            note(tr("{0}: record at byte {1} left out: {2}", "journal/\(device).jsonl", r.offset, r.reason))
        }
        for e in scan.events { book.apply(e) }
        if scan.goodEnd > base { summed(device + ".jsonl", tail[..<(scan.goodEnd - base)], at: base) }
        eventsSinceSnapshot += scan.events.count
        lastSeq = max(lastSeq, scan.lastSeq)
        ownEnd = scan.goodEnd
        if let torn = scan.tornTail {
            try cutTornTail(torn, tornBytes: tail[(torn.offset - base)...], shown: "journal/\(device).jsonl")
        }
    }

    /// Adds bytes folded from (or written to) journal `name` to its running checksums.
    func summed(_ name: String, _ bytes: ArraySlice<UInt8>, at offset: Int) {
        var sum = journalSums[name] ?? CoverageSum()
        sum.add(bytes, at: offset)
        journalSums[name] = sum
    }

    /// Runs `body` holding the data directory's write lock, so that no save
    /// is half-way through a line meanwhile (sharing the journals with git).
    public static func holdingWriteLock<R>(_ directory: DataDirectory, _ body: () throws -> R) throws -> R {
        let lock = FileLock(path: directory.writeLockPath)
        do { try lock.lock() } catch { throw StoreError.io(error) }
        defer { lock.unlock() }
        return try body()
    }

    /// Releases the locks (also done when the store is freed or the process exits).
    public func close() {
        sessionLock?.unlock()
        sessionLock = nil
    }
}

/// Why the store could not do what was asked, in words for the user.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case io(StoreIOError)
    /// Reading the book failed (nothing was being saved).
    case unreadable(StoreIOError)
    case readOnly(String)
    case invalid(String)
    case missing(String)
    /// The data directory is not a book (a file, or a folder of other things).
    case notABook(String)
    /// Not done, to leave the disk's last room for saving.
    case lowSpace(String)
    case invalidDevice(String)

    public var description: String {
        switch self {
        case let .io(e):
            return e.isDiskFull ? tr("not saved: the disk is full ({0}); free some space and try again", e.path) : tr("not saved: {0}", e)
        case let .unreadable(e): return tr("cannot read the book: {0}", e)
        case let .readOnly(r): return tr("not saved: {0}", r)
        case let .invalid(r): return tr("not saved: {0}", r)
        case let .missing(p): return tr("{0}: no such directory", p)
        case let .notABook(why): return why
        case let .lowSpace(why): return why
        case let .invalidDevice(d): return tr("device name \"{0}\" is not usable as a file name (letters, digits, - _ . only)", d)
        }
    }
}
