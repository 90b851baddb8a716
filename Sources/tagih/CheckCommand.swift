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
    @Option(help: ArgumentHelp(tr("text or json."))) var format: OutputFormat = .text

    func run() throws {
        let env = book.environment
        let dir = DataDirectory.resolve(flag: book.data, environment: env)
        do { try DataDirectory.checkUsable(dir) } catch { throw CLIError(error.description) }
        guard FileManager.default.fileExists(atPath: dir.journalDirectory) else { throw CLIError(tr("no book at {0}", dir.path)) }
        let device = DeviceIdentity.resolve(environment: env, directory: dir)
        let check: JournalCheck
        do { check = try JournalCheck(directory: dir, device: device) } catch { throw CLIError(error.description) }
        if format == .json {
            guard !repair else { throw CLIError(tr("--format json reports; repair with the text output")) }
            Console.out(JSONOutput.check(check))
            if !check.isClean || check.damagedSnapshots > 0 { throw ExitCode(1) }
            return
        }
        Console.out(check.text, terminator: "")
        let badSnapshots = check.snapshots.filter { $0.kind != .good }.count
        guard !check.isClean || badSnapshots > 0 else { return }
        guard repair else {
            if !check.isClean || check.damagedSnapshots > 0 { throw ExitCode(1) }
            return
        }
        guard check.repairableCount > 0 || badSnapshots > 0 else {
            Console.out(tr("nothing here that --repair may change: damage in another device's journal is left as it is"))
            throw ExitCode(1)
        }
        if !yes {
            guard isatty(0) == 1 else { throw CLIError(tr("--repair needs a yes: run it in a terminal, or add --yes")) }
            if check.repairableCount > 0 {
                Console.out(trn("Move {0} damaged record to {1} and rewrite the journals without it? [y/N]", "Move {0} damaged records to {1} and rewrite the journals without them? [y/N]", check.repairableCount, dir.quarantineDirectory) + " ", terminator: "")
            } else {
                Console.out(trn("Move {0} unusable snapshot to {1} and rebuild from the journals? [y/N]", "Move {0} unusable snapshots to {1} and rebuild from the journals? [y/N]", badSnapshots, dir.quarantineDirectory) + " ", terminator: "")
            }
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else { Console.out(tr("nothing changed")); throw ExitCode(1) }
        }
        do {
            if check.repairableCount > 0 {
                for q in try check.repair() { Console.out(tr("kept {0}", q)) }
                Console.out(tr("repaired: this device's journal now holds only intact records; nothing was deleted"))
            }
            // After a journal repair every snapshot is out of step: check again.
            let again = check.repairableCount > 0 ? try JournalCheck(directory: dir, device: device) : check
            for q in try again.repairSnapshots() { Console.out(tr("kept {0}", q)) }
            if again.snapshots.contains(where: { $0.kind != .good }) { Console.out(tr("snapshot rebuilt from the journals")) }
            if again.problemCount > 0 || again.leftOutCount > 0 || !again.conflicts.isEmpty { throw ExitCode(1) }
        } catch let e as StoreError { throw CLIError(e.description) }
    }
}
