#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// Reading and writing the snapshot, the folded book that saves reading every
/// journal line at start-up. See `SnapshotFile`.
extension BookStore {
    /// A snapshot that matches the journals, decoded.
    struct LoadedSnapshot {
        var book: Book
        var coverage: [String: SnapshotFile.Coverage]
    }

    /// Reads the first snapshot that matches the journals in `journals` (file
    /// names): this device's own, else another device's (a snapshot covers
    /// the whole book, whoever wrote it). Nil, with the reason kept in
    /// `snapshotProblem`, when none does. Never writes.
    func readSnapshot(journals: [String]) -> LoadedSnapshot? {
        let own = directory.snapshotPath(device: device)
        let others = PosixFile.list(directory.snapshotDirectory).filter { $0.hasSuffix(".snapshot") }
            .map { directory.snapshotDirectory + "/" + $0 }.filter { $0 != own }
        for path in [own] + others where PosixFile.exists(path) {
            if let loaded = readSnapshot(at: path, journals: journals) {
                snapshotProblem = nil
                return loaded
            }
        }
        return nil
    }

    /// The snapshot at `path` if it is readable and matches the journals;
    /// otherwise nil, with the reason in `snapshotProblem` and
    /// `snapshotMismatched` set when only the journals moved under it.
    func readSnapshot(at path: String, journals: [String]) -> LoadedSnapshot? {
        snapshotMismatched = false
        let bytes: [UInt8]
        do { bytes = try PosixFile.readFile(path) } catch {
            snapshotProblem = error.description
            return nil
        }
        let file: SnapshotFile
        switch SnapshotFile.decode(bytes) {
        case let .success(f): file = f
        case let .failure(p):
            snapshotProblem = p.description
            return nil
        }
        var coverage: [String: SnapshotFile.Coverage] = [:]
        for c in file.coverage {
            guard journals.contains(c.journal), (PosixFile.fileSize(directory.journalDirectory + "/" + c.journal) ?? -1) >= c.end else {
                snapshotProblem = tr("the snapshot does not match journal/{0} (changed since); the journals are read instead", c.journal)
                snapshotMismatched = true
                return nil
            }
            coverage[c.journal] = c
        }
        // Every covered journal byte is checked while the book is decoded (on other cores).
        let requests = file.coverage.map { CoveredChecksums.Request(path: directory.journalDirectory + "/" + $0.journal, end: $0.end) }
        let verified = CoveredChecksumTask(requests)
        let decoded: Result<Book, SnapshotDecodingError> = bytes.withUnsafeBufferPointer { whole in
            var r = SnapshotReader(UnsafeBufferPointer(rebasing: whole[file.bookStart...]))
            do throws(SnapshotDecodingError) {
                let b = try Book(snapshot: &r)
                guard r.isAtEnd else { return .failure(SnapshotDecodingError(offset: r.offset, reason: tr("bytes left over"))) }
                return .success(b)
            } catch { return .failure(error) }
        }
        let sums = verified.wait()
        for (c, crcs) in zip(file.coverage, sums) where crcs != c.blockCRCs {
            snapshotProblem = tr("the snapshot does not match journal/{0} (its bytes changed since); the journals are read instead", c.journal)
            snapshotMismatched = true
            return nil
        }
        switch decoded {
        case let .success(b):
            // Written by a version that met events it did not know: those are only
            // counted, so a version that knows them must read the journals again.
            guard b.unknownEventTypes.isEmpty else {
                snapshotProblem = tr("the snapshot was written without events this version knows; the journals are read instead")
                snapshotMismatched = true
                return nil
            }
            return LoadedSnapshot(book: b, coverage: coverage)
        case let .failure(e):
            snapshotProblem = tr("snapshot unreadable at byte {0}: {1}", e.offset, e.reason)
            return nil
        }
    }

