import ArgumentParser
import Foundation
import TagihCore

/// The `tagih` command line.
@main
struct Tagih: ParsableCommand {
    static let version = "0.1.0"

    /// Runs the command line in the language of config or `LANG`, with the
    /// parser's own phrases (headings, errors) translated too. The language is
    /// a value bound for the whole command: its parsing, its output, its errors.
    static func main() {
        Catalog.with(language: Language.forProcess(ProcessInfo.processInfo.environment)) {
            do {
                var command = try parseAsRoot()
                try command.run()
            } catch {
                let code = exitCode(for: error)
                let text = ParserPhrases.translate(fullMessage(for: error))
                if code == .success {
                    if !text.isEmpty { Console.out(text) }
                } else {
                    Console.err(text)
                }
                Foundation.exit(code.rawValue)
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "tagih",
        abstract: tr("Collect overdue invoices: aging, whom to call today, and every call on record."),
        discussion: tr("With no subcommand, opens the book in the data directory: --data DIR, else $TAGIH_DATA, else $XDG_DATA_HOME/tagih (~/.local/share/tagih)."),
        version: version,
        subcommands: [OpenCommand.self, DemoCommand.self, InitCommand.self, ConfigCommand.self, AddCommand.self, EditCommand.self, SyncCommand.self, AssignCommand.self, QueueCommand.self, LogCommand.self, PayCommand.self,
                      SnoozeCommand.self, ReasonCommand.self, PlanCommand.self, OfferCommand.self, RemindCommand.self,
                      EscalateCommand.self, WriteOffCommand.self, ReverseCommand.self, CreditCommand.self, VoidCommand.self, AmendCommand.self, ImportCommand.self, ExportCommand.self, StatementCommand.self, LetterCommand.self,
                      CaseFileCommand.self, CheckCommand.self, ReportCommand.self, ThemesCommand.self, BenchCommand.self, KeysCommand.self, DebugCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

/// Options every command that reads a book shares.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("The data directory."), valueName: "dir"))
    var data: String?

    @Option(name: .long, help: .hidden)
    var today: String?

    @Option(name: .long, help: ArgumentHelp(tr("Theme: default, light, high-contrast, solarized-dark, mono, or your own."), valueName: "name"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp(tr("Who you are, recorded with every change (default: user = in config, else $TAGIH_USER, else $USER)."), valueName: "name"))
    var user: String?

    /// The process environment, with `--user` passed on to whoever asks `Users.current`.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        if let user, !user.isEmpty { env[Users.flagKey] = user }
        return env
    }

    /// Events read from the journals (beyond the snapshot) that make writing
    /// a new snapshot worth it.
    static let snapshotThreshold = 2000

    /// Start from a snapshot unless `TAGIH_SNAPSHOT=off` (to compare, or to rule it out).
    static func useSnapshot(_ environment: [String: String]) -> Bool { environment["TAGIH_SNAPSHOT"] != "off" }
}

/// Prints a one-line error to stderr and exits with status 1 (not a crash).
func fail(_ message: String) -> Never {
    Console.err("tagih: " + message)
    Foundation.exit(1)
}
