import ArgumentParser
import Foundation
import TagihCore

/// `tagih add client|invoice`: entering a book by hand.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: tr("Add a client or an invoice by hand."),
                                                    subcommands: [AddClientCommand.self, AddInvoiceCommand.self])
}

/// `tagih edit client|invoice`: correcting a record; the earlier version is kept.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: tr("Change a client's or an invoice's details (the earlier version is kept)."),
                                                    subcommands: [EditClientCommand.self, EditInvoiceCommand.self])
}

/// The options a client's record is made of, shared by add and edit.
struct ClientFields: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The contact person."))) var contact: String?
    @Option(help: ArgumentHelp(tr("Phone (digits, spaces, + - ( ))."))) var phone: String?
    @Option(help: ArgumentHelp(tr("E-mail address."))) var email: String?
    @Option(help: ArgumentHelp(tr("Postal address."))) var address: String?
    @Option(help: ArgumentHelp(tr("Payment terms in days (30 for net 30)."))) var terms: String?
    @Option(help: ArgumentHelp(tr("The signed contract: a reference or a file path."))) var contract: String?
    @Option(help: ArgumentHelp(tr("The salesperson who owns the relationship."))) var owner: String?
    @Option(help: ArgumentHelp(tr("The client's currency (e.g. IDR, USD)."))) var currency: String?

    /// What was given, by the input's field.
    var values: [ClientInput.Field: String] {
        var v: [ClientInput.Field: String] = [:]
        let pairs: [(ClientInput.Field, String?)] = [(.contact, contact), (.phone, phone), (.email, email), (.address, address), (.terms, terms),
                                                     (.contract, contract), (.owner, owner), (.currency, currency)]
        for (f, x) in pairs { if let x { v[f] = x } }
        return v
    }

    /// The option a field of the input came from.
    static func flag(_ f: ClientInput.Field) -> String? { f == .name ? "<name>" : "--" + f.rawValue }
}

struct AddClientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "client", abstract: tr("Add a client."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("The client's name."))) var name: String
    @OptionGroup var fields: ClientFields

    func run() throws {
        let w = try CommandContext(book, create: true)
        var values = fields.values
        values[.name] = name
        let c = try w.checked(ClientInput(values: values).validate(book: w.book).map { [EventBody.clientRecorded($0)] }, ClientFields.flag)
        try w.save(c)
        guard case let .clientRecorded(added)? = c.first else { return }
        Console.out(tr("added client {0} ({1})", added.name, added.id))
    }
}

struct EditClientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "client", abstract: tr("Change a client's details."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("A new name."))) var name: String?
    @OptionGroup var fields: ClientFields

    func run() throws {
        let w = try CommandContext(book)
        let old = try w.client(client)
        var values = fields.values
        if let name { values[.name] = name }
        let body = try w.checked(ClientInput(clientID: old.id, values: values).validate(book: w.book).map { [EventBody.clientRecorded($0)] }) {
            $0 == .name ? "--name" : ClientFields.flag($0)
        }
        try w.save(body)
        guard case let .clientRecorded(new)? = body.first else { return }
        let changes = new.changes(from: old).map { "\($0.field): \($0.old.isEmpty ? "–" : $0.old) → \($0.new.isEmpty ? "–" : $0.new)" }
        Console.out(tr("{0}: {1}", new.name, changes.joined(separator: "; ")))
    }
}

/// The options an invoice's record is made of, shared by add and edit.
struct InvoiceFields: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The currency (default: the client's, else config's, else IDR)."))) var currency: String?
    @Option(help: ArgumentHelp(tr("Issue date: YYYY-MM-DD or today (default: today)."))) var issued: String?
    @Option(help: ArgumentHelp(tr("Due date: YYYY-MM-DD."))) var due: String?
    @Option(help: ArgumentHelp(tr("Payment terms in days: the due date is the issue date plus these (default: the client's terms)."))) var terms: String?

    var values: [InvoiceInput.Field: String] {
        var v: [InvoiceInput.Field: String] = [:]
        for (f, x) in [(InvoiceInput.Field.currency, currency), (.issued, issued), (.due, due), (.terms, terms)] { if let x { v[f] = x } }
        return v
    }

    static func flag(_ f: InvoiceInput.Field) -> String? {
        switch f {
        case .client: return "<client>"
        case .number: return "<number>"
        case .amount: return "<amount>"
        default: return "--" + f.rawValue
        }
    }
}

struct AddInvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: tr("Add an invoice for a client."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("The invoice number, as printed."))) var number: String
    @Argument(help: ArgumentHelp(tr("The amount, e.g. 1500000 or 1,500,000.00 (1.500.000,00 in Indonesian)."))) var amount: String
    @OptionGroup var fields: InvoiceFields

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        var values = fields.values
        values[.number] = number
        values[.amount] = amount
        let input = InvoiceInput(clientID: c.id, values: values)
        let body = try w.checked(input.validate(book: w.book, today: w.today, currency: w.currency, decimalMark: w.decimalMark, money: w.money)
            .map { [EventBody.invoiceIssued($0)] }, InvoiceFields.flag)
        try w.save(body)
        guard case let .invoiceIssued(inv)? = body.first else { return }
        Console.out(tr("added invoice {0} for {1}: {2}, due {3}", inv.number, c.name, w.money.string(inv.amount), inv.due.iso))
    }
}

struct EditInvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: tr("Change an invoice's amount or dates (its number stays; void it to start again)."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Invoice number (or id)."))) var invoice: String
    @Option(help: ArgumentHelp(tr("The corrected amount."))) var amount: String?
    @OptionGroup var fields: InvoiceFields

    func run() throws {
        let w = try CommandContext(book)
        let old = try w.invoice(invoice)
        var values = fields.values
        if let amount { values[.amount] = amount }
        let input = InvoiceInput(invoiceID: old.id, values: values)
        let body = try w.checked(input.validate(book: w.book, today: w.today, currency: w.currency, decimalMark: w.decimalMark, money: w.money)
            .map { [EventBody.invoiceIssued($0)] }) { $0 == .amount ? "--amount" : InvoiceFields.flag($0) }
        guard case let .invoiceIssued(new)? = body.first else { return }
        let changes = new.changes(from: old, money: w.money.string)
        if changes.isEmpty { throw CLIError(tr("{0}: nothing changes", old.number)) }
        try w.save(body)
        Console.out(tr("{0}: {1}", new.number, changes.map { "\($0.field): \($0.old) → \($0.new)" }.joined(separator: "; ")))
    }
}
