import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih init`: the first run — asks for the business, who you are, the
/// default currency and the language, and writes `config.toml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: tr("Set tagih up: your business, who you are, the currency and the language (writes config.toml)."),
        discussion: tr("Asks for each answer it was not given; a config.toml that exists is kept unless --force."))
    @OptionGroup var book: BookOptions
    @Option(help: ArgumentHelp(tr("The business's name."))) var company: String?
    @Option(help: ArgumentHelp(tr("The default currency (IDR for an Indonesian locale)."))) var currency: String?
    @Option(help: ArgumentHelp(tr("en or id."))) var language: String?
    @Flag(help: ArgumentHelp(tr("Replace a config.toml that exists."))) var force = false

    func run() throws {
        let env = book.environment
        let path = Config.path(environment: env)
        if FileManager.default.fileExists(atPath: path) && !force {
            throw CLIError(tr("{0} exists; tagih config shows it, --force replaces it", path))
        }
        let start = try answers(env)
        do { try Config.write(Config.text(for: start), environment: env) } catch { throw CLIError(error.description) }
        _ = try loadConfig(env)
        Console.out(tr("wrote {0}", path))
        Console.out(tr("next: tagih import invoices FILE.csv (or tagih demo to look around first); tagih config shows every setting"))
    }

    /// Each answer from its option, else asked on the terminal with a default.
    func answers(_ env: [String: String]) throws -> Config.Start {
        let localLanguage = Language.fromEnvironment(env)
        let company = try value(company, ask: tr("Your business's name"), default: nil)
        let user = try value(book.user, ask: tr("Your name (calls and changes are recorded under it)"),
                             default: [env["TAGIH_USER"], env["USER"]].compactMap { $0 }.first { !$0.isEmpty })
        let code = try value(currency, ask: tr("Default currency"), default: localLanguage == "id" ? "IDR" : "USD").uppercased()
        guard let cur = Currency(code: code) else { throw CLIError(tr("--currency: unknown currency {0}", code)) }
        let lang = try value(language, ask: tr("Language (en or id)"), default: localLanguage)
        guard ["en", "id"].contains(lang) else { throw CLIError(tr("--language: en or id")) }
        return Config.Start(company: CleanText.line(company), user: CleanText.line(user), currency: cur, language: lang)
    }

    /// `given`, else a line read after the question (empty takes `default`).
    func value(_ given: String?, ask question: String, default fallback: String?) throws -> String {
        if let g = given?.trimmingCharacters(in: .whitespaces), !g.isEmpty { return g }
        Console.out(question + (fallback.map { " [\($0)]" } ?? "") + ": ", terminator: "")
        let typed = (readLine() ?? "").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty { return typed }
        if let f = fallback, !f.isEmpty { return f }
        throw CLIError(tr("{0}: an answer is needed", question))
    }
}
