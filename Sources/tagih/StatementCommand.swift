import ArgumentParser
import Foundation
import TagihCore
import TagihStore

extension AgedReceivables.Grouping: ExpressibleByArgument {}

/// Aged receivables by client or owner as text, CSV and JSON.
enum AgedFormat {
    static func text(_ r: AgedReceivables, by: AgedReceivables.Grouping, money fmt: MoneyFormat) -> String {
        var out = tr("Aged receivables on {0}", r.asOf.iso) + "\n"
        if r.rows.isEmpty { return out + "\n" + tr("nothing open") + "\n" }
        for c in r.currencies {
            let header = [by == .client ? tr("client") : tr("owner")] + r.labels + [tr("total")]
            var rows = r.rows.filter { $0.currency == c }.map { row in [row.name] + row.buckets.map { fmt.number(Money(minor: $0, currency: c)) } + [fmt.number(row.total)] }
            let t = r.totals(c)
            rows.append([tr("total")] + t.map { fmt.number(Money(minor: $0, currency: c)) } + [fmt.number(Money(minor: t.reduce(0, +), currency: c))])
            out += "\n" + c.code + "\n" + TextTable.render(header: header, rows: rows, totalLast: true)
        }
        return out
    }

    static func csv(_ r: AgedReceivables, by: AgedReceivables.Grouping) -> String {
        var out = CSV.line([by.rawValue, "currency"] + r.labels + ["total"])
        for row in r.rows {
            out += CSV.line([CSV.safeCell(row.name), row.currency.code] + row.buckets.map { Money(minor: $0, currency: row.currency).decimalString } + [row.total.decimalString])
        }
        return out
    }

    static func json(_ r: AgedReceivables, by: AgedReceivables.Grouping) -> String {
        let rows = r.rows.map { row in
            let cells = zip(r.labels, row.buckets).map { "\(Exporter.jsonString($0)):\(Money(minor: $1, currency: row.currency).decimalString)" }
            return "{\(Exporter.jsonString(by.rawValue)):\(Exporter.jsonString(row.name)),\"currency\":\"\(row.currency.code)\",\(cells.joined(separator: ",")),\"total\":\(row.total.decimalString)}"
        }
        return "{\"as_of\":\"\(r.asOf.iso)\",\"rows\":[\(rows.joined(separator: ","))]}"
    }
}

/// `tagih statement CLIENT`: the statement of account.
struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement", abstract: tr("A client's statement of account: every invoice, payment, credit, reversal and write-off with the running balance."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("From this day (the balance before it is the opening balance)."), valueName: "date")) var from: String?
    @Option(help: ArgumentHelp(tr("To this day (default: today)."), valueName: "date")) var to: String?
    @Option(help: ArgumentHelp(tr("text, csv or json."))) var format: OutputFormat = .text

    func run() throws {
        let w = try CommandContext(book, writing: false)
        let c = try w.client(client)
        func day(_ s: String?, _ flag: String) throws -> CivilDate? {
            guard let s else { return nil }
            switch Parse.date(s, today: w.today) {
            case let .success(d): return d
            case let .failure(e): throw CLIError(flag + ": " + e.sentence.description)
            }
        }
        let start = try day(from, "--from"), end = try day(to, "--to") ?? w.today
        if let start, start > end { throw CLIError(tr("--from {0} is after --to {1}", start.iso, end.iso)) }
        let statements = Statement.of(c.id, book: w.book, from: start, to: end, buckets: w.policy.buckets)
        switch format {
        case .text: Console.out(text(statements, client: c, money: w.money, buckets: w.policy.buckets), terminator: "")
        case .csv: Console.out(csv(statements), terminator: "")
        case .json: Console.out("[" + statements.map(json).joined(separator: ",") + "]")
        }
    }

    func text(_ all: [Statement], client c: Client, money fmt: MoneyFormat, buckets: AgingBuckets) -> String {
        var out = tr("Statement of account: {0}", c.name) + "\n"
        if all.isEmpty { return out + tr("no invoices") + "\n" }
        for s in all {
            out += "\n" + (s.from.map { tr("{0}, {1} to {2}", s.currency.code, $0.iso, s.to.iso) } ?? tr("{0}, to {1}", s.currency.code, s.to.iso)) + "\n"
            var rows = [[s.from?.iso ?? "", tr("opening balance"), "", "", fmt.number(s.opening)]]
            for l in s.lines {
                rows.append([l.date.iso, kindName(l.kind) + " " + l.reference + (l.detail.isEmpty ? "" : " (" + l.detail + ")"),
                             l.debit.map(fmt.number) ?? "", l.credit.map(fmt.number) ?? "", fmt.number(l.balance)])
            }
            rows.append([s.to.iso, tr("closing balance"), "", "", fmt.number(s.closing)])
            out += TextTable.render(header: [tr("date"), tr("entry"), tr("charged"), tr("paid or credited"), tr("balance")], rows: rows,
                                    totalLast: true, leftColumns: 2)
            out += tr("aging") + ": " + zip(0..<buckets.count, s.aging).map { "\(buckets.displayLabel($0)) \(fmt.number($1))" }.joined(separator: " · ") + "\n"
        }
        return out
    }

    func kindName(_ k: Statement.Kind) -> String {
        switch k {
        case .invoice: return tr("invoice")
        case .payment: return tr("payment")
        case .credit: return tr("credit note")
        case .writeOff: return tr("write-off")
        case .reversal: return tr("payment reversed")
        case .void: return tr("void")
        }
    }

    func csv(_ all: [Statement]) -> String {
        var out = CSV.line(["currency", "date", "kind", "invoice", "detail", "debit", "credit", "balance"])
        for s in all {
            out += CSV.line([s.currency.code, s.from?.iso ?? "", "opening", "", "", "", "", s.opening.decimalString])
            for l in s.lines {
                out += CSV.line([s.currency.code, l.date.iso, l.kind.rawValue, CSV.safeCell(l.reference), CSV.safeCell(l.detail),
                                 l.debit?.decimalString ?? "", l.credit?.decimalString ?? "", l.balance.decimalString])
            }
            out += CSV.line([s.currency.code, s.to.iso, "closing", "", "", "", "", s.closing.decimalString])
        }
        return out
    }

    func json(_ s: Statement) -> String {
        let lines = s.lines.map { l in
            "{\"date\":\"\(l.date.iso)\",\"kind\":\"\(l.kind.rawValue)\",\"invoice\":\(Exporter.jsonString(l.reference)),\"detail\":\(Exporter.jsonString(l.detail)),"
                + "\"debit\":\(l.debit?.decimalString ?? "null"),\"credit\":\(l.credit?.decimalString ?? "null"),\"balance\":\(l.balance.decimalString)}"
        }
        return "{\"client_id\":\(Exporter.jsonString(s.clientID.raw)),\"currency\":\"\(s.currency.code)\",\"from\":\(s.from.map { "\"\($0.iso)\"" } ?? "null"),"
            + "\"to\":\"\(s.to.iso)\",\"opening\":\(s.opening.decimalString),\"closing\":\(s.closing.decimalString),\"lines\":[\(lines.joined(separator: ","))]}"
    }
}
