import Foundation
import Synchronization

/// Sentences for people — messages, errors, help — in English and Bahasa Indonesia.
///
/// The English sentence is the key (the way gettext does it), with `{0}`,
/// `{1}` standing for values. Call `tr("…", value…)` where a sentence is
/// built; the Indonesian tables (`Catalog+Indonesian*.swift`) hold one entry
/// per key. A test reads every `tr("…")` in `Sources/` and fails when a
/// sentence exists in one language and not the other, or when the values
/// (`{0}`…) differ between the two.
///
/// The screens use `Strings` (TagihApp) instead, whose keys are an enum.
public enum Catalog {
    /// The languages tagih speaks.
    public static let languages = ["en", "id"]

    private static let current = Mutex("en")

    /// The language of this process's messages, `en` unless set at start-up.
    public static var language: String {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue == "id" ? "id" : "en" } }
    }

    /// Every Indonesian sentence, keyed by its English original.
    public static let indonesian: [String: String] = {
        var all: [String: String] = [:]
        for part in indonesianParts { all.merge(part) { first, _ in first } }
        return all
    }()

    /// `english` in `language`, with `{0}`, `{1}` … replaced by `args`.
    public static func translate(_ english: String, language: String, _ args: [any CustomStringConvertible]) -> String {
        var s = language == "id" ? (indonesian[english] ?? english) : english
        guard !args.isEmpty else { return s }
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return s
    }

    /// Runs `body` with the process's language set to `language` (for tests).
    public static func with<R>(language: String, _ body: () throws -> R) rethrows -> R {
        let saved = self.language
        self.language = language
        defer { self.language = saved }
        return try body()
    }
}

/// `english` in the process's language, with `{0}`, `{1}` … replaced by `args`.
public func tr(_ english: String, _ args: any CustomStringConvertible...) -> String {
    Catalog.translate(english, language: Catalog.language, args)
}
