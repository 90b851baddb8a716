import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih escalate CLIENT` and the owner's side of the story.
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalate", abstract: tr("Hand a client to its owner salesperson, or add the owner's note."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("The owner (default: the client's owner)."))) var to: String?
    @Option(help: ArgumentHelp(tr("A note."))) var note = ""
    @Flag(help: ArgumentHelp(tr("Record the owner's side of the story (--note) instead of escalating."))) var ownerNote = false

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        let input = EscalationInput(clientID: c.id, kind: ownerNote ? .ownerNote : .escalated, owner: to ?? "", note: note)
        let events = try w.checked(input.validate(book: w.book)) { $0 == .owner ? "--to" : $0 == .note ? "--note" : nil }
        try w.save(events)
        guard case let .escalation(e)? = events.first else { return }
        Console.out(ownerNote ? tr("{0}: owner's note recorded", c.name) : tr("{0}: escalated to {1}", c.name, e.owner))
    }
}

/// `tagih assign CLIENT OWNER`: who in the team looks after a client.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: tr("Give a client an owner: it then appears in that person's queue (m on the Today screen, tagih queue --owner)."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("The owner's name, as in their user = setting."))) var owner: String

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        let events = try w.checked(AssignInput(clientID: c.id, owner: owner).validate(book: w.book)) { _ in nil }
        guard case let .clientRecorded(updated)? = events.first, let name = updated.owner else {
            Console.out(tr("{0} is already owned by {1}", c.name, c.owner ?? ""))
            return
        }
        try w.save(events)
        Console.out(c.owner.map { tr("{0}: owner {1} (was {2})", c.name, name, $0) } ?? tr("{0}: owner {1}", c.name, name))
    }
}
