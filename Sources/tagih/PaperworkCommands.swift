import ArgumentParser
import Foundation
import TagihCore
import TagihStore

extension ImportKind: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}

/// `tagih import invoices|clients|payments FILE`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: tr("Import invoices, clients or payments from a CSV file."),
        discussion: tr("Presets for invoices: generic (number, client, issued, due, amount, currency), quickbooks (No., Customer, Date, Due Date, Amount, Open Balance), xero (*ContactName, *InvoiceNumber, *InvoiceDate, *DueDate, *Quantity, *UnitAmount; line rows are summed). The preset is chosen from the header when unambiguous. Every row is checked first: a file with errors imports nothing unless --skip-invalid. Importing the same file again changes nothing."))

    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("invoices, clients or payments."))) var kind: ImportKind
    @Argument(help: ArgumentHelp(tr("The CSV file."))) var file: String
    @Option(help: ArgumentHelp(tr("generic, quickbooks or xero."))) var preset: String?
    @Option(name: .customLong("map"), help: ArgumentHelp(tr("Use a column for a field: field=Column (repeatable)."), valueName: "field=Column"))
    var maps: [String] = []
    @Option(name: .customLong("date-format"), help: ArgumentHelp(tr("iso, dmy, mdy or ymd (needed when dates like 03/04/2025 are ambiguous).")))
    var dateFormat: DateOrder?
    @Option(help: ArgumentHelp(tr("The decimal mark of amounts: . or , (default: , in a ;-separated file, else .)."))) var decimal: String?
    @Option(help: ArgumentHelp(tr("Currency of amounts when the file has no currency column."))) var currency: String?
    @Option(help: ArgumentHelp(tr("The sheet of an Excel workbook (.xlsx) to read (default: the first)."))) var sheet: String?
    @Flag(help: ArgumentHelp(tr("Show what would be added or updated; write nothing."))) var dryRun = false
    @Flag(help: ArgumentHelp(tr("Import the valid rows even when some rows have errors."))) var skipInvalid = false

    func run() throws {
        let env = book.environment
        var options = ImportOptions(kind: kind)
        options.preset = preset
        options.today = try Clock.today(forced: book.today, environment: env)
        options.dateOrder = dateFormat
        if let c = currency {
            guard let cur = Currency(code: c) else { throw CLIError(tr("--currency: unknown currency {0}", c)) }
            options.currency = cur
        } else if let cur = try loadConfig(book.environment).currency {
            options.currency = cur
        }
        for m in maps {
            let parts = m.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let f = ImportField(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else {
                throw CLIError(tr("--map {0}: write field=Column; fields: {1}", m, ImportField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            options.map[f] = parts[1]
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError(tr("{0}: cannot read the file", file)) }
        let workbook = Workbook.looksLikeWorkbook(data)
        // Excel saves `;`-separated files where amounts are written 1.500.000,50; a workbook stores numbers plainly.
        let semicolons = !workbook && CSV.delimiter(of: String(decoding: data.prefix(8192), as: UTF8.self)) == ";"
        guard decimal == nil || decimal == "." || decimal == "," else { throw CLIError(tr("--decimal: . or ,")) }
        options.decimalMark = (decimal ?? (semicolons ? "," : ".")) == "," ? "," : "."
        if sheet != nil && !workbook { throw CLIError(tr("--sheet: {0} is not an Excel workbook (.xlsx)", file)) }
        let rows: [CSV.Row]
        do { rows = workbook ? try Workbook.rows(data, file: file, sheet: sheet) : try CSV.parse(Array(data), file: file) } catch { throw CLIError(error.description) }
        // A file from which no row is read is an error, never "0 rows" and success.
        if rows.count < 2 { throw CLIError(rows.isEmpty ? tr("{0}: the file is empty", file) : tr("{0}: no rows below the header line", file)) }
        let store = dryRun ? try openForReading(book) : try openForWriting(book, create: true)
        let plan: ImportPlan
        switch Importer(book: store.book, file: file, options: options).plan(rows) {
        case let .failure(e): throw CLIError(e.description)
        case let .success(p): plan = p
        }
        func say(_ s: String) { Console.out(s) }
        say(trn("{1}: {2}, preset {3}, {0} row", "{1}: {2}, preset {3}, {0} rows", rows.count - 1, file, kind.rawValue, plan.preset))
        for e in plan.errors { Console.err(tr("error: {0}", e)) }
        for a in plan.added { say("  " + tr("add     {0}", a)) }
        for u in plan.updated { say("  " + tr("update  {0}", u)) }
        for p in plan.reconciled { say("  " + tr("pay     {0}", p)) }
        for n in plan.notes { say("  " + tr("note    {0}", n)) }
        say(tr("{0} to add, {1} to update, {2} unchanged, {3} with errors", plan.added.count, plan.updated.count, plan.unchanged, plan.errors.count)
            + (plan.reconciled.isEmpty ? "" : "; " + trn("{0} payment found", "{0} payments found", plan.reconciled.count)))
        if !plan.errors.isEmpty && !skipInvalid {
            throw CLIError(trn("nothing imported: {0} row has errors (fix it, or add --skip-invalid to import the rest)", "nothing imported: {0} rows have errors (fix them, or add --skip-invalid to import the rest)", plan.errors.count))
        }
        if dryRun { say(tr("dry run: nothing written")); return }
        guard !plan.changes.isEmpty else { say(tr("nothing to change")); return }
        let who = Users.current(config: try loadConfig(env), environment: env)
        let now = Clock.now()
        do { try store.append(plan.changes.map { PendingEvent(at: now, author: who, body: $0) }) } catch { throw CLIError(error.description) }
        say(trn("imported: {0} change saved", "imported: {0} changes saved", plan.changes.count))
    }
}

/// `tagih export KIND`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: tr("Export invoices, clients, interactions, payments (csv, json) or followups (ics)."))

    enum What: String, ExpressibleByArgument, CaseIterable { case invoices, clients, interactions, payments, followups }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, ics }

    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("invoices, clients, interactions, payments or followups."))) var what: What
    @Option(help: ArgumentHelp(tr("csv, json, or ics (followups)."))) var format: Format?
    @Option(help: ArgumentHelp(tr("Write to this file (0600) instead of stdout."))) var out: String?
    @Flag(help: ArgumentHelp(tr("CSV for a spreadsheet: a UTF-8 byte-order mark, and ; with decimal commas where the language writes them."))) var excel = false

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        if excel {
            guard what != .followups, format == nil || format == .csv else { throw CLIError(tr("--excel: a CSV export of invoices, clients, interactions or payments")) }
            let comma = Language.commandMoneyFormat(configLanguage: try loadConfig(env).language, environment: env).decimalSeparator == ","
            let text = Exporter.excel(Exporter.Kind(rawValue: what.rawValue)!, book: store.book, decimalComma: comma)
            // The byte-order mark is for the spreadsheet; the terminal's cleaner would take it out of stdout.
            if out == nil { FileHandle.standardOutput.write(Data("\u{FEFF}".utf8)) }
            try writeOut(out == nil ? String(text.dropFirst()) : text, to: out)
            return
        }
        let text: String
        if what == .followups {
            guard format == nil || format == .ics else { throw CLIError(tr("followups export as --format ics")) }
            let policy = try loadConfig(env).policy
            text = CalendarExport.ics(book: store.book, today: today, policy: policy, stamp: Clock.now())
        } else {
            let kind = Exporter.Kind(rawValue: what.rawValue)!
            switch format ?? .csv {
            case .csv: text = Exporter.csv(kind, book: store.book)
            case .json: text = Exporter.json(kind, book: store.book)
            case .ics: throw CLIError(tr("only followups export as ics"))
            }
        }
        try writeOut(text, to: out)
    }
}

