#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TagihCore

/// `tagih check`: every journal line verified; damage, refused records and
/// event ids naming two records reported by file and byte offset. With
/// repair, damaged lines of this device's own journal are moved to
/// `quarantine/` (never deleted) and that journal rewritten without them,
/// atomically; another device's journal is never changed.
public struct JournalCheck {
    public struct FileReport: Sendable {
        public let file: String
        public let records: Int
        /// Lines that fail their checksum or frame (and an unfinished last line).
        public let problems: [(offset: Int, length: Int, reason: String)]
        /// Lines with a right checksum whose content is refused (left out of the book).
        public let leftOut: [(offset: Int, length: Int, reason: String)]
        /// Whether the file is this device's own journal (the only one repair changes).
        public let isOwn: Bool
    }

    /// An event id carried by records with different content, and where each is.
    public struct Conflict: Sendable {
        public let id: EventID
        /// Every line carrying the id (a record copied into two journals is two places).
        public let places: [(file: String, offset: Int)]
        /// How many different records the id names, as every open counts them.
        public let records: Int
    }

    public let directory: DataDirectory
    public let device: String
    public private(set) var files: [FileReport] = []
    public private(set) var conflicts: [Conflict] = []
    /// Each snapshot checked against the book the journals give.
    public private(set) var snapshots: [SnapshotVerdict] = []

    /// Snapshots that are damaged (unreadable, or giving another book).
    public var damagedSnapshots: Int { snapshots.filter { $0.kind == .damaged }.count }

    public var problemCount: Int { files.reduce(0) { $0 + $1.problems.count } }
    /// Damaged lines that repair would set aside (this device's journal only).
    public var repairableCount: Int { files.filter(\.isOwn).reduce(0) { $0 + $1.problems.count } }
    public var leftOutCount: Int { files.reduce(0) { $0 + $1.leftOut.count } }
    public var recordCount: Int { files.reduce(0) { $0 + $1.records } }
    /// Whether anything at all is wrong with the journals.
    public var isClean: Bool { problemCount == 0 && leftOutCount == 0 && conflicts.isEmpty }

    /// Reads every journal (nothing is changed). `device` names this machine's own journal.
    public init(directory: DataDirectory, device: String) throws(StoreError) {
        self.directory = directory
        self.device = device
        let probe = BookStore(directory: directory, device: device)
        var all: [Event] = []
        var places: [EventID: [(String, Int, UInt64)]] = [:]
        for name in try probe.journalNames() {
            let path = directory.journalDirectory + "/" + name
            let bytes: [UInt8]
            do { bytes = try PosixFile.readFile(path) } catch { throw .unreadable(error) }
            let scan = JournalScan.scan(bytes)
            all += scan.events
            for (e, offset) in zip(scan.events, scan.offsets) { places[e.id, default: []].append(("journal/" + name, offset, e.fingerprint)) }
            var problems = scan.damage.map { ($0.offset, $0.length, $0.reason) }
            if let t = scan.tornTail { problems.append((t.offset, t.length, t.reason)) }
            files.append(FileReport(file: "journal/" + name, records: scan.events.count, problems: problems.sorted { $0.0 < $1.0 },
                                    leftOut: scan.invalid.map { ($0.offset, $0.length, $0.reason) }, isOwn: name == device + ".jsonl"))
        }
        for (id, found) in places.sorted(by: { $0.key < $1.key }) where Set(found.map(\.2)).count > 1 {
            conflicts.append(Conflict(id: id, places: found.map { ($0.0, $0.1) }, records: Set(found.map(\.2)).count))
        }
        all.sort(by: Event.foldOrder)
        snapshots = BookStore.verifySnapshots(in: directory, journalBook: Book(events: all))
    }

    /// The report as text: one line per problem, then a summary.
    public var text: String {
        var out = ""
        for f in files {
            let bad = f.problems.count + f.leftOut.count
            out += (bad == 0 ? trn("{1}: {0} record, all intact", "{1}: {0} records, all intact", f.records, f.file)
                : trn("{1}: {0} record, {2} damaged", "{1}: {0} records, {2} damaged", f.records, f.file, bad)) + "\n"
            for p in f.problems { out += "  " + tr("byte {0}, {1} bytes: {2}", p.offset, p.length, p.reason) + "\n" }
            for p in f.leftOut { out += "  " + tr("byte {0}, {1} bytes: left out of the book: {2}", p.offset, p.length, p.reason) + "\n" }
            if !f.problems.isEmpty && !f.isOwn {
                out += "  " + tr("this journal is another device's: tagih never changes it; get an intact copy from its owner") + "\n"
            }
        }
        for c in conflicts {
            out += tr("event id {0} names {1} different records (all are kept and counted):", c.id.raw, c.records) + "\n"
            for p in c.places { out += "  " + tr("{0} at byte {1}", p.file, p.offset) + "\n" }
        }
        if files.isEmpty { out += tr("no journals in {0}", directory.journalDirectory) + "\n" }
        if snapshots.isEmpty { out += tr("no snapshot: the book is read from the journals alone") + "\n" }
        for v in snapshots {
            switch v.kind {
            case .good: out += tr("{0}: matches the journals ({1})", v.file, v.detail) + "\n"
            case .damaged: out += tr("{0}: damaged ({1}); it is not used, and --repair rebuilds it from the journals", v.file, v.detail) + "\n"
            case .mismatched: out += tr("{0}: out of step with the journals ({1}); it is not used, and --repair rebuilds it", v.file, v.detail) + "\n"
            }
        }
        if isClean {
            out += trn("ok: {0} record checked", "ok: {0} records checked", recordCount) + "\n"
        } else {
            let bad = problemCount + leftOutCount
            if bad > 0 { out += trn("{0} damaged record in {1}", "{0} damaged records in {1}", bad, recordCount + problemCount) + "\n" }
            if !conflicts.isEmpty { out += trn("{0} event id names more than one record", "{0} event ids name more than one record", conflicts.count) + "\n" }
        }
        return out
    }
}

