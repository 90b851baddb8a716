import Foundation
import TagihCore
import TagihStore

/// What keeps sharing a book through git safe: only a repository of the
/// book's own is ever pushed, a journal written by another machine under this
/// machine's name stops the sync before anything is merged, and a merge that
/// fails is undone (no conflict markers are ever left in a journal).
extension GitSync {
    /// The git setting that marks a repository as made by tagih for one book.
    static let marker = "tagih.book"

    /// Makes sure the data directory is a repository of the book's own, and
    /// returns what the user should be told. No repository: one is made. The
    /// folder inside another repository: a repository of its own is made in
    /// it, so nothing of the outer one is shared. The folder already a
    /// repository tagih did not make: refused, unless `adopt`.
    func claimRepository(adopt: Bool) throws -> [String] {
        let top = try git(["rev-parse", "--show-toplevel"], allowFailure: true)
        let here = DeviceIdentity.canonical(directory.path)
        if top.status != 0 {
            try makeRepository()
            return []
        }
        let outer = DeviceIdentity.canonical(top.out.trimmingCharacters(in: .whitespacesAndNewlines))
        if outer != here {
            try makeRepository()
            return [tr("the book's folder is inside the git repository at {0}; tagih made a repository of the book's own, so nothing of {0} is shared (add {1} to that repository's .gitignore)",
                       outer, here)]
        }
        if try isOwnRepository() { return [] }
        let commits = try git(["rev-list", "--count", "--all"], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines)
        guard adopt else {
            throw CLIError(tr("{0} is already a git repository that tagih did not make ({1} commits); sharing it would send its whole history to the team's remote. Keep the book in a folder of its own, or add --adopt if this repository holds nothing but this book",
                              here, commits.isEmpty ? "0" : commits))
        }
        try git(["config", "--local", GitSync.marker, "true"])
        return [tr("--adopt: {0} was not made by tagih; all its history ({1} commits) now goes to the team's remote with the journals",
                   here, commits.isEmpty ? "0" : commits)]
    }

    private func makeRepository() throws {
        try git(["init", "-q", "-b", "main"])
        try git(["config", "--local", GitSync.marker, "true"])
    }

    /// Whether the data directory's repository is tagih's: marked so, or made
    /// by an earlier tagih (its `.gitignore` and every commit are tagih's),
    /// which is then marked.
    func isOwnRepository() throws -> Bool {
        if try git(["config", "--local", "--get", GitSync.marker], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines) == "true" {
            return true
        }
        let ignore = (try? String(contentsOfFile: directory.path + "/.gitignore", encoding: .utf8)) ?? ""
        let subjects = try git(["log", "--all", "--format=%s"], allowFailure: true).out.split(separator: "\n")
        let earlier = ignore.split(separator: "\n").map(String.init) == GitSync.ignored
            && subjects.allSatisfy { $0.hasPrefix("tagih: ") || $0.hasPrefix("Merge ") }
        if earlier { try git(["config", "--local", GitSync.marker, "true"]) }
        return earlier
    }

    /// Stops when the remote's copy of this machine's journal holds anything
    /// this machine's file does not begin with: another machine writes under
    /// the same device name. Nothing is merged then.
    func checkOwnJournalOnRemote() throws {
        let blob = try git(["rev-parse", "-q", "--verify", "origin/main:" + ownJournal], allowFailure: true)
        guard blob.status == 0 else { return }
        let theirs = blob.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let size = Int(try git(["cat-file", "-s", theirs]).out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let local = FileManager.default.contents(atPath: directory.path + "/" + ownJournal) ?? Data()
        var same = false
        if local.count >= size {
            let temp = NSTemporaryDirectory() + "tagih-prefix-\(UUID().uuidString)"
            FileManager.default.createFile(atPath: temp, contents: local.prefix(size), attributes: [.posixPermissions: 0o600])
            defer { try? FileManager.default.removeItem(atPath: temp) }
            same = try git(["hash-object", temp]).out.trimmingCharacters(in: .whitespacesAndNewlines) == theirs
        }
        guard same else {
            let repaired = ((try? FileManager.default.contentsOfDirectory(atPath: directory.quarantineDirectory)) ?? [])
                .contains { $0.hasPrefix(device + "-") && $0.contains(".damaged") }
            if repaired {
                throw CLIError(tr("{0} was repaired here by tagih check --repair (what it set aside is in quarantine/), so it no longer matches the copy on the remote. Nothing was merged. tagih sync --rename-device NEWNAME keeps this machine's copy under a new name and takes the remote's copy whole (records in both count once)",
                                  ownJournal))
            }
            throw CLIError(tr("{0} on the remote holds saves this machine did not make: another machine uses the device name {1} (the same TAGIH_DEVICE, or a copied disk). Nothing was merged. Give this machine a name of its own: tagih sync --rename-device NEWNAME",
                              ownJournal, device))
        }
    }

    /// This machine takes the device name `name`: its journal's bytes go to
    /// `journal/<name>.jsonl`, and the old journal goes back to what it was
    /// where this machine and the remote last agreed, so that the next merge
    /// takes the other machine's copy of it whole. Committed at once.
    func renameDevice(to name: String) throws {
        let old = ownJournal, new = "journal/\(name).jsonl"
        guard !FileManager.default.fileExists(atPath: directory.path + "/" + new) else {
            throw CLIError(tr("{0} already exists; choose another device name", new))
        }
        try git(["fetch", "-q", "origin", "main:refs/remotes/origin/main"], allowFailure: true)
        let base = try git(["merge-base", "HEAD", "origin/main"], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines)
        try BookStore.holdingWriteLock(directory) {
            try FileManager.default.copyItem(atPath: directory.path + "/" + old, toPath: directory.path + "/" + new)
            let inBase = try !base.isEmpty && git(["cat-file", "-e", base + ":" + old], allowFailure: true).status == 0
            if inBase {
                try git(["checkout", "-q", base, "--", old])
            } else {
                try git(["rm", "-q", "--cached", "--ignore-unmatch", "--", old])
                try FileManager.default.removeItem(atPath: directory.path + "/" + old)
            }
            try git(["add", "--", new])
            if inBase { try git(["add", "--", old]) }
        }
        try git((try identityArguments()) + ["commit", "-q", "-m", "tagih: \(device) is now \(name)"])
        restrictModes()
    }

    /// Merges the fetched `origin/main`; a merge that fails is undone and git's own reason shown.
    func merge(identity id: [String]) throws {
        let r = try git(id + ["merge", "-q", "--no-edit", "origin/main"], allowFailure: true)
        guard r.status != 0 else { return }
        _ = try? git(["merge", "--abort"], allowFailure: true)
        throw CLIError(tr("git merge failed: {0}; the merge was undone and nothing changed here", GitSync.gist(r.err + "\n" + r.out)))
    }
}
