import Foundation

/// Sentences for people — messages, errors, help, screens — in English and Bahasa Indonesia.
///
/// The English sentence is the key (the way gettext does it), with `{0}`,
/// `{1}` standing for values. The translations live in `po/id.po`, a gettext
/// PO file a translator edits with any PO tool (message contexts tell apart
/// the senses of one English text, plural forms the counts); the binary
/// carries it through `EmbeddedPO` (scripts/embed-po). A test reads every
/// sentence in `Sources/` and fails when one has no translation, when the
/// values (`{0}`…) differ, or when the embedded copy is not the file.
public enum Catalog {
    /// The languages tagih speaks.
    public static let languages = ["en", "id"]

    /// The language the command line is speaking in: a value bound for the
    /// length of one command (`with(language:)`, which `tagih` does around
    /// parsing and running it), English outside any. Not a setting anyone can
    /// change underneath: the app does not read it at all (its language is
    /// in its state), and work handed to other threads takes it along
    /// (`ParallelSlots`, the journal scan and the snapshot reader bind it again).
    @TaskLocal public static var language: String = "en"

    /// A message's key: its context (nil for none) and its English text.
    struct Key: Hashable {
        let context: String?
        let english: String
    }

    /// The Indonesian messages of `po/id.po`, by context and English text.
    static let indonesianMessages: [Key: PortableObject.Message] = {
        guard let text = EmbeddedPO.files["id"], let po = try? PortableObject(parsing: text) else { return [:] }
        var all: [Key: PortableObject.Message] = [:]
        for m in po.messages { all[Key(context: m.context, english: m.id)] = m }
        return all
    }()

    /// Every Indonesian sentence without a context, keyed by its English original.
    public static let indonesian: [String: String] = {
        var all: [String: String] = [:]
        for (k, m) in indonesianMessages where k.context == nil { all[k.english] = m.strings[0] }
        return all
    }()

    /// `english` in `language` (in the sense `context` names, when one does), with `{0}`, `{1}` … replaced by `args`.
    public static func translate(_ english: String, context: String? = nil, language: String, _ args: [any CustomStringConvertible]) -> String {
        let s = language == "id" ? (indonesianMessages[Key(context: context, english: english)]?.strings[0] ?? english) : english
        guard !args.isEmpty else { return s }
        return fill(s, args.map(\.description))
    }

    /// The sentence for `count` things in `language`: English takes `singular`
    /// for one and `plural` otherwise; Indonesian has one form (`1 baris`, `3 baris`).
    /// `{0}` is the count; `args` fill `{1}` on.
    public static func plural(_ singular: String, _ plural: String, count: Int, context: String? = nil, language: String,
                              _ args: [any CustomStringConvertible]) -> String {
        var s = count == 1 ? singular : plural
        if language == "id", let m = indonesianMessages[Key(context: context, english: singular)], m.plural == plural {
            s = m.strings[0]
        }
        return fill(s, [String(count)] + args.map(\.description))
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

    /// Runs `body` speaking `language` (`en` or `id`): what it says is in that language.
    public static func with<R>(language: String, _ body: () throws -> R) rethrows -> R {
        try $language.withValue(language == "id" ? "id" : "en") { try body() }
    }

}

/// `english` in the language being spoken (`Catalog.language`), with `{0}`, `{1}` … replaced by `args`.
public func tr(_ english: String, _ args: any CustomStringConvertible...) -> String {
    Catalog.translate(english, language: Catalog.language, args)
}

/// The sentence for `count` things in the command line's language (`{0}` is the count).
public func trn(_ singular: String, _ plural: String, _ count: Int, _ args: any CustomStringConvertible...) -> String {
    Catalog.plural(singular, plural, count: count, language: Catalog.language, args)
}
