import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// Sharing a book through git: each device commits only its own journal, so
/// merges never meet a textual conflict; the book is the union of journals.
struct GitSync {
    let directory: DataDirectory
    let device: String
    let user: String
    let environment: [String: String]

    /// What a sync did, for the summary line.
    struct Outcome {
        var sent = 0
        var received: [String: Int] = [:]
    }

    /// Files only this machine needs; never shared.
    static let ignored = ["drafts/", "snapshot/", "quarantine/", "*.lock", "*.tmp", "*.repair"]

    var ownJournal: String { "journal/\(device).jsonl" }

    /// Runs git in the data directory; its output, or an error in words.
    @discardableResult
    func git(_ args: [String], allowFailure: Bool = false) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", directory.path] + args
        var env = environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        p.environment = env
        // Output goes to files, not pipes: git may write much to either, and a full pipe would stall it.
        let outPath = NSTemporaryDirectory() + "tagih-git-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: outPath + ".out", contents: nil, attributes: [.posixPermissions: 0o600])
        FileManager.default.createFile(atPath: outPath + ".err", contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(atPath: outPath + ".out"); try? FileManager.default.removeItem(atPath: outPath + ".err") }
        p.standardOutput = FileHandle(forWritingAtPath: outPath + ".out")
        p.standardError = FileHandle(forWritingAtPath: outPath + ".err")
        do { try p.run() } catch { throw CLIError(tr("cannot run git: {0}", error.localizedDescription)) }
        p.waitUntilExit()
        let o = FileManager.default.contents(atPath: outPath + ".out") ?? Data()
        let e = FileManager.default.contents(atPath: outPath + ".err") ?? Data()
        let result = (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
        if p.terminationStatus == 127 { throw CLIError(tr("git is not installed; install it (e.g. apt-get install git) to sync through a git remote")) }
        if result.0 != 0 && !allowFailure { throw CLIError(tr("git {0} failed: {1}", args.first ?? "", GitSync.gist(result.2 + "\n" + result.1))) }
        return result
    }

    /// The line of git's output that says what went wrong (git writes some,
    /// such as a merge conflict, to standard output); never empty.
    static func gist(_ output: String) -> String {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") || $0.hasPrefix("CONFLICT") || $0.hasPrefix("!") || $0.contains("rejected") }
            ?? lines.last ?? tr("git gave no reason")
    }

    var isRepository: Bool { FileManager.default.fileExists(atPath: directory.path + "/.git") }

    /// Environment that gives tagih's commits an author when git has none configured.
    func identityArguments() throws -> [String] { try identity() }

