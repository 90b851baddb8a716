import ArgumentParser
import Foundation
import TagihApp
import TagihCore
import TagihStore

/// `tagih queue`: whom to contact today, in priority order, with why.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "queue", abstract: tr("Whom to contact today, most urgent first, with why."))
    @OptionGroup var book: BookOptions
    @Option(help: ArgumentHelp(tr("Only this owner salesperson's clients (escalated clients are in their owner's queue).")))
    var owner: String?
    @Option(help: ArgumentHelp(tr("text or json."))) var format: OutputFormat = .text

    func run() throws {
        let r = try CommandContext(book, writing: false)
        let (today, store, policy, fmt) = (r.today, r.store, r.policy, r.money)
        let q = TodayQueue.build(store.book, today: today, policy: policy, owner: owner)
        if format == .json { Console.out(JSONOutput.queue(q, today: today, money: fmt)); return }
        guard format == .text else { throw CLIError(tr("--format: text or json")) }
        if q.isEmpty {
            Console.out(owner.map { tr("Nobody is due for a follow-up on {0} for {1}.", today.iso, $0) }
                  ?? tr("Nobody is due for a follow-up on {0}.", today.iso))
            return
        }
        Console.out((owner.map { tr("Follow-ups due on {0} for {1}: {2}", today.iso, $0, q.count) }
               ?? tr("Follow-ups due on {0}: {1}", today.iso, q.count)) + "\n")
        for (i, e) in q.enumerated() {
            Console.out("\(i + 1). \(e.name)  \(e.balances.map(fmt.string).joined(separator: " + "))  " + tr("{0}d late", e.oldestDaysLate)
                  + (e.owner.map { "  " + tr("owner {0}", $0) } ?? "") + "  [\(e.clientID.raw)]")
            let words = Strings(language: Catalog.language), dates = DateFormat(language: Catalog.language, iso: true)
            Console.out("   " + tr("why: {0}", e.reasons.map { words.reason($0, money: fmt, dates: dates) }.joined(separator: " · ")))
        }
    }
}

/// `tagih report kpi`: the dashboard's figures.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kpi", abstract: tr("DSO, countback DSO, CEI, collections, promises, plans, write-offs."))
    @OptionGroup var book: BookOptions
    @Option(help: ArgumentHelp(tr("Days of sales for DSO."))) var period = 90
    @Option(help: ArgumentHelp(tr("CEI period start (default: the first of this month)."))) var from: String?
    @Option(help: ArgumentHelp(tr("CEI period end (default: today)."))) var to: String?
    @Option(help: ArgumentHelp(tr("text or json."))) var format: OutputFormat = .text

    func run() throws {
        let r = try CommandContext(book, writing: false)
        let (today, store, policy, fmt) = (r.today, r.store, r.policy, r.money)
        func d(_ s: String?, _ what: String) throws -> CivilDate? {
            guard let s else { return nil }
            guard let v = CivilDate(iso: s) else { throw CLIError(tr("{0}: \"{1}\" is not a date (YYYY-MM-DD)", what, s)) }
            return v
        }
        guard (1...3650).contains(period) else { throw CLIError(tr("--period: 1 to 3650 days")) }
        let k = KPIReport(book: store.book, today: today, periodDays: period, ceiFrom: try d(from, "--from"), ceiTo: try d(to, "--to"), policy: policy)
        if format == .json { Console.out(JSONOutput.kpi(k)); return }
        guard format == .text else { throw CLIError(tr("--format: text or json")) }
        // A label, padded to a column of 21 (never cut), then the figure.
        func row(_ label: String, _ value: String) -> String {
            "  " + label + String(repeating: " ", count: max(0, 21 - label.count)) + "  " + value
        }
        func decimal(_ d: Double) -> String { String(format: "%.1f", d).replacingOccurrences(of: ".", with: fmt.decimalSeparator) }
        func days(_ d: Double?) -> String { d.map { tr("{0} days", decimal($0)) } ?? "—" }
        Console.out(tr("KPIs on {0}", today.iso))
        for c in k.currencies {
            Console.out("\n\(c.currency.code)")
            if c.beyondRange { Console.err("tagih: " + beyondRangeWarning(c.currency)) }
            Console.out(row(tr("receivables"), fmt.string(c.receivables)))
            Console.out(row(tr("DSO ({0} days of sales)", period), days(c.dso)))
            Console.out(row(tr("countback DSO"), days(c.countbackDSO)))
            Console.out(row("CEI \(k.ceiFrom.iso)…\(k.ceiTo.iso)", c.cei.map { decimal($0) + "%" } ?? "—"))
            Console.out(row(tr("collected this month"), fmt.string(c.collectedThisMonth)))
            Console.out(row(tr("written off this year"), fmt.string(c.writtenOffThisYear)))
            for (i, m) in c.buckets.enumerated() { Console.out("  \(policy.buckets.displayLabel(i).padding(toLength: 8, withPad: " ", startingAt: 0))  \(fmt.string(m))") }
        }
        Console.out("\n" + tr("promises due this week {0}, broken {1}", k.promisesDueThisWeek, k.promisesBroken))
        Console.out(tr("plans on track {0}, missed {1}", k.plansOnTrack, k.plansMissed))
    }
}
