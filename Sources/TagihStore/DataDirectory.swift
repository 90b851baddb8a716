#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

/// Where a book lives and the files inside it.
///
/// Layout: `journal/<device>.jsonl` (one append-only journal per device),
/// `quarantine/` (damaged bytes set aside, never deleted), `write.lock` and
/// `session.lock`. The directory is 0700 and every file 0600.
public struct DataDirectory: Sendable, Equatable {
    public let path: String

    public init(path: String) {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        self.path = p
    }

    /// Resolves the data directory: `--data`, then `$TAGIH_DATA`, then
    /// `$XDG_DATA_HOME/tagih`, then `~/.local/share/tagih`.
    public static func resolve(flag: String?, environment: [String: String]) -> DataDirectory {
        if let f = flag, !f.isEmpty { return DataDirectory(path: f) }
        if let d = environment["TAGIH_DATA"], !d.isEmpty { return DataDirectory(path: d) }
        if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") { return DataDirectory(path: x + "/tagih") }
        let home = environment["HOME"] ?? "."
        return DataDirectory(path: home + "/.local/share/tagih")
    }

    public var journalDirectory: String { path + "/journal" }
    public var quarantineDirectory: String { path + "/quarantine" }
    public var writeLockPath: String { path + "/write.lock" }
    public var sessionLockPath: String { path + "/session.lock" }

    public func journalPath(device: String) -> String { journalDirectory + "/" + device + ".jsonl" }

    /// Whether a journal file name is a copy a file-sync tool made when two
    /// machines changed the same file (Syncthing's `x.sync-conflict-…`,
    /// Dropbox's `x (… conflicted copy …)`, Nextcloud's `x (conflicted copy …)`).
    public static func isConflictCopy(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.contains(".sync-conflict-") || n.contains("conflicted copy") || n.contains("(conflict")
    }

    /// Where each device keeps its snapshot of the folded book (a cache).
    public var snapshotDirectory: String { path + "/snapshot" }
    public func snapshotPath(device: String) -> String { snapshotDirectory + "/" + device + ".snapshot" }

    /// A device name is safe to use as a file name: letters, digits, `-`, `_`, `.`, not leading `.`.
    /// Entries tagih itself makes in a data directory (and git, when shared).
    static let ownEntries: Set<String> = ["journal", "snapshot", "drafts", "quarantine", "write.lock", "session.lock", ".git", ".gitignore"]

    /// Refuses a data directory that is not one: a file, or a folder that
    /// holds other things and no `journal/` (say `TAGIH_DATA=/` or a home
    /// folder). A missing or empty folder is fine: it becomes a new book.
    public static func checkUsable(_ directory: DataDirectory) throws(StoreError) {
        var st = stat()
        guard stat(directory.path, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .notABook(tr("{0} is not a folder", directory.path)) }
        var jst = stat()
        if stat(directory.journalDirectory, &jst) == 0 {
            guard (jst.st_mode & S_IFMT) == S_IFDIR else { throw .notABook(tr("{0} is not a folder", directory.journalDirectory)) }
            return
        }
        let entries: [PosixFile.Entry]
        do { entries = try PosixFile.entries(directory.path) } catch { throw .unreadable(error) }
        let foreign = entries.map(\.name).filter { !ownEntries.contains($0) }
        guard foreign.isEmpty else {
            throw .notABook(tr("{0} is not a tagih book: it has no journal/ folder and holds other things ({1}); use --data with an empty or new folder",
                               directory.path, foreign.prefix(3).joined(separator: ", ")))
        }
    }

    public static func isValidDevice(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 64, !name.hasPrefix(".") else { return false }
        return name.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_" || s == "."
        }
    }
}