    private func identity() throws -> [String] {
        let name = try git(["config", "user.name"], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = try git(["config", "user.email"], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines)
        var args: [String] = []
        if name.isEmpty { args += ["-c", "user.name=\(user)"] }
        if email.isEmpty { args += ["-c", "user.email=\(device)@tagih.invalid"] }
        return args
    }

    /// `tagih sync --init REMOTE`: makes the data directory a clone-like work
    /// tree of `remote` (empty or holding other people's journals). The
    /// repository must be tagih's own (`claimRepository`), and an `origin`
    /// that points elsewhere is never changed.
    func initialize(remote: String, adopt: Bool) throws -> [String] {
        let notes = try claimRepository(adopt: adopt)
        let remotes = try git(["remote"]).out.split(separator: "\n").map(String.init)
        if remotes.contains("origin") {
            let url = try git(["remote", "get-url", "origin"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            guard url == remote else {
                throw CLIError(tr("this book's repository already sends to {0} (origin); tagih never changes an existing remote. Run tagih sync to use it, or change it yourself with git remote set-url", url))
            }
            try reach()
        } else {
            try git(["remote", "add", "origin", remote])
            do { try reach() } catch {
                // Tried and failed: the remote tagih added goes again, so that a corrected --init can add the right one.
                _ = try? git(["remote", "remove", "origin"], allowFailure: true)
                throw error
            }
        }
        let heads = try git(["ls-remote", "--heads", "origin"]).out
        let hasCommits = try git(["rev-parse", "--verify", "-q", "HEAD"], allowFailure: true).status == 0
        if heads.contains("refs/heads/main") && !hasCommits {
            try git(["fetch", "-q", "origin", "main"])
            let checkout = try git(["checkout", "-q", "-B", "main", "origin/main"], allowFailure: true)
            if checkout.status != 0 {
                if checkout.err.contains(ownJournal) {
                    throw CLIError(tr("the remote already holds a journal named like this machine's ({0}); set another device name with TAGIH_DEVICE", ownJournal))
                }
                throw CLIError(tr("git checkout failed: {0}", GitSync.gist(checkout.err + "\n" + checkout.out)))
            }
        }
        let ignore = directory.path + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            FileManager.default.createFile(atPath: ignore, contents: Data((GitSync.ignored.joined(separator: "\n") + "\n").utf8),
                                           attributes: [.posixPermissions: 0o600])
        }
        return notes
    }

    /// Checks the remote answers, with a message that says what to do when it does not.
    func reach() throws {
        let r = try git(["ls-remote", "--heads", "origin"], allowFailure: true)
        if r.status != 0 {
            let url = (try? git(["remote", "get-url", "origin"], allowFailure: true).out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "origin"
            let why = GitSync.gist(r.err)
            throw CLIError(tr("cannot reach the remote {0} ({1}); your saves are safe here and go with the next sync", url, why))
        }
    }

    /// Files git sees changed that tagih did not change: other people's
    /// journals edited here, or anything else in the data directory.
    func foreignChanges() throws -> [String] {
        let status = try git(["status", "--porcelain", "--untracked-files=all"]).out
        return status.split(separator: "\n").map { String($0.dropFirst(3)) }.filter { $0 != ownJournal && $0 != ".gitignore" }
    }

    /// Commits this machine's journal, pulls the others', pushes; returns what moved.
    func sync() throws -> Outcome {
        guard isRepository else { throw CLIError(tr("{0} is not shared yet: run tagih sync --init REMOTE first", directory.path)) }
        guard try isOwnRepository() else {
            throw CLIError(tr("{0} is a git repository that tagih did not make; tagih syncs only a repository of the book's own (see tagih sync --init --adopt)", directory.path))
        }
        let foreign = try foreignChanges()
        guard foreign.isEmpty else {
            throw CLIError(tr("the data directory has changes tagih did not make: {0}; commit, move or remove them, then sync again", foreign.prefix(5).joined(separator: ", ")))
        }
        var outcome = Outcome()
        let id = try identity()
        // Files git writes get its default modes: keep the book private, whatever happens.
        defer { restrictModes() }
        if FileManager.default.fileExists(atPath: directory.path + "/" + ownJournal) {
            // Under the write lock, so that no save is half-way through a line.
            try BookStore.holdingWriteLock(directory) {
                let paths = [ownJournal, ".gitignore"].filter { FileManager.default.fileExists(atPath: directory.path + "/" + $0) }
                try git(["add", "--"] + paths)
            }
            let staged = try git(["diff", "--cached", "--numstat"]).out
            if !staged.isEmpty {
                outcome.sent = GitSync.addedLines(staged)[ownJournal] ?? 0
                try git(id + ["commit", "-q", "-m", "tagih: \(device)"])
            }
        }
        // What arrives is what the pull adds after this commit (git's empty tree when there is none yet).
        let head = try git(["rev-parse", "--verify", "-q", "HEAD"], allowFailure: true)
        let before = head.status == 0 ? head.out.trimmingCharacters(in: .whitespacesAndNewlines) : "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        try reach()
        // A teammate may push between our pull and our push: pull again and retry, a few times.
        for attempt in 1...3 {
            let heads = try git(["ls-remote", "--heads", "origin"]).out
            if heads.contains("refs/heads/main") {
                try git(["fetch", "-q", "origin", "main:refs/remotes/origin/main"])
                try checkOwnJournalOnRemote()
                try merge(identity: id)
            }
            let push = try git(["push", "-q", "-u", "origin", "HEAD:main"], allowFailure: true)
            if push.status == 0 { break }
            if attempt == 3 { throw CLIError(tr("git push failed: {0}", GitSync.gist(push.err + "\n" + push.out))) }
        }
        for (path, n) in GitSync.addedLines(try git(["diff", "--numstat", before, "HEAD", "--", "journal"]).out)
        where path != ownJournal && n > 0 { outcome.received[path] = n }
        return outcome
    }

    /// Lines added per file in `git diff --numstat` output (one line of a journal is one save).
    static func addedLines(_ numstat: String) -> [String: Int] {
        var added: [String: Int] = [:]
        for line in numstat.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 2)
            if parts.count == 3, let n = Int(parts[0]) { added[String(parts[2])] = n }
        }
        return added
    }

    func restrictModes() {
        let fm = FileManager.default
        try? fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
        try? fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.journalDirectory)
        for name in (try? fm.contentsOfDirectory(atPath: directory.journalDirectory)) ?? [] {
            try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: directory.journalDirectory + "/" + name)
        }
    }
}

