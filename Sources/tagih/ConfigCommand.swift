import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih config`: the paths in use and every setting with where it came
/// from; `--check` only validates `config.toml`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: tr("Show the paths tagih uses and each setting with where it came from."),
        discussion: tr("With --check, only validate config.toml: a mistake is named with its file and line, and the exit status is 1."))
    @OptionGroup var book: BookOptions
    @Flag(help: ArgumentHelp(tr("Only check config.toml."))) var check = false

    func run() throws {
        let env = book.environment
        let path = Config.path(environment: env)
        let config = try loadConfig(env)
        let exists = FileManager.default.fileExists(atPath: path)
        if check {
            Console.out(exists ? tr("{0}: ok", path) : tr("{0} does not exist: every setting is the default", path))
            return
        }
        for line in ConfigReport(config: config, configPath: exists ? path : nil, options: book, environment: env).lines() {
            Console.out(line)
        }
    }
}

/// What `tagih config` prints: paths first, then one setting a line with its source.
struct ConfigReport {
    let config: Config
    let configPath: String?
    let options: BookOptions
    let environment: [String: String]

    /// "config.toml line 3", "$LANG", "--data", or "default".
    func source(_ key: String) -> String {
        config.lines[key].map { tr("config.toml line {0}", $0) } ?? tr("default")
    }

    func lines() -> [String] {
        let env = environment
        let dataSource = options.data.map { _ in "--data" }
            ?? (env["TAGIH_DATA"].map { $0.isEmpty ? nil : "$TAGIH_DATA" } ?? nil)
            ?? (env["XDG_DATA_HOME"].map { $0.hasPrefix("/") ? "$XDG_DATA_HOME" : nil } ?? nil) ?? tr("default")
        var out = [tr("Paths"),
                   row(tr("config"), Config.path(environment: env), configPath == nil ? tr("not written yet (tagih init)") : ""),
                   row(tr("data"), DataDirectory.resolve(flag: options.data, environment: env).path, dataSource),
                   row(tr("themes"), ThemeLoader.userDirectory(environment: env), ""),
                   row(tr("letters"), LetterTemplates.directory(environment: env), ""),
                   "", tr("Settings")]
        let userSource = env[Users.flagKey].map { _ in "--user" } ?? (config.user != nil ? source("user") : nil)
            ?? (env["TAGIH_USER"].map { $0.isEmpty ? nil : "$TAGIH_USER" } ?? nil) ?? "$USER"
        out.append(row("user", Users.current(config: config, environment: env), userSource))
        out.append(row("company", config.company ?? "—", source("company")))
        out.append(row("currency", config.currency?.code ?? "—", config.currency != nil ? source("currency") : tr("each file or command says")))
        out.append(row("language", Language.forProcess(env), config.language != nil ? source("language") : "$LANG"))
        out.append(row("theme", options.theme ?? config.theme ?? "dark", options.theme != nil ? "--theme" : source("theme")))
        out.append(row("mouse", String(config.mouse), source("mouse")))
        let p = config.policy
        out.append(row("policy.min_days_between_contacts", String(p.minDaysBetweenContacts), source("policy.min_days_between_contacts")))
        out.append(row("policy.max_contacts_per_30_days", String(p.maxContactsPer30Days), source("policy.max_contacts_per_30_days")))
        out.append(row("policy.cadence", "[\(p.cadence.lowerBound), \(p.cadence.upperBound)]", source("policy.cadence")))
        out.append(row("policy.ladder", "[" + p.ladder.map { "\"\($0)\"" }.joined(separator: ", ") + "]", source("policy.ladder")))
        out.append(row("policy.escalate_after_reminders", String(p.escalateAfterReminders), source("policy.escalate_after_reminders")))
        out.append(row("policy.aging_buckets", "[" + p.buckets.edges.map(String.init).joined(separator: ", ") + "]", source("policy.aging_buckets")))
        out.append(row("rights.preset", p.rights.rawValue, source("rights.preset")))
        out.append(row("rights.reference_rate", String(format: "%.2f", Double(p.referenceRateBasisPoints) / 100), source("rights.reference_rate")))
        for k in config.keyOverrides {
            out.append(row("keys.\(k.context).\(k.action)", k.keys.joined(separator: ", "), tr("config.toml line {0}", k.line)))
        }
        return out
    }

    /// `  name                       value   (source)`.
    private func row(_ name: String, _ value: String, _ source: String) -> String {
        "  " + name + String(repeating: " ", count: max(1, 34 - name.count)) + value + (source.isEmpty ? "" : "   (" + source + ")")
    }
}
