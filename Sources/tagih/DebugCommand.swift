import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// Hidden helpers for the fault-injection tests.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug", abstract: "Internal test helpers.", shouldDisplay: false,
        subcommands: [AppendLoop.self, HoldLock.self])

    /// Opens the book as an interactive session would and waits to be killed.
    struct HoldLock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hold-lock")
        @OptionGroup var book: BookOptions

        func run() throws {
            let env = book.environment
            let dir = DataDirectory.resolve(flag: book.data, environment: env)
            let store: BookStore
            do { store = try BookStore.open(dir, options: .init(device: DeviceIdentity.resolve(environment: env, directory: dir), session: true)) }
            catch { throw CLIError(error.description) }
            FileHandle.standardOutput.write(Data("holding\n".utf8))
            withExtendedLifetime(store) { while true { sleep(60) } }
        }
    }

    /// Appends one client record per iteration and prints `ack N` after each
    /// save is on disk, so a test can kill it at any moment and check that
    /// every acknowledged save survived.
    struct AppendLoop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "append-loop")

        @OptionGroup var book: BookOptions
        @Option var count = 1000
        @Option var tag = "w"

        func run() throws {
            let env = book.environment
            let dir = DataDirectory.resolve(flag: book.data, environment: env)
            let store: BookStore
            do { store = try BookStore.open(dir, options: .init(device: DeviceIdentity.resolve(environment: env, directory: dir))) }
            catch { throw CLIError(error.description) }
            for i in 1...count {
                let c = Client(id: ClientID("\(tag)-\(i)"), name: "Client \(tag) \(i)")
                do {
                    try store.append([PendingEvent(at: Clock.now(), author: "test", body: .clientRecorded(c))])
                } catch {
                    throw CLIError(error.description)
                }
                FileHandle.standardOutput.write(Data("ack \(tag)-\(i)\n".utf8))
            }
        }
    }
}
