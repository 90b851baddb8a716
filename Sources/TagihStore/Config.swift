import Foundation
import TagihCore

/// The user's settings from `$XDG_CONFIG_HOME/tagih/config.toml`.
///
/// ```toml
/// user = "Rina"
/// [policy]
/// min_days_between_contacts = 7
/// cadence = [7, 10]
/// max_contacts_per_30_days = 4
/// ladder = ["friendly", "firm", "final"]
/// escalate_after_reminders = 3
/// aging_buckets = [30, 60, 90, 120]
/// [rights]
/// preset = "eu"            # none, eu, uk
/// reference_rate = 2.15    # percent a year
/// ```
public struct Config: Sendable, Equatable {
    public var user: String?
    public var policy = Policy()
    /// The theme's name (`theme =`), shipped or in `$XDG_CONFIG_HOME/tagih/themes/`.
    public var theme: String?
    /// `language = "en"` or `"id"`; nil follows `LANG`.
    public var language: String?
    /// Mouse support (on unless `mouse = false`).
    public var mouse = true
    /// Key overrides from `[keys.CONTEXT]`: context, action, key names, line.
    public var keyOverrides: [KeyOverride] = []
    /// The business's name (`company =`), for letters and reports.
    public var company: String?
    /// The currency of amounts typed or imported without one (`currency = "IDR"`).
    public var currency: Currency?
    /// The line of `config.toml` each setting was read from, by `section.key` (`user`, `policy.cadence`).
    public var lines: [String: Int] = [:]

    /// One `action = "key"` line of a `[keys.CONTEXT]` section.
    public struct KeyOverride: Sendable, Equatable {
        public let context: String
        public let action: String
        public let keys: [String]
        public let line: Int
    }

    public init() {}

    /// Where the config lives: `$XDG_CONFIG_HOME/tagih/config.toml`, else `~/.config/tagih/config.toml`.
    public static func path(environment: [String: String]) -> String {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/tagih/config.toml" }
        return (environment["HOME"] ?? ".") + "/.config/tagih/config.toml"
    }

