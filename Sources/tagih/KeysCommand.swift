import ArgumentParser
import TagihApp
import TagihCore

/// `tagih keys`: the key table, as in the README.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: tr("Print every key binding as a Markdown table."))

    func run() {
        Console.out(Keymap.standard.markdownTable(Strings(language: Catalog.language)), terminator: "")
    }
}
