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
        let badSnapshots = check.snapshots.filter { $0.kind != .good }.count
        guard check.problemCount > 0 || badSnapshots > 0 else { return }
        guard repair else {
            if check.problemCount > 0 || check.damagedSnapshots > 0 { throw ExitCode(1) }
            return
        }
        if !yes {
            guard isatty(0) == 1 else { throw CLIError(tr("--repair needs a yes: run it in a terminal, or add --yes")) }
            if check.problemCount > 0 {
                print(tr("Move {0} damaged record(s) to {1} and rewrite the journals without them? [y/N]", check.problemCount, dir.quarantineDirectory) + " ", terminator: "")
            } else {
                print(tr("Move {0} unusable snapshot(s) to {1} and rebuild from the journals? [y/N]", badSnapshots, dir.quarantineDirectory) + " ", terminator: "")
            }
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else { print(tr("nothing changed")); throw ExitCode(1) }
        }
        do {
            if check.problemCount > 0 {
                for q in try check.repair() { print(tr("kept {0}", q)) }
                print(tr("repaired: the journals now hold only intact records; nothing was deleted"))
            }
            // After a journal repair every snapshot is out of step: check again.
            let again = check.problemCount > 0 ? try JournalCheck(directory: dir) : check
            for q in try again.repairSnapshots(device: DeviceIdentity.resolve(environment: book.environment)) { print(tr("kept {0}", q)) }
            if again.snapshots.contains(where: { $0.kind != .good }) { print(tr("snapshot rebuilt from the journals")) }
        } catch { throw CLIError(String(describing: error)) }
    }
}
