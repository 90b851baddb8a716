import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih check [--repair]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: tr("Verify every journal record; --repair moves damaged ones to quarantine/."),
        discussion: tr("Exit status 0 when every record is intact, 1 when damage is found. --repair asks before changing anything (or --yes)."))

    @OptionGroup var book: BookOptions
    @Flag(help: ArgumentHelp(tr("Move damaged records into quarantine/ and rewrite the journals without them."))) var repair = false
    @Flag(help: ArgumentHelp(tr("Do not ask before repairing."))) var yes = false

    func run() throws {
        let dir = DataDirectory.resolve(flag: book.data, environment: book.environment)
        guard FileManager.default.fileExists(atPath: dir.path) else { throw CLIError(tr("no book at {0}", dir.path)) }
        let check: JournalCheck
        do { check = try JournalCheck(directory: dir) } catch { throw CLIError(error.description) }
        print(check.text, terminator: "")
        guard check.problemCount > 0 else { return }
        guard repair else { throw ExitCode(1) }
        if !yes {
            guard isatty(0) == 1 else { throw CLIError(tr("--repair needs a yes: run it in a terminal, or add --yes")) }
            print(tr("Move {0} damaged record(s) to {1} and rewrite the journals without them? [y/N]", check.problemCount, dir.quarantineDirectory) + " ", terminator: "")
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else { print(tr("nothing changed")); throw ExitCode(1) }
        }
        do {
            for q in try check.repair() { print(tr("kept {0}", q)) }
        } catch { throw CLIError(error.description) }
        print(tr("repaired: the journals now hold only intact records; nothing was deleted"))
    }
}
