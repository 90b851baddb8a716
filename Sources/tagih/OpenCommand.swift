import ArgumentParser
import Foundation
import NcursesTerminal
import TagihApp
import TagihCore
import TagihRun
import TagihStore

/// `tagih` / `tagih open`: the interactive app on a book.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: tr("Open the book (the default)."))

    @OptionGroup var book: BookOptions

    @Flag(name: .long, help: ArgumentHelp(tr("Open without changing anything on disk.")))
    var readOnly = false

    func run() throws {
        let env = book.environment
        let dir = DataDirectory.resolve(flag: book.data, environment: env)
        let today = try Clock.today(forced: book.today, environment: env)
        let fixed = book.today != nil || !(env["TAGIH_TODAY"] ?? "").isEmpty
        MainActor.assumeIsolated {
            AppLauncher.launch(directory: dir, today: today, todayIsFixed: fixed, readOnly: readOnly, environment: env, themeName: book.theme)
        }
    }
}

/// Opens a store and runs the app on the real terminal; shared by `open` and `demo`.
enum AppLauncher {
    @MainActor
    static func launch(directory: DataDirectory, today: CivilDate, todayIsFixed: Bool, readOnly: Bool,
                       environment: [String: String], themeName: String? = nil, afterExit: String? = nil) {
        let config: Config
        do { config = try Config.load(environment: environment) } catch { fail(error.description) }
        let device = DeviceIdentity.resolve(environment: environment, directory: directory)
        let store: BookStore
        do {
            store = try BookStore.open(directory, options: .init(device: device, readOnly: readOnly, session: true,
                                                                  useSnapshot: BookOptions.useSnapshot(environment)))
        } catch {
            fail(error.description)
        }
        let monochrome = !(environment["NO_COLOR"] ?? "").isEmpty
        var chosen = Theme.dark
        if let name = themeName ?? config.theme {
            do { chosen = try ThemeLoader.load(name, environment: environment) } catch { fail(String(describing: error)) }
        }
        let keymap: Keymap
        do { keymap = try KeymapOverrides.apply(config.keyOverrides, file: Config.path(environment: environment)) } catch { fail(String(describing: error)) }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(monochrome: monochrome, environment: environment, mouse: config.mouse)
        } catch {
            fail(String(describing: error))
        }
        let theme = terminal.colorCount < 8 ? Theme.mono : chosen
        let state = AppSetup.initialState(store: store, today: today, size: terminal.size, config: config, environment: environment)
        let edges = AppRunner.Edges(
            clock: SystemClock(), todayFollowsClock: !todayIsFixed,
            editExternally: { text, terminal in
                ExternalEditor.edit(text, directory: store.directory.path + "/drafts", environment: environment, terminal: terminal)
            },
            stopRequested: { SignalWatch.terminationRequested }, snapshotThreshold: BookOptions.snapshotThreshold)
        let runner = AppRunner(terminal: terminal, store: store, state: state, theme: theme, keymap: keymap, edges: edges)
        SignalWatch.install()
        runner.run()
        terminal.shutdown()
        store.refreshSnapshot(minimumNewEvents: BookOptions.snapshotThreshold)
        store.close()
        warn(store.warnings)
        if let afterExit { Console.out(afterExit) }
    }
}
