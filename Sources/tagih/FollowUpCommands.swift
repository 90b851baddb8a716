import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih snooze CLIENT DATE`.
struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snooze", abstract: tr("Move a client's next follow-up to a date."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("YYYY-MM-DD, +7, tomorrow."))) var date: String
    @Option(help: ArgumentHelp(tr("Why."))) var note = ""

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        let events = try w.checked(SnoozeInput(clientID: c.id, until: date, note: note).validate(book: w.book, today: w.today)) {
            $0 == .until ? "date" : nil
        }
        try w.save(events)
        if case let .followUpScheduled(s)? = events.first { Console.out(tr("{0}: next follow-up {1}", c.name, s.date.iso)) }
    }
}

/// `tagih reason CLIENT REASON`.
struct ReasonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reason", abstract: tr("Record why a client does not pay: forgot, hardship, admin, dispute, unknown."),
        discussion: tr("A dispute pauses chasing for the invoice (or all the client's invoices) until another reason is recorded."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("forgot, hardship, admin, dispute or unknown."))) var reason: String
    @Option(help: ArgumentHelp(tr("An invoice number, when the reason is about one invoice."))) var invoice: String?
    @Option(help: ArgumentHelp(tr("What they said."))) var note = ""

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        guard let r = NonPaymentReason(name: reason) else {
            throw CLIError(tr("\"{0}\" is not one of forgot, hardship, admin, dispute, unknown", reason))
        }
        let input = ReasonInput(clientID: c.id, reason: r, invoice: invoice ?? "", note: note)
        try w.save(try w.checked(input.validate(book: w.book)) { $0 == .invoice ? "--invoice" : nil })
        Console.out(invoice.map { tr("{0}: {1} for {2}", c.name, r.localizedLabel, $0) } ?? "\(c.name): \(r.localizedLabel)")
    }
}

/// `tagih remind CLIENT`: records a reminder on the ladder.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remind", abstract: tr("Record a reminder sent (the next rung of the ladder unless --level)."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("Ladder level (1 friendly, 2 firm, 3 final)."))) var level: Int?
    @Option(help: ArgumentHelp(tr("A copy of the text sent."))) var text = ""
    @Flag(help: ArgumentHelp(tr("Send even though the contact-frequency guard warns (recorded)."))) var force = false

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        let override = try w.guardContact(c, force: force)
        let input = ReminderInput(clientID: c.id, level: level, text: text, guardOverride: override)
        let escalates = input.escalates(book: w.book, today: w.today, policy: w.policy)
        let l = input.rung(book: w.book, today: w.today, policy: w.policy)
        try w.save(try w.checked(input.validate(book: w.book, today: w.today, policy: w.policy)) { $0 == .level ? "--level" : nil })
        Console.out(tr("{0}: reminder {1} ({2}) recorded", c.name, l, w.policy.ladderName(l)))
        if escalates {
            Console.out(c.owner.map { tr("escalated to {0}: they now see {1} in their queue (tagih queue --owner {0})", $0, c.name) }
                  ?? tr("escalated to the owner: they now see {0} in their queue (tagih queue --owner NAME)", c.name))
        }
    }
}
