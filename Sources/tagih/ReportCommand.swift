import ArgumentParser
import Foundation
import TagihCore
import TagihStore
import TerminalCore

/// `tagih report ...`: figures on stdout, no terminal needed.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: tr("Print reports."), subcommands: [AgingCommand.self, KPICommand.self])
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

/// `tagih report aging`: open balances per aging bucket and currency.
struct AgingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aging", abstract: tr("Open balances per aging bucket (current, 1-30 ... 120+) and currency."))

    @OptionGroup var book: BookOptions

    @Option(name: .long, help: ArgumentHelp(tr("text, csv or json.")))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(tr("client or owner: aged receivables with a row for each.")))
    var by: AgedReceivables.Grouping?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(tr("The book as it stood on this day (later payments, credits and write-offs not counted)."), valueName: "date"))
    var asOf: String?

    func run() throws {
        let env = book.environment
        var today = try Clock.today(forced: book.today, environment: env)
        if let a = asOf {
            switch Parse.date(a, today: today) {
            case let .success(d): today = d
            case let .failure(e): throw CLIError("--as-of: " + e.sentence.description)
            }
        }
        let store = try openForReading(book)
        let config: Config? = try loadConfig(env)
        let money = Language.moneyFormat(configLanguage: config?.language, environment: env)
        if let by {
            let r = AgedReceivables(book: store.book, asOf: today, buckets: (config?.policy ?? .standard).buckets, by: by)
            switch format {
            case .text: Console.out(AgedFormat.text(r, by: by, money: money), terminator: "")
            case .csv: Console.out(AgedFormat.csv(r, by: by), terminator: "")
            case .json: Console.out(AgedFormat.json(r, by: by))
            }
            return
        }
        let report = AgingReport(book: store.book, today: today, buckets: (config?.policy ?? .standard).buckets, asOf: asOf != nil)
        switch format {
        case .text:
            Console.out(AgingReportFormat.text(report, money: money), terminator: "")
        case .csv: Console.out(AgingReportFormat.csv(report), terminator: "")
        case .json: Console.out(AgingReportFormat.json(report))
        }
        for c in report.beyondRange { Console.err("tagih: " + beyondRangeWarning(c)) }
    }
}

/// Opens a book for a command that only reads it; a missing book is an error.
func openForReading(_ options: BookOptions) throws -> BookStore {
    let dir = DataDirectory.resolve(flag: options.data, environment: options.environment)
    do { try DataDirectory.checkUsable(dir) } catch { throw CLIError(error.description) }
    guard FileManager.default.fileExists(atPath: dir.journalDirectory) else {
        throw CLIError(tr("no book at {0} (use --data DIR, or `tagih demo` to try it out)", dir.path))
    }
    do {
        let store = try BookStore.open(dir, options: .init(device: DeviceIdentity.resolve(environment: options.environment, directory: dir),
                                                           readOnly: true, useSnapshot: BookOptions.useSnapshot(options.environment)))
        warn(store.warnings)
        return store
    } catch {
        throw CLIError(error.description)
    }
}

/// Says on stderr what opening the book found (a torn line cut off, a conflict copy merged).
func warn(_ warnings: [String]) {
    for w in warnings { Console.err("tagih: " + w) }
}

/// The aging report as a text table, CSV and JSON.
enum AgingReportFormat {
    /// A table for people: amounts grouped the way `money` writes them.
    static func text(_ r: AgingReport, money fmt: MoneyFormat = .standard) -> String {
        var header = [tr("bucket"), tr("invoices")] + r.currencies.map(\.code)
        var rows: [[String]] = []
        var totalCount = 0
        var totals = MoneyTotals()
        for b in 0..<r.buckets.count {
            let label = r.buckets.label(b)
            var count = 0
            var cells: [String] = []
            for c in r.currencies {
                let line = r.line(label, c)
                count += line?.invoices ?? 0
                if let l = line { totals.add(l.balance) }
                cells.append(fmt.number(line?.balance ?? .zero(c)))
            }
            totalCount += count
            rows.append([r.buckets.displayLabel(b), String(count)] + cells)
        }
        rows.append(["total", String(totalCount)] + r.currencies.map { fmt.number(totals.total(in: $0)) })
        if r.currencies.isEmpty { header = [tr("bucket"), tr("invoices")] }
        return tr("Aging of open invoices on {0}", r.today.iso) + "\n\n" + TextTable.render(header: header, rows: rows, totalLast: true)
    }

    static func csv(_ r: AgingReport) -> String {
        var out = CSV.line(["bucket", "currency", "invoices", "balance"])
        for l in r.lines { out += CSV.line([l.bucket, l.currency.code, String(l.invoices), l.balance.decimalString]) }
        return out
    }

    static func json(_ r: AgingReport) -> String {
        var buckets: [String] = []
        for b in 0..<r.buckets.count {
            let label = r.buckets.label(b)
            let items = r.lines.filter { $0.bucket == label }.map {
                "{\"currency\":\"\($0.currency.code)\",\"invoices\":\($0.invoices),\"balance\":\"\($0.balance.decimalString)\"}"
            }
            buckets.append("{\"bucket\":\"\(label)\",\"totals\":[\(items.joined(separator: ","))]}")
        }
        return "{\"today\":\"\(r.today.iso)\",\"buckets\":[\(buckets.joined(separator: ","))]}"
    }
}

/// Said when a total is beyond what tagih can show: the book is past its limit.
func beyondRangeWarning(_ c: Currency) -> String {
    tr("the totals in {0} are beyond what tagih can add up and show (this book is past the limit of {1} per currency); the figures shown are cut off at the largest amount",
       c.code, MoneyFormat.standard.string(Money(minor: Money.bookLimit, currency: c)))
}
