import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// `tagih log CLIENT ...`: records a contact from a script or phone system,
/// with the same events and checks as the call-notes editor.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: tr("Record a call, letter, e-mail or visit."),
        discussion: tr("CLIENT is a client id or an unambiguous part of its name (case and accents ignored). Example: tagih log \"maju jaya\" --outcome promised --promise 5000000@2026-12-05 --note \"Will pay Friday\" --duration 4m"))

    @OptionGroup var book: BookOptions
    @Option(help: ArgumentHelp(tr("What to print: text, or json (the saved record's id)."))) var format: OutputFormat = .text

    @Argument(help: ArgumentHelp(tr("Client id or part of the name.")))
    var client: String

    @Option(help: ArgumentHelp(tr("call, letter, email or visit.")))
    var kind: String = "call"

    @Option(help: ArgumentHelp(tr("reached, no-answer, voicemail, wrong-number, promised, disputed, refused, sent.")))
    var outcome: String?

    @Option(help: ArgumentHelp(tr("What was said (use \\n or quote a multi-line text).")))
    var note: String = ""

    @Option(help: ArgumentHelp(tr("A promise to pay: AMOUNT@DATE, e.g. 5000000@2026-12-05."), valueName: "amount@date"))
    var promise: String?

    @Option(help: ArgumentHelp(tr("Next follow-up: YYYY-MM-DD, +7, tomorrow (default: 7 days on)."), valueName: "date"))
    var next: String?

    @Option(help: ArgumentHelp(tr("Length of a call: 5m, 1h30m, 90s, 4:30.")))
    var duration: String?

    @Option(help: ArgumentHelp(tr("Invoice number the contact was about (default: the client's overdue invoices).")))
    var invoice: String?

    @Option(help: ArgumentHelp(tr("Who made the contact (default: $TAGIH_USER, else $USER).")))
    var by: String?

    @Option(help: ArgumentHelp(tr("For a letter: where a copy is kept.")))
    var copy: String?

    @Flag(help: ArgumentHelp(tr("Record the contact even though the contact-frequency guard warns (the override is recorded).")))
    var force = false

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForWriting(book)
        let b = store.book
        let found = b.findClients(client)
        guard found.count == 1, let c = found.first else {
            if found.isEmpty { throw CLIError(tr("no client matches \"{0}\"", client)) }
            let list = found.prefix(10).map { "  \($0.id.raw)  \($0.name)" }.joined(separator: "\n")
            throw CLIError(tr("\"{0}\" matches {1} clients; say which (by id or a longer name):\n{2}", client, found.count, list))
        }
        guard let k = InteractionKind(rawValue: kind.lowercased()) else {
            throw CLIError(tr("--kind: \"{0}\" is not one of call, letter, email, visit", kind))
        }
        var o = k.outcomes[0]
        if let text = outcome {
            guard let parsed = Outcome(name: text) else {
                throw CLIError(tr("--outcome: \"{0}\" is not one of {1}", text, Outcome.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            o = parsed
        }
        var amount = "", date = ""
        if let p = promise {
            let parts = p.split(separator: "@", maxSplits: 1)
            guard parts.count == 2 else { throw CLIError(tr("--promise: write it as AMOUNT@DATE, e.g. 5000000@2026-12-05")) }
            amount = String(parts[0]); date = String(parts[1])
            if outcome == nil { o = .promised }
            if o != .promised { throw CLIError(tr("--promise needs the outcome \"promised\" (not \"{0}\")", o.rawValue)) }
        }
        if o == .promised && promise == nil {
            throw CLIError(tr("--outcome promised needs --promise AMOUNT@DATE (what was promised, and by when)"))
        }
        var seconds: Int?
        if let d = duration {
            switch Parse.duration(d) {
            case let .success(s): seconds = s
            case let .failure(e): throw CLIError("--duration: \(e)")
            }
        }
        var invoices: [InvoiceID]
        if let number = invoice {
            let matches = b.findInvoices(number).filter { $0.clientID == c.id }
            guard let inv = matches.first else { throw CLIError(tr("--invoice: {0} has no invoice {1}", c.name, number)) }
            invoices = [inv.id]
        } else {
            invoices = b.invoices(of: c.id).filter { b.balance($0).isPositive && $0.daysLate(on: today) >= 1 }.map(\.id)
        }
        let config: Config
        do { config = try Config.load(environment: env) } catch { throw CLIError(error.description) }
        let who = by ?? Users.current(config: config, environment: env)
        var input = ContactInput(clientID: c.id, invoiceIDs: invoices, kind: k, outcome: o,
                                 notes: note.replacingOccurrences(of: "\\n", with: "\n"), promiseAmount: amount,
                                 promiseDate: date, nextFollowUp: next ?? today.adding(days: config.policy.cadence.lowerBound).iso, by: who,
                                 durationSeconds: seconds, copyPath: copy ?? "")
        input.followUpIsDefault = next == nil
        let now = Clock.now()
        let mark = Language.commandMoneyFormat(configLanguage: config.language, environment: env).decimalSeparator.first ?? "."
        switch input.validate(book: b, today: today, at: now, decimalMark: mark) {
        case let .failure(problem):
            throw CLIError(problem.message)
        case var .success(interaction):
            // The guard comes last, so mistakes in the arguments are reported first.
            if let w = b.contactWarning(c.id, today: today, policy: config.policy, zoneOffset: Clock.zoneOffset()) {
                guard force else { throw CLIError(tr("{0} Add --force to record the contact anyway (the override is recorded).", w.message)) }
                interaction.guardOverride = w.overrideNote
            }
            let saved: [Event]
            do {
                saved = try store.append([PendingEvent(at: now, author: who, body: .interactionLogged(interaction))])
            } catch { throw CLIError(error.description) }
            if format == .json { Console.out(JSONOutput.saved("log", saved)); return }
            Console.out(Self.logged(k, client: c.name, outcome: o.label, next: interaction.nextFollowUp?.iso))
        }
    }
}

extension LogCommand {
    /// "logged call with X: outcome, next follow-up DATE", one whole sentence per kind.
    static func logged(_ kind: InteractionKind, client: String, outcome: String, next: String?) -> String {
        switch (kind, next) {
        case let (.call, n?): return tr("logged call with {0}: {1}, next follow-up {2}", client, outcome, n)
        case (.call, nil): return tr("logged call with {0}: {1}", client, outcome)
        case let (.letter, n?): return tr("logged letter with {0}: {1}, next follow-up {2}", client, outcome, n)
        case (.letter, nil): return tr("logged letter with {0}: {1}", client, outcome)
        case let (.email, n?): return tr("logged email with {0}: {1}, next follow-up {2}", client, outcome, n)
        case (.email, nil): return tr("logged email with {0}: {1}", client, outcome)
        case let (.visit, n?): return tr("logged visit with {0}: {1}, next follow-up {2}", client, outcome, n)
        case (.visit, nil): return tr("logged visit with {0}: {1}", client, outcome)
        }
    }
}

/// `tagih pay INVOICE AMOUNT` or `tagih pay CLIENT AMOUNT --allocate …`: records a payment.
struct PayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: tr("Record a payment (full or partial) on an invoice, or split over a client's invoices."),
        discussion: tr("With --allocate the first argument is a client: oldest pays the oldest due invoices first; INV=AMOUNT,INV=AMOUNT names the parts. A payment that completes an accepted settlement in time writes off the rest as settlement."))

    @OptionGroup var book: BookOptions

    @Argument(help: ArgumentHelp(tr("Invoice number (or id); a client with --allocate.")))
    var invoice: String

    @Argument(help: ArgumentHelp(tr("Amount in the invoice's currency, e.g. 1500000 or 1,500,000.00 (1.500.000,00 where amounts are written the Indonesian way).")))
    var amount: String

    @Option(help: ArgumentHelp(tr("Date received: YYYY-MM-DD or today (default: today).")))
    var date: String = "today"

    @Option(help: ArgumentHelp(tr("How it was paid: transfer, cash, cheque...")))
    var method: String = "transfer"

    @Option(help: ArgumentHelp(tr("Split over the client's invoices: oldest, or INV=AMOUNT,INV=AMOUNT.")))
    var allocate: String?

    @Flag(help: ArgumentHelp(tr("Record it even though the same payment is already recorded.")))
    var force = false

    @Option(help: ArgumentHelp(tr("What to print: text, or json (the saved records' ids).")))
    var format: OutputFormat = .text

    func run() throws {
        let w = try CommandContext(book)
        let payments: [Payment]
        if let allocate {
            let c = try w.client(invoice)
            let input = AllocationInput(clientID: c.id, amount: amount, allocate: allocate, date: date, method: method)
            payments = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money)) {
                $0 == .allocate ? "--allocate" : $0 == .date ? "--date" : $0 == .amount ? "<amount>" : nil
            }
        } else {
            let inv = try w.invoice(invoice)
            let input = PaymentInput(invoiceID: inv.id, amount: amount, date: date, method: method)
            switch input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money) {
            case let .failure(p):
                let flag = [PaymentInput.Field.date: "--date: ", .amount: "<amount>: ", .method: "--method: "][p.field] ?? ""
                throw CLIError(flag + p.message)
            case let .success(payment): payments = [payment]
            }
        }
        if !force, let p = payments.first(where: { w.book.duplicate(of: $0) != nil }), let inv = w.book.invoices[p.invoiceID] {
            throw CLIError(tr("{0} on {1} dated {2} ({3}) is already recorded; add --force if it was paid twice", w.money.string(p.amount), inv.number, p.date.iso, p.method))
        }
        let events = w.book.paymentEvents(payments, today: w.today)
        let saved = try w.save(events)
        if format == .json { Console.out(JSONOutput.saved("pay", saved)); return }
        for p in payments {
            guard let inv = w.book.invoices[p.invoiceID] else { continue }
            Console.out(tr("recorded {0} on {1}; balance now {2}", w.money.string(p.amount), inv.number, w.money.string(w.book.balance(inv))))
        }
        let settled = events.compactMap { e -> Money? in if case let .writtenOff(x) = e { return x.amount } else { return nil } }
        if let cur = settled.first?.currency {
            Console.out(tr("the agreed settlement is paid: {0} written off as settlement", w.money.string(Money(minor: settled.reduce(0) { $0 + $1.minor }, currency: cur))))
        }
    }
}

/// Opens a book to change it from the command line; a missing book is an error
/// unless `create` (an import may start a new book).
func openForWriting(_ options: BookOptions, create: Bool = false) throws -> BookStore {
    let dir = DataDirectory.resolve(flag: options.data, environment: options.environment)
    do { try DataDirectory.checkUsable(dir) } catch { throw CLIError(error.description) }
    guard create || FileManager.default.fileExists(atPath: dir.journalDirectory) else {
        throw CLIError(tr("no book at {0} (use --data DIR, or `tagih demo` to try it out)", dir.path))
    }
    do {
        let store = try BookStore.open(dir, options: .init(device: DeviceIdentity.resolve(environment: options.environment, directory: dir),
                                                           useSnapshot: BookOptions.useSnapshot(options.environment)))
        warn(store.warnings)
        if let reason = store.readOnlyReason { throw CLIError(tr("not saved: {0}", reason)) }
        store.refreshSnapshot(minimumNewEvents: BookOptions.snapshotThreshold)
        return store
    } catch let e as StoreError {
        throw CLIError(e.description)
    }
}
