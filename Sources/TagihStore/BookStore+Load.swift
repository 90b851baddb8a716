#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// Opening a book: every journal read and folded, and everything found on the
/// way said (damage, refused records, ids naming two records, a torn tail).
extension BookStore {
    /// Reads and folds every journal; cuts a torn tail off this device's journal.
    ///
    /// Events are folded piece by piece as they are read (the book does not
    /// depend on fold order), so they are never all in memory at once.
    func load(useSnapshot: Bool) throws(StoreError) {
        let names = try journalNames()
        if readOnlyReason == nil {
            do { try writeLock?.lock() } catch { throw .io(error) }
            // A snapshot's temporary file left by a crash only takes room (it is never read).
            unlink(directory.snapshotPath(device: device) + ".tmp")
        }
        defer { if readOnlyReason == nil || writeLock != nil { writeLock?.unlock() } }
        let snapshot = useSnapshot ? readSnapshot(journals: names) : nil
        var running = snapshot?.book ?? Book()
        var folded = 0
        for name in names {
            let path = directory.journalDirectory + "/" + name
            let covered = snapshot?.coverage[name]
            let countBefore = running.eventCount
            var read = 0
            let scan: JournalScan
            do {
                let sum = covered.map { CoverageSum(continuing: $0.blockCRCs, end: $0.end) } ?? CoverageSum()
                scan = try JournalScan.scanFile(path, from: covered?.end ?? 0, continuing: sum) { events, prints in
                    for (e, p) in zip(events, prints) { running.apply(checked: e, fingerprint: p) }
                    folded += events.count
                    read += events.count
                    events = []
                    prints = []
                }
            } catch { throw .unreadable(error) }
            if DataDirectory.isConflictCopy(name) && read > 0 {
                // Never silently ignored: its events are merged by id, and it is said so.
                note(tr("journal/{0} is a conflict copy made by a file-sync tool: its {1} events were merged by event id ({2} new); tagih never writes to it, and it may be deleted once every machine has synced",
                        name, read, running.eventCount - countBefore))
            }
            try took(scan, of: name, coveredSeq: covered?.lastSeq ?? 0)
        }
        book = running
        openedFromSnapshot = snapshot != nil
        eventsSinceSnapshot = folded
        noteConflicts()
    }

    /// Says what one journal's scan found and keeps where it ends. Damage
    /// makes the book read-only; refused records are left out with a warning;
    /// an unfinished last line of this device's own journal is cut off (kept
    /// in `quarantine/`), of anyone else's only ignored: a teammate's journal
    /// is never changed here.
    private func took(_ scan: JournalScan, of name: String, coveredSeq: Int64) throws(StoreError) {
        let shown = "journal/\(name)"
        let path = directory.journalDirectory + "/" + name
        let isOwn = path == ownJournalPath
        for d in scan.damage {
            if readOnlyReason == nil {
                readOnlyReason = isOwn
                    ? tr("{0}: damaged record at byte {1} ({2}); the book is read-only and the file is left untouched (tagih check --repair sets it aside)", shown, d.offset, d.reason)
                    : tr("{0}: damaged record at byte {1} ({2}); the book is read-only. This journal is another device's: tagih leaves it as it is; get an intact copy from its owner", shown, d.offset, d.reason)
            }
            note(tr("{0}: damaged record at byte {1}, {2} bytes: {3}", shown, d.offset, d.length, d.reason))
        }
        for r in scan.invalid {
            linesLeftOut += 1
            note(tr("{0}: record at byte {1} left out: {2}", shown, r.offset, r.reason))
        }
        let seq = max(coveredSeq, scan.lastSeq)
        journalEnds[name] = (scan.goodEnd, seq)
        journalSums[name] = scan.sum
        if isOwn {
            ownEnd = scan.goodEnd
            lastSeq = seq
        }
        guard let torn = scan.tornTail else { return }
        if isOwn && readOnlyReason == nil {
            let tornBytes: [UInt8]
            do { tornBytes = try PosixFile.readFile(path, from: torn.offset) } catch { throw .unreadable(error) }
            try cutTornTail(torn, tornBytes: tornBytes[...], shown: shown)
        } else {
            note(tr("{0}: incomplete last record at byte {1} ({2} bytes) ignored: {3}", shown, torn.offset, torn.length, torn.reason))
            if isOwn { ownEnd = torn.offset + torn.length }
        }
    }

    /// One warning per event id that names records with different content.
    func noteConflicts() {
        for id in book.idConflicts.prefix(20) {
            note(tr("event id {0} names {1} different records; all are kept and counted (run tagih check to see where each is)", id.raw, book.recordCount(of: id)))
        }
        if book.idConflicts.count > 20 {
            note(tr("{0} more event ids name more than one record (tagih check lists them)", book.idConflicts.count - 20))
        }
    }

    /// The journal files in `journal/`, sorted. A folder that cannot be read
    /// is an error naming it (never an empty book); an entry named `.jsonl`
    /// that is not a file is left alone with a warning.
    func journalNames() throws(StoreError) -> [String] {
        let entries: [PosixFile.Entry]
        do { entries = try PosixFile.entries(directory.journalDirectory) } catch {
            if error.code == ENOENT { return [] }
            throw .unreadable(error)
        }
        var names: [String] = []
        for e in entries where e.name.hasSuffix(".jsonl") {
            if e.isFile { names.append(e.name); continue }
            note(tr("journal/{0} is not a file; tagih leaves it alone and reads the other journals", e.name))
            if directory.journalDirectory + "/" + e.name == ownJournalPath && readOnlyReason == nil {
                readOnlyReason = tr("journal/{0} is not a file, so this device cannot save; move it away", e.name)
            }
        }
        return names
    }

    /// Sets a torn last line aside in `quarantine/` (never deleted), then cuts it off.
    func cutTornTail(_ torn: JournalScan.Damage, tornBytes: ArraySlice<UInt8>, shown: String) throws(StoreError) {
        var quarantined = ""
        do {
            try PosixFile.makeDirectory(directory.quarantineDirectory)
            var qpath = directory.quarantineDirectory + "/\(device)-\(torn.offset).torn"
            var n = 1
            while PosixFile.exists(qpath) {
                n += 1
                qpath = directory.quarantineDirectory + "/\(device)-\(torn.offset)-\(n).torn"
            }
            quarantined = String(qpath.split(separator: "/").last ?? "")
            let qfd = try PosixFile.open(qpath, flags: O_WRONLY | O_EXCL, create: true)
            defer { Glibc.close(qfd) }
            try PosixFile.writeAll(qfd, Array(tornBytes), path: qpath)
            try PosixFile.sync(qfd, path: qpath)
            PosixFile.syncDirectory(directory.quarantineDirectory)
            let fd = try PosixFile.open(ownJournalPath, flags: O_WRONLY)
            defer { Glibc.close(fd) }
            try PosixFile.truncate(fd, to: torn.offset, path: ownJournalPath)
            try PosixFile.sync(fd, path: ownJournalPath)
        } catch {
            throw .io(error)
        }
        ownEnd = torn.offset
        note(tr("{0}: the last record was incomplete ({1}) and was cut off at byte {2}; its {3} bytes are kept in quarantine/{4}", shown, torn.reason, torn.offset, torn.length, quarantined))
    }

    /// Adds a warning unless the same one was already given (each is said once).
    func note(_ warning: String) {
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