    /// Writes a snapshot of the book as it is now: to a temporary file, fsync,
    /// rename over the old one, fsync the directory. A crash at any point
    /// leaves the old snapshot or the new one, never a mix. A failed write
    /// removes its temporary file (one left by a crash is overwritten next
    /// time), and no snapshot is written when the disk is nearly full: it must
    /// never take the room a journal append needs. `stopAfter` is for tests:
    /// it returns after that step as if the process had died there.
    public func writeSnapshot(stopAfter: SnapshotFile.Step? = nil) throws(StoreError) {
        if let reason = readOnlyReason { throw .readOnly(reason) }
        // Events of a kind this version does not know are only counted: a snapshot
        // would hide them from a newer version, which must read them from the journal.
        guard book.unknownEventTypes.isEmpty else {
            throw .invalid(tr("the book holds events of a kind this version does not know ({0}); no snapshot until tagih is updated",
                              book.unknownEventTypes.keys.sorted().joined(separator: ", ")))
        }
        guard linesLeftOut == 0 else {
            throw .invalid(trn("{0} journal record was left out; no snapshot, so that every start names it", "{0} journal records were left out; no snapshot, so that every start names them", linesLeftOut))
        }
        guard let lock = writeLock else { throw .readOnly(tr("no write lock")) }
        do { try lock.lock() } catch { throw .io(error) }
        defer { lock.unlock() }
        var ends = journalEnds
        let own = device + ".jsonl"
        if ownEnd > 0 { ends[own] = (ownEnd, lastSeq) }
        let covered = ends.sorted(by: { $0.key < $1.key }).filter { $0.value.end > 0 }
        for (name, _) in covered where !PosixFile.exists(directory.journalDirectory + "/" + name) {
            throw .invalid(tr("journal/{0} was removed since the book was read; the next start writes the snapshot", name))
        }
        // The checksums are of the bytes that were folded, not of the files as they are
        // now: a byte changed on disk since it was read is found at the next open.
        var coverage: [SnapshotFile.Coverage] = []
        for (name, e) in covered {
            guard (PosixFile.fileSize(directory.journalDirectory + "/" + name) ?? -1) >= e.end else {
                throw .invalid(tr("journal/{0} is shorter than the book read from it; snapshot not written", name))
            }
            guard let crcs = journalSums[name]?.checksums(upTo: e.end) else {
                throw .invalid(tr("journal/{0} was not read in one piece this session; the next start writes the snapshot", name))
            }
            coverage.append(SnapshotFile.Coverage(journal: name, end: e.end, lastSeq: e.lastSeq, blockCRCs: crcs))
        }
        let bytes = SnapshotFile(coverage: coverage, bookBytes: book.snapshotBytes()).encoded()
        let final = directory.snapshotPath(device: device)
        let temp = final + ".tmp"
        if let free = PosixFile.freeBytes(directory.path), free < 2 * bytes.count + SnapshotFile.spareRoom {
            throw .lowSpace(tr("snapshot not written: only {0} MB free on the disk, and the journals need the room; saving goes on without it",
                               free >> 20))
        }
        if let inodes = PosixFile.freeInodes(directory.path), inodes < SnapshotFile.spareFiles {
            throw .lowSpace(tr("snapshot not written: only {0} more files can be made on the disk, and the journals need them; saving goes on without it",
                               inodes))
        }
        do throws(StoreIOError) {
            try PosixFile.makeDirectory(directory.snapshotDirectory)
            let fd = try PosixFile.open(temp, flags: O_WRONLY | O_TRUNC, create: true)
            defer { Glibc.close(fd) }
            try PosixFile.writeAll(fd, bytes, path: temp)
            if stopAfter == .tempWritten { return }
            try PosixFile.sync(fd, path: temp)
            if stopAfter == .tempSynced { return }
            guard rename(temp, final) == 0 else { throw StoreIOError(path: final, operation: "rename", code: errno) }
            if stopAfter == .renamed { return }
            PosixFile.syncDirectory(directory.snapshotDirectory)
        } catch {
            unlink(temp)
            throw .io(error)
        }
        eventsSinceSnapshot = 0
    }

    /// Writes a snapshot when at least `minimumNewEvents` events were read
    /// from the journals or saved since the last one; a failure is only a
    /// warning (the snapshot is a cache). Returns whether one was written.
    @discardableResult
    public func refreshSnapshot(minimumNewEvents: Int = 1000) -> Bool {
        guard !isReadOnly, linesLeftOut == 0, eventsSinceSnapshot >= minimumNewEvents else { return false }
        do {
            try writeSnapshot()
            return true
        } catch let .lowSpace(why) {
            note(why)
            return false
        } catch {
            note(tr("snapshot not written: {0}", error.description))
            return false
        }
    }
}

/// What `tagih check` found about one snapshot file.
public struct SnapshotVerdict: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Readable, matches the journals, and gives their book exactly.
        case good
        /// Unreadable or giving a different book: the disk or a program damaged it.
        case damaged
        /// A journal it covers was replaced or cut since: it is ignored, not wrong.
        case mismatched
    }

    /// `snapshot/<device>.snapshot`.
    public let file: String
    public let kind: Kind
    public let detail: String
}

extension BookStore {
    /// Checks every snapshot in `directory` against `journalBook`, the fold of
    /// every journal line (nothing is changed).
    public static func verifySnapshots(in directory: DataDirectory, journalBook: Book) -> [SnapshotVerdict] {
        let journals = PosixFile.list(directory.journalDirectory).filter { $0.hasSuffix(".jsonl") }
        var verdicts: [SnapshotVerdict] = []
        for name in PosixFile.list(directory.snapshotDirectory) where name.hasSuffix(".snapshot") {
            let shown = "snapshot/" + name
            let probe = BookStore(directory: directory, device: "check")
            guard let loaded = probe.readSnapshot(at: directory.snapshotDirectory + "/" + name, journals: journals) else {
                verdicts.append(SnapshotVerdict(file: shown, kind: probe.snapshotMismatched ? .mismatched : .damaged,
                                                detail: probe.snapshotProblem ?? ""))
                continue
            }
            var book = loaded.book
            var later: [Event] = []
            for j in journals {
                let bytes = (try? PosixFile.readFile(directory.journalDirectory + "/" + j, from: loaded.coverage[j]?.end ?? 0)) ?? []
                later += JournalScan.scan(bytes, base: loaded.coverage[j]?.end ?? 0).events
            }
            later.sort(by: Event.foldOrder)
            for e in later { book.apply(e) }
            if book == journalBook {
                verdicts.append(SnapshotVerdict(file: shown, kind: .good,
                                                detail: tr("{0} events, {1} more in the journals since", loaded.book.eventCount, later.count)))
            } else {
                verdicts.append(SnapshotVerdict(file: shown, kind: .damaged, detail: tr("it gives a different book than the journals")))
            }
        }
        return verdicts
    }
}