extension JournalCheck {
    /// Moves every snapshot that is damaged or out of step into `quarantine/`
    /// (never deleted) and writes a fresh one for `device` from the journals.
    /// Returns the quarantine files written.
    public func repairSnapshots() throws(StoreError) -> [String] {
        var written: [String] = []
        for v in snapshots where v.kind != .good {
            let from = directory.path + "/" + v.file
            let name = (v.file as NSString).lastPathComponent
            do { try PosixFile.makeDirectory(directory.quarantineDirectory) } catch { throw .io(error) }
            var q = directory.quarantineDirectory + "/" + name
            var n = 1
            while PosixFile.exists(q) { n += 1; q = directory.quarantineDirectory + "/\(name)-\(n)" }
            guard rename(from, q) == 0 else { throw .io(StoreIOError(path: from, operation: "rename", code: errno)) }
            written.append("quarantine/" + (q as NSString).lastPathComponent)
        }
        PosixFile.syncDirectory(directory.quarantineDirectory)
        PosixFile.syncDirectory(directory.snapshotDirectory)
        if !written.isEmpty {
            let store = try BookStore.open(directory, options: .init(device: device, useSnapshot: false))
            defer { store.close() }
            if store.readOnlyReason == nil && store.linesLeftOut == 0 { try store.writeSnapshot() }
        }
        return written
    }

    /// Moves every damaged line of this device's journal into
    /// `quarantine/<device>-<offset>.damaged` and rewrites the journal without
    /// them (temp file, fsync, rename). Other devices' journals are left as
    /// they are. Returns the quarantine files written.
    public func repair() throws(StoreError) -> [String] {
        guard let own = files.first(where: { $0.isOwn && !$0.problems.isEmpty }) else { return [] }
        var written: [String] = []
        let lock = FileLock(path: directory.writeLockPath)
        do { try lock.lock() } catch { throw .io(error) }
        defer { lock.unlock() }
        do { try PosixFile.makeDirectory(directory.quarantineDirectory) } catch { throw .io(error) }
        let path = directory.path + "/" + own.file
        let bytes: [UInt8]
        do { bytes = try PosixFile.readFile(path) } catch { throw .unreadable(error) }
        // Recompute under the lock: the file may have grown since the check.
        let scan = JournalScan.scan(bytes)
        var bad = scan.damage.map { ($0.offset, $0.length) }
        if let t = scan.tornTail { bad.append((t.offset, t.length)) }
        bad.sort { $0.0 < $1.0 }
        var keep: [UInt8] = []
        var at = 0
        for (offset, length) in bad {
            keep += bytes[at..<offset]
            written.append(try quarantine(Array(bytes[offset..<(offset + length)]), name: "\(device)-\(offset).damaged"))
            at = offset + length
        }
        keep += bytes[at...]
        PosixFile.syncDirectory(directory.quarantineDirectory)
        let tmp = path + ".repair"
        do {
            let fd = try PosixFile.open(tmp, flags: O_WRONLY | O_TRUNC, create: true)
            defer { Glibc.close(fd) }
            try PosixFile.writeAll(fd, keep, path: tmp)
            try PosixFile.sync(fd, path: tmp)
        } catch { unlink(tmp); throw .io(error) }
        guard rename(tmp, path) == 0 else {
            let code = errno
            unlink(tmp)
            throw .io(StoreIOError(path: path, operation: "rename", code: code))
        }
        PosixFile.syncDirectory(directory.journalDirectory)
        return written
    }

    /// Writes `bytes` to a new file in `quarantine/` (never over an earlier one).
    private func quarantine(_ bytes: [UInt8], name: String) throws(StoreError) -> String {
        var q = directory.quarantineDirectory + "/" + name
        var n = 1
        while PosixFile.exists(q) { n += 1; q = directory.quarantineDirectory + "/\(name)-\(n)" }
        do {
            let fd = try PosixFile.open(q, flags: O_WRONLY | O_EXCL, create: true)
            defer { Glibc.close(fd) }
            try PosixFile.writeAll(fd, bytes, path: q)
            try PosixFile.sync(fd, path: q)
        } catch { throw .io(error) }
        return "quarantine/" + (q as NSString).lastPathComponent
    }
}
