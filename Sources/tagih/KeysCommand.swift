import ArgumentParser
import TagihApp

/// `tagih keys`: the key table, as in the README.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print every key binding as a Markdown table.")

    func run() {
        print(Keymap.standard.markdownTable(), terminator: "")
    }
}
