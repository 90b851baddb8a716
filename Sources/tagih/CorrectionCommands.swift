import ArgumentParser
import Foundation
import TagihCore

/// `tagih reverse PAYMENT|INVOICE --reason R`: a payment that did not happen.
struct ReverseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse", abstract: tr("Reverse a payment (a bounced transfer, giro/cek tolak, entered twice, the wrong invoice)."),
        discussion: tr("Give the payment's id (or its last 8 characters, as the detail shows it), or an invoice number when that invoice has one payment. The payment stays on record, marked reversed, and the balance returns."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("The payment id, or an invoice number."))) var payment: String
    @Option(help: ArgumentHelp(tr("Why it is reversed."))) var reason: String

    func run() throws {
        let w = try CommandContext(book)
        var id = payment
        if let inv = w.book.findInvoices(payment).first {
            let list = w.book.paymentsByInvoice[inv.id] ?? []
            guard list.count == 1, let only = list.first else {
                if list.isEmpty { throw CLIError(tr("{0} has no payment to reverse", inv.number)) }
                let lines = list.map { "  \($0.id.shortID)  \($0.date.iso)  \(w.money.string($0.amount))  \($0.method)" }
                throw CLIError(tr("{0} has {1} payments; give the id of one:\n{2}", inv.number, list.count, lines.joined(separator: "\n")))
            }
            id = only.id
        }
        let c = try w.checked(ReversalInput(paymentID: id, reason: reason).validate(book: w.book, today: w.today).map { w.book.reversalEvents($0, today: w.today) }) {
            $0 == .reason ? "--reason" : "<payment>"
        }
        try w.save(c)
        guard case let .corrected(r)? = c.first, let inv = r.invoiceID.flatMap({ w.book.invoices[$0] }) else { return }
        Console.out(tr("reversed {0} on {1} ({2}); balance now {3}", w.money.string(r.amount ?? w.book.balance(inv)), inv.number, r.reason, w.money.string(w.book.balance(inv))))
        if c.count > 1 { Console.out(tr("the settlement it completed is no longer paid: its write-off is taken back")) }
    }
}

/// `tagih credit INVOICE AMOUNT --reason R`: a credit note.
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit", abstract: tr("Credit part of an invoice (after a complaint, a return): less is owed, nothing is counted as collected."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Invoice number (or id)."))) var invoice: String
    @Argument(help: ArgumentHelp(tr("The amount credited."))) var amount: String
    @Option(help: ArgumentHelp(tr("Why the client is credited."))) var reason: String

    func run() throws {
        let w = try CommandContext(book)
        let inv = try w.invoice(invoice)
        let input = CreditInput(invoiceID: inv.id, amount: amount, reason: reason)
        let c = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money).map { [EventBody.corrected($0)] }) {
            $0 == .reason ? "--reason" : $0 == .amount ? "<amount>" : "<invoice>"
        }
        try w.save(c)
        guard case let .corrected(x)? = c.first, let m = x.amount else { return }
        Console.out(tr("credited {0} on {1} ({2}); balance now {3}", w.money.string(m), inv.number, x.reason, w.money.string(w.book.balance(inv))))
    }
}

/// `tagih void INVOICE --reason R`: an invoice issued by mistake.
struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "void", abstract: tr("Void an invoice issued by mistake (it stays on record, marked void)."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Invoice number (or id)."))) var invoice: String
    @Option(help: ArgumentHelp(tr("Why it is void."))) var reason: String

    func run() throws {
        let w = try CommandContext(book)
        let inv = try w.invoice(invoice)
        let c = try w.checked(VoidInput(invoiceID: inv.id, reason: reason).validate(book: w.book, today: w.today).map { [EventBody.corrected($0)] }) {
            $0 == .reason ? "--reason" : "<invoice>"
        }
        try w.save(c)
        Console.out(tr("{0} is void ({1})", inv.number, reason))
    }
}

/// `tagih amend CONTACT|CLIENT [--note --outcome --promise]`: correcting a logged contact.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend", abstract: tr("Amend a logged contact's note, outcome or promise (the earlier version is kept)."),
        discussion: tr("Give the contact's id (or its last 8 characters), or a client to amend the last contact logged with it."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("The contact id, or a client."))) var contact: String
    @Option(help: ArgumentHelp(tr("The corrected note."))) var note: String?
    @Option(help: ArgumentHelp(tr("The corrected outcome."))) var outcome: String?
    @Option(help: ArgumentHelp(tr("The corrected promise, AMOUNT@DATE, or none."))) var promise: String?
    @Option(help: ArgumentHelp(tr("Why it is amended."))) var reason = ""

    func run() throws {
        let w = try CommandContext(book)
        var id = contact
        let direct = w.book.interactionsByClient.values.contains { $0.contains { $0.id == contact || (contact.count >= 6 && ($0.id.hasPrefix(contact) || $0.id.hasSuffix(contact))) } }
        if !direct {
            let c = try w.client(contact)
            guard let last = w.book.lastContact(c.id) else { throw CLIError(tr("no contact recorded with {0} yet", c.name)) }
            id = last.id
        }
        let input = AmendInput(contactID: id, notes: note, outcome: outcome, promise: promise, reason: reason)
        let c = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark).map { [EventBody.corrected($0)] }) {
            switch $0 {
            case .notes: return "--note"
            case .outcome: return "--outcome"
            case .promise: return "--promise"
            case .reason: return "--reason"
            case .contact: return "<contact>"
            case .changes: return nil
            }
        }
        try w.save(c)
        guard case let .corrected(a)? = c.first else { return }
        Console.out(tr("amended the contact of {0} with {1}", a.target.shortID, w.book.clients[a.clientID]?.name ?? a.clientID.raw))
    }
}