/// Writes to a file created 0600, or to stdout.
func writeOut(_ text: String, to path: String?) throws {
    guard let path else { Console.out(text, terminator: ""); return }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
        throw CLIError(tr("{0}: cannot write the file", path))
    }
}

/// `tagih letter CLIENT --level N`: a reminder letter from a template, recorded as sent.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter", abstract: tr("Render a reminder letter for a client and record it as sent."),
        discussion: tr("Templates: friendly, firm, final, in English (en) and Bahasa Indonesia (id). Your own versions in $XDG_CONFIG_HOME/tagih/letters/<lang>/<name>.txt replace the shipped ones; --init-templates writes the shipped ones there to edit. Placeholders: {{client}} {{contact}} {{today}} {{invoices}} {{total}} {{terms}} {{days_late}} {{contract}} {{sender}} {{level}}."))

    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String?
    @Option(help: ArgumentHelp(tr("Ladder level: 1 friendly, 2 firm, 3 final (default: the next one)."))) var level: Int?
    @Option(help: ArgumentHelp(tr("en or id (default: the language of config.toml or $LANG)."))) var lang: String?
    @Option(help: ArgumentHelp(tr("Write the letter to this file instead of stdout."))) var out: String?
    @Flag(help: ArgumentHelp(tr("Only render; do not record it as sent."))) var noRecord = false
    @Flag(help: ArgumentHelp(tr("Send even though the contact-frequency guard warns (recorded)."))) var force = false
    @Flag(help: ArgumentHelp(tr("Write the shipped templates to the templates folder to edit."))) var initTemplates = false

    func run() throws {
        let env = book.environment
        if initTemplates {
            let dir = LetterTemplates.directory(environment: env)
            for l in Letters.languages {
                try FileManager.default.createDirectory(atPath: dir + "/" + l, withIntermediateDirectories: true)
                chmod(dir, 0o700)
                chmod(dir + "/" + l, 0o700)
                for (i, n) in Letters.names.enumerated() {
                    let p = dir + "/\(l)/\(n).txt"
                    if !FileManager.default.fileExists(atPath: p) {
                        FileManager.default.createFile(atPath: p, contents: Data(Letters.builtIn(language: l, level: i + 1).utf8))
                        chmod(p, 0o600)   // private whatever the umask: a letter may be edited to hold client details
                    }
                }
            }
            Console.out(tr("templates in {0}", dir))
            return
        }
        guard let client else { throw CLIError(tr("name a client (or --init-templates)")) }
        let w = try CommandContext(book)
        let c = try w.client(client)
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        let l = level ?? status.lastReminderLevel + 1
        guard (1...10).contains(l) else { throw CLIError(tr("--level: 1 to 10")) }
        let language = lang ?? Language.forProcess(env)
        guard Letters.languages.contains(language) else { throw CLIError(tr("--lang: en or id")) }
        let (template, source) = LetterTemplates.load(language: language, level: l, environment: env)
        let text: String
        switch Letters.render(template, book: w.book, client: c.id, today: w.today, sender: w.user, level: l, language: language) {
        case let .success(t): text = t
        case let .failure(e): throw CLIError("\(source): \(e)")
        }
        var override: String?
        if !noRecord { override = try w.guardContact(c, force: force) }
        try writeOut(text, to: out)
        if noRecord { return }
        let copy = text + (override.map { "\n[guard overridden: \($0)]" } ?? "")
        let invoices = w.book.openInvoices(of: c.id).filter { $0.daysLate(on: w.today) >= 1 }.map(\.id)
        try w.save([.reminderSent(ReminderSent(clientID: c.id, level: l, invoiceIDs: invoices, text: copy)),
                    .followUpScheduled(FollowUpScheduled(clientID: c.id, date: w.today.adding(days: w.policy.cadence.lowerBound), note: "after letter \(l)"))])
        Console.err(tr("recorded reminder {0} ({1}) to {2} with a copy of the text", l, w.policy.ladderName(l), c.name))
    }
}