    /// Reads the config file; a missing file gives the defaults.
    public static func load(environment: [String: String]) throws(ConfigError) -> Config {
        let p = path(environment: environment)
        guard let data = FileManager.default.contents(atPath: p) else { return Config() }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: p, line: 1, message: tr("the file is not UTF-8 text"))
        }
        return try parse(text, file: p)
    }

    static let known: [String: Set<String>] = [
        "": ["user", "theme", "language", "mouse", "company", "currency"],
        "policy": ["min_days_between_contacts", "cadence", "max_contacts_per_30_days", "ladder",
                   "escalate_after_reminders", "aging_buckets"],
        "rights": ["preset", "reference_rate"],
    ]

    /// Parses config text, checking every key and value.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        let doc = try TOMLLite(parsing: text, file: file)
        var c = Config()
        for section in doc.sectionOrder {
            if section.hasPrefix("keys.") {
                try readKeys(doc, section: section, file: file, into: &c)
                continue
            }
            guard let keys = known[section] else {
                let line = doc.sections[section]?.first?.entry.line ?? 1
                throw ConfigError(file: file, line: line, message: tr("unknown section [{0}] (known: {1})", section, known.keys.filter { !$0.isEmpty }.sorted().joined(separator: ", ")))
            }
            for (key, entry) in doc.sections[section] ?? [] {
                guard keys.contains(key) else {
                    throw ConfigError(file: file, line: entry.line,
                                      message: section.isEmpty ? tr("unknown key {0} (known: {1})", key, keys.sorted().joined(separator: ", "))
                                          : tr("unknown key {0} in [{1}] (known: {2})", key, section, keys.sorted().joined(separator: ", ")))
                }
                try read(entry, key: key, section: section, file: file, into: &c)
                c.lines[section.isEmpty ? key : section + "." + key] = entry.line
            }
        }
        return c
    }

    /// A `[keys.CONTEXT]` section: each action's key or keys.
    private static func readKeys(_ doc: TOMLLite, section: String, file: String, into c: inout Config) throws(ConfigError) {
        let context = String(section.dropFirst(5))
        for (key, entry) in doc.entries(section) {
            switch entry.value {
            case let .string(k): c.keyOverrides.append(KeyOverride(context: context, action: key, keys: [k], line: entry.line))
            case let .array(items):
                var names: [String] = []
                for v in items {
                    guard case let .string(k) = v else { throw ConfigError(file: file, line: entry.line, message: tr("{0}: keys are names in quotes", key)) }
                    names.append(k)
                }
                c.keyOverrides.append(KeyOverride(context: context, action: key, keys: names, line: entry.line))
            default: throw ConfigError(file: file, line: entry.line, message: tr("{0}: write the key in quotes, e.g. \"C\" or [\"C\", \"F5\"]", key))
            }
        }
    }

    /// One known key's value, checked and put in its place.
    private static func read(_ entry: TOMLLite.Entry, key: String, section: String, file: String, into c: inout Config) throws(ConfigError) {
        func fail(_ m: String) -> ConfigError { ConfigError(file: file, line: entry.line, message: "\(key): \(m)") }
        func int(_ range: ClosedRange<Int>) throws(ConfigError) -> Int {
            guard case let .integer(i) = entry.value else { throw fail(tr("expected a whole number")) }
            guard range.contains(i) else { throw fail(tr("{0} is out of range ({1}–{2})", i, range.lowerBound, range.upperBound)) }
            return i
        }
        func ints() throws(ConfigError) -> [Int] {
            guard case let .array(items) = entry.value else { throw fail(tr("expected a list of numbers like [7, 10]")) }
            var out: [Int] = []
            for v in items { guard case let .integer(i) = v else { throw fail(tr("expected whole numbers")) }; out.append(i) }
            return out
        }
        switch (section, key) {
        case ("", "user"):
            guard case let .string(s) = entry.value, !s.trimmed.isEmpty else { throw fail(tr("expected a name in quotes")) }
            c.user = s
        case ("", "theme"):
            guard case let .string(s) = entry.value, !s.trimmed.isEmpty else { throw fail(tr("expected a theme name in quotes")) }
            c.theme = s
        case ("", "language"):
            guard case let .string(s) = entry.value, ["en", "id"].contains(s) else { throw fail(tr("expected \"en\" or \"id\"")) }
            c.language = s
        case ("", "company"):
            guard case let .string(s) = entry.value, !s.trimmed.isEmpty else { throw fail(tr("expected a name in quotes")) }
            c.company = s
        case ("", "currency"):
            guard case let .string(s) = entry.value, let cur = Currency(code: s.uppercased()) else {
                throw fail(tr("expected a currency code in quotes, e.g. \"IDR\""))
            }
            c.currency = cur
        case ("", "mouse"):
            guard case let .bool(b) = entry.value else { throw fail(tr("expected true or false")) }
            c.mouse = b
        case (_, "min_days_between_contacts"): c.policy.minDaysBetweenContacts = try int(0...365)
        case (_, "max_contacts_per_30_days"): c.policy.maxContactsPer30Days = try int(1...100)
        case (_, "escalate_after_reminders"): c.policy.escalateAfterReminders = try int(1...20)
        case (_, "cadence"):
            let v = try ints()
            guard v.count == 2, v[0] >= 1, v[0] <= v[1], v[1] <= 365 else { throw fail(tr("expected [low, high] days, e.g. [7, 10]")) }
            c.policy.cadence = v[0]...v[1]
        case (_, "aging_buckets"):
            let v = try ints()
            guard !v.isEmpty, v.count <= 8, v.first! >= 1, zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw fail(tr("expected rising day counts, e.g. [30, 60, 90, 120]"))
            }
            c.policy.buckets = AgingBuckets(edges: v)
        case (_, "ladder"):
            guard case let .array(items) = entry.value, !items.isEmpty else { throw fail(tr("expected a list of names")) }
            var names: [String] = []
            for v in items { guard case let .string(s) = v, !s.isEmpty else { throw fail(tr("expected names in quotes")) }; names.append(s) }
            c.policy.ladder = names
        case ("rights", "preset"):
            guard case let .string(s) = entry.value, let p = RightsPreset(rawValue: s) else {
                throw fail(tr("expected one of {0}", RightsPreset.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")))
            }
            c.policy.rights = p
        case ("rights", "reference_rate"):
            let pct: Double
            switch entry.value {
            case let .integer(i): pct = Double(i)
            case let .decimal(d): pct = d
            default: throw fail(tr("expected a percentage like 2.15"))
            }
            guard (-5...50).contains(pct) else { throw fail(tr("{0}% is out of range", pct)) }
            c.policy.referenceRateBasisPoints = Int((pct * 100).rounded())
        default: break
        }
    }
}
