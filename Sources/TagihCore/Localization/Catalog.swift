import Foundation
import Synchronization

/// Sentences for people — messages, errors, help — in English and Bahasa Indonesia.
///
/// The English sentence is the key (the way gettext does it), with `{0}`,
/// `{1}` standing for values. Call `tr` with the sentence and its values where one is
/// built; the Indonesian tables (`Catalog+Indonesian*.swift`) hold one entry
/// per key. A test reads every call of `tr` in `Sources/` and fails when a
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
        let s = language == "id" ? (indonesian[english] ?? english) : english
        guard !args.isEmpty else { return s }
        return fill(s, args.map(\.description))
    }

    /// `template` with each `{n}` replaced by `values[n]`, in one pass, so a
    /// value that itself contains `{1}` is left as it is.
    static func fill(_ template: String, _ values: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            if after < rest.endIndex, let digit = rest[after].wholeNumberValue, digit < values.count {
                let close = rest.index(after: after)
                if close < rest.endIndex, rest[close] == "}" {
                    out += values[digit]
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            out.append("{")
            rest = rest[after...]
        }
        return out + rest
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
