import ArgumentParser
import Foundation
import TagihStore

/// `tagih check [--repair]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Verify every journal record; --repair moves damaged ones to quarantine/.",
        discussion: "Exit status 0 when every record is intact, 1 when damage is found. --repair asks before changing anything (or --yes).")

    @OptionGroup var book: BookOptions
    @Flag(help: "Move damaged records into quarantine/ and rewrite the journals without them.") var repair = false
    @Flag(help: "Do not ask before repairing.") var yes = false

    func run() throws {
        let dir = DataDirectory.resolve(flag: book.data, environment: book.environment)
        guard FileManager.default.fileExists(atPath: dir.path) else { throw CLIError("no book at \(dir.path)") }
        let check: JournalCheck
        do { check = try JournalCheck(directory: dir) } catch { throw CLIError(error.description) }
        print(check.text, terminator: "")
        guard check.problemCount > 0 else { return }
        guard repair else { throw ExitCode(1) }
        if !yes {
            guard isatty(0) == 1 else { throw CLIError("--repair needs a yes: run it in a terminal, or add --yes") }
            print("Move \(check.problemCount) damaged record(s) to \(dir.quarantineDirectory) and rewrite the journals without them? [y/N] ", terminator: "")
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else { print("nothing changed"); throw ExitCode(1) }
        }
        do {
            for q in try check.repair() { print("kept \(q)") }
        } catch { throw CLIError(error.description) }
        print("repaired: the journals now hold only intact records; nothing was deleted")
    }
}