/// `tagih sync [--init REMOTE]`.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: tr("Share the book through a git remote: send this machine's journal, fetch the others'."),
        discussion: tr("Each machine commits only its own journal file, so there are never conflicts to resolve. --init REMOTE makes the data directory a git work tree of REMOTE (an empty repository, or one others already sync to)."))

    @OptionGroup var book: BookOptions
    @Option(name: .customLong("init"), help: ArgumentHelp(tr("Set the data directory up to sync with this git remote."), valueName: "remote"))
    var remote: String?
    @Flag(help: ArgumentHelp(tr("With --init: use a git repository tagih did not make (all its history goes to the remote).")))
    var adopt = false
    @Option(help: ArgumentHelp(tr("Give this machine another device name for this book (when another machine writes under the same one), then sync."), valueName: "name"))
    var renameDevice: String?

    func run() throws {
        let env = book.environment
        let dir = DataDirectory.resolve(flag: book.data, environment: env)
        if remote != nil {
            // Joining a team on a new machine: start an empty book here.
            do { try BookStore.open(dir, options: .init(device: DeviceIdentity.resolve(environment: env, directory: dir))).close() } catch {
                throw CLIError(error.description)
            }
        }
        guard FileManager.default.fileExists(atPath: dir.journalDirectory) else {
            throw CLIError(tr("no book at {0} (use --data DIR, or `tagih demo` to try it out)", dir.path))
        }
        let config: Config? = try loadConfig(env)
        var sync = GitSync(directory: dir, device: DeviceIdentity.resolve(environment: env, directory: dir),
                           user: Users.current(config: config, environment: env), environment: env)
        if let name = renameDevice {
            guard DataDirectory.isValidDevice(name), name != sync.device else {
                throw CLIError(tr("device name \"{0}\" is not usable as a file name (letters, digits, - _ . only)", name))
            }
            try sync.renameDevice(to: name)
            DeviceIdentity.remember(name, for: dir, environment: env)
            Console.err("tagih: " + (env["TAGIH_DEVICE"] == nil ? tr("this machine is now {0} for this book", name)
                                        : tr("this machine is now {0} for this book; set TAGIH_DEVICE={0} from now on", name)))
            sync = GitSync(directory: dir, device: name, user: sync.user, environment: env)
        }
        if let remote {
            for note in try sync.initialize(remote: remote, adopt: adopt) { Console.err("tagih: " + note) }
            Console.out(tr("{0} now syncs with {1}", dir.path, remote))
        }
        let outcome = try sync.sync()
        let store = try openForReading(book)
        let received = outcome.received.values.reduce(0, +)
        Console.out(tr("synced: sent {0} saves, received {1} from {2} other journal(s); the book has {3} events", outcome.sent, received,
                 outcome.received.count, store.book.eventCount))
    }
}
