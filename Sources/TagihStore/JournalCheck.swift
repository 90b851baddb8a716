#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TagihCore

/// `tagih check`: every journal line verified; damage reported by file and
/// byte offset; with repair, damaged lines are moved to `quarantine/` (never
/// deleted) and the journal rewritten without them, atomically.
public struct JournalCheck {
    public struct FileReport: Sendable {
        public let file: String
        public let records: Int
        public let problems: [(offset: Int, length: Int, reason: String)]
    }

    public let directory: DataDirectory
    public private(set) var files: [FileReport] = []
    /// Each snapshot checked against the book the journals give.
    public private(set) var snapshots: [SnapshotVerdict] = []

    /// Snapshots that are damaged (unreadable, or giving another book).
    public var damagedSnapshots: Int { snapshots.filter { $0.kind == .damaged }.count }

    public var problemCount: Int { files.reduce(0) { $0 + $1.problems.count } }
    public var recordCount: Int { files.reduce(0) { $0 + $1.records } }

    /// Reads every journal (nothing is changed).
    public init(directory: DataDirectory) throws(StoreError) {
        self.directory = directory
        var all: [Event] = []
        for name in PosixFile.list(directory.journalDirectory) where name.hasSuffix(".jsonl") {
            let path = directory.journalDirectory + "/" + name
            let bytes: [UInt8]
            do { bytes = try PosixFile.readFile(path) } catch { throw .io(error) }
            let scan = JournalScan.scan(bytes)
            all += scan.events
            var problems = scan.damage.map { ($0.offset, $0.length, $0.reason) }
            if let t = scan.tornTail { problems.append((t.offset, t.length, t.reason)) }
            files.append(FileReport(file: "journal/" + name, records: scan.events.count, problems: problems.sorted { $0.0 < $1.0 }))
        }
        all.sort(by: Event.foldOrder)
        snapshots = BookStore.verifySnapshots(in: directory, journalBook: Book(events: all))
    }

    /// The report as text: one line per problem, then a summary.
    public var text: String {
        var out = ""
        for f in files {
            out += (f.problems.isEmpty ? tr("{0}: {1} records, all intact", f.file, f.records)
                : tr("{0}: {1} records, {2} damaged", f.file, f.records, f.problems.count)) + "\n"
            for p in f.problems { out += "  " + tr("byte {0}, {1} bytes: {2}", p.offset, p.length, p.reason) + "\n" }
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
        out += (problemCount == 0 ? tr("ok: {0} records checked", recordCount) : tr("{0} damaged record(s) in {1}", problemCount, recordCount + problemCount)) + "\n"
        return out
    }

    /// Moves every snapshot that is damaged or out of step into `quarantine/`
    /// (never deleted) and writes a fresh one for `device` from the journals.
    /// Returns the quarantine files written.
    public func repairSnapshots(device: String) throws(StoreError) -> [String] {
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
            try store.writeSnapshot()
        }
        return written
    }

    /// Moves every damaged line into `quarantine/<device>-<offset>.damaged` and
    /// rewrites each affected journal without them (temp file, fsync, rename).
    /// Returns the quarantine files written.
    public func repair() throws(StoreError) -> [String] {
        var written: [String] = []
        let lock = FileLock(path: directory.writeLockPath)
        do { try lock.lock() } catch { throw .io(error) }
        defer { lock.unlock() }
        do { try PosixFile.makeDirectory(directory.quarantineDirectory) } catch { throw .io(error) }
        for f in files where !f.problems.isEmpty {
            let path = directory.path + "/" + f.file
            let name = ((f.file as NSString).lastPathComponent as NSString).deletingPathExtension
            let bytes: [UInt8]
            do { bytes = try PosixFile.readFile(path) } catch { throw .io(error) }
            // Recompute under the lock: the file may have grown since the check.
            let scan = JournalScan.scan(bytes)
            var bad = scan.damage.map { ($0.offset, $0.length) }
            if let t = scan.tornTail { bad.append((t.offset, t.length)) }
            bad.sort { $0.0 < $1.0 }
            var keep: [UInt8] = []
            var at = 0
            for (offset, length) in bad {
                // A zero-length mark (an incomplete batch in the middle) covers its line.
                let end = length > 0 ? offset + length : (bytes[offset...].firstIndex(of: 10).map { $0 + 1 } ?? bytes.count)
                keep += bytes[at..<offset]
                var q = directory.quarantineDirectory + "/\(name)-\(offset).damaged"
                var n = 1
                while PosixFile.exists(q) { n += 1; q = directory.quarantineDirectory + "/\(name)-\(offset)-\(n).damaged" }
                do {
                    let fd = try PosixFile.open(q, flags: O_WRONLY | O_EXCL, create: true)
                    defer { Glibc.close(fd) }
                    try PosixFile.writeAll(fd, Array(bytes[offset..<end]), path: q)
                    try PosixFile.sync(fd, path: q)
                } catch { throw .io(error) }
                written.append("quarantine/" + (q as NSString).lastPathComponent)
                at = end
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
        }
        return written
    }
}
