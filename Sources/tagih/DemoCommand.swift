import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih demo`: the app on a generated demo book.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("Open the app on a demo book (in a new temporary directory unless --data is given)."))

    @OptionGroup var book: BookOptions

    @Flag(name: .long, help: ArgumentHelp(tr("Write the demo book and exit without opening the app.")))
    var noOpen = false

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let dir: DataDirectory
        if let path = book.data {
            dir = DataDirectory(path: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                if !isFolder.boolValue || !entries.isEmpty {
                    throw CLIError(tr("{0} is not empty; the demo is written only into a new or empty directory", path))
                }
            }
        } else {
            let base = (env["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/tagih-demo-XXXXXX"
            var template = Array(base.utf8CString)
            guard let made = mkdtemp(&template) else { throw CLIError(tr("cannot create a temporary directory in {0}", base)) }
            dir = DataDirectory(path: String(cString: made))
        }
        let device = DeviceIdentity.resolve(environment: env, directory: dir)
        do {
            let store = try BookStore.open(dir, options: .init(device: device))
            try store.append(DemoBook.events(today: today))
            store.close()
        } catch {
            throw CLIError(error.description)
        }
        if noOpen {
            Console.out(dir.path)
            return
        }
        let fixed = book.today != nil || !(env["TAGIH_TODAY"] ?? "").isEmpty
        MainActor.assumeIsolated {
            AppLauncher.launch(directory: dir, today: today, todayIsFixed: fixed, readOnly: false, environment: env, themeName: book.theme,
                               afterExit: book.data == nil ? tr("The demo book is kept in {0}", dir.path) : nil)
        }
    }
}
