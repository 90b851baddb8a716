import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih assign CLIENT OWNER`: who in the team looks after a client.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: tr("Give a client an owner: it then appears in that person's queue (m on the Today screen, tagih queue --owner)."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("The owner's name, as in their user = setting."))) var owner: String

    func run() throws {
        let w = try WorkflowContext(book)
        var c = try w.client(client)
        let name = owner.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw CLIError(tr("give the owner's name")) }
        if c.owner == name {
            Console.out(tr("{0} is already owned by {1}", c.name, name))
            return
        }
        let before = c.owner
        c.owner = name
        try w.save([.clientRecorded(c)])
        Console.out(before.map { tr("{0}: owner {1} (was {2})", c.name, name, $0) } ?? tr("{0}: owner {1}", c.name, name))
    }
}