/// Where letter templates come from: the user's folder, else the shipped ones.
enum LetterTemplates {
    static func directory(environment: [String: String]) -> String {
        (Config.path(environment: environment) as NSString).deletingLastPathComponent + "/letters"
    }

    static func load(language: String, level: Int, environment: [String: String]) -> (String, String) {
        let path = directory(environment: environment) + "/\(language)/\(Letters.templateName(level: level)).txt"
        if let data = FileManager.default.contents(atPath: path), let t = String(data: data, encoding: .utf8) { return (t, path) }
        return (Letters.builtIn(language: language, level: level), tr("built-in {0}/{1}", language, Letters.templateName(level: level)))
    }
}

/// `tagih casefile CLIENT`.
struct CaseFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "casefile", abstract: tr("Everything on record about a client, as Markdown, for an accountant or a lawyer."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("Write to this file (0600) instead of stdout."))) var out: String?

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        let found = store.book.findClients(client)
        guard found.count == 1, let c = found.first else {
            throw CLIError(found.isEmpty ? tr("no client matches \"{0}\"", client)
                           : tr("\"{0}\" matches {1} clients: {2}", client, found.count, found.prefix(8).map(\.name).joined(separator: ", ")))
        }
        let records: [JournalRecord]
        do { records = try store.records() } catch { throw CLIError(error.description) }
        let config = try loadConfig(env)
        let money = Language.commandMoneyFormat(configLanguage: config.language, environment: env)
        guard let text = CaseFile.markdown(client: c.id, book: store.book, records: records, today: today, policy: config.policy, money: money) else {
            throw CLIError(tr("no client {0}", c.id))
        }
        try writeOut(text, to: out)
    }
}
