#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TagihCore

extension Config {
    /// What `tagih init` asks: the business, who is using tagih, the default
    /// currency and the language.
    public struct Start: Sendable, Equatable {
        public var company: String
        public var user: String
        public var currency: Currency
        public var language: String
        public init(company: String, user: String, currency: Currency, language: String) {
            self.company = company
            self.user = user
            self.currency = currency
            self.language = language
        }
    }

    /// A first `config.toml` with `start`'s answers and the practice's
    /// settings as comments to change.
    public static func text(for start: Start) -> String {
        """
        # tagih's settings (tagih config shows each one and where it came from;
        # tagih config --check validates this file).
        company = \(quoted(start.company))
        user = \(quoted(start.user))
        currency = \(quoted(start.currency.code))
        language = \(quoted(start.language))

        [policy]
        # Days between contacts with one client, and the follow-up cadence.
        min_days_between_contacts = 7
        cadence = [7, 10]
        # The reminder ladder; after this many reminders the client goes to its owner.
        ladder = ["friendly", "firm", "final"]
        escalate_after_reminders = 3

        """
    }

    /// `s` as a TOML basic string: its escapes (`\"`, `\\`, `\n`, `\uXXXX`…)
    /// are JSON's, so the export's string writer serves.
    static func quoted(_ s: String) -> String { Exporter.jsonString(s) }

    /// Writes `text` as the config file (its folders made 0700, the file 0600),
    /// whole or not at all: a temporary file, flushed, then renamed over.
    public static func write(_ text: String, environment: [String: String]) throws(StoreIOError) {
        let path = Config.path(environment: environment)
        var folder = Substring(path)
        if let slash = folder.lastIndex(of: "/") { folder = folder[..<slash] }
        try PosixFile.makeDirectories(String(folder))
        let temp = path + ".tmp-\(getpid())"
        let fd = try PosixFile.open(temp, flags: O_WRONLY | O_TRUNC, create: true)
        do {
            try PosixFile.writeAll(fd, Array(text.utf8), path: temp)
            try PosixFile.sync(fd, path: temp)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let e = StoreIOError(path: path, operation: "rename", code: errno)
            unlink(temp)
            throw e
        }
        PosixFile.syncDirectory(String(folder))
    }
}
