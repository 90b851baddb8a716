import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// The context every workflow command needs: the book, today, who, the policy.
struct WorkflowContext {
    let store: BookStore
    let today: CivilDate
    let user: String
    let policy: Policy

    init(_ options: BookOptions) throws {
        let env = options.environment
        today = try Clock.today(forced: options.today, environment: env)
        store = try openForWriting(options)
        let config: Config
        do { config = try Config.load(environment: env) } catch { throw CLIError(error.description) }
        user = Users.current(config: config, environment: env)
        policy = config.policy
    }

    var book: Book { store.book }

    /// The one client matching what was typed, or an error listing the candidates.
    func client(_ query: String) throws -> Client {
        let found = book.findClients(query)
        guard found.count == 1, let c = found.first else {
            if found.isEmpty { throw CLIError(tr("no client matches \"{0}\"", query)) }
            let list = found.prefix(10).map { "  \($0.id.raw)  \($0.name)" }.joined(separator: "\n")
            throw CLIError(tr("\"{0}\" matches {1} clients; say which (by id or a longer name):\n{2}", query, found.count, list))
        }
        return c
    }

    func date(_ text: String, _ what: String) throws -> CivilDate {
        switch Parse.date(text, today: today) {
        case let .success(d): return d
        case let .failure(e): throw CLIError("\(what): \(e)")
        }
    }

    func money(_ text: String, _ currency: Currency, _ what: String = "amount") throws -> Money {
        switch Parse.money(text, currency: currency) {
        case let .success(m): return m
        case let .failure(e): throw CLIError("\(what): \(e)")
        }
    }

    func save(_ bodies: [EventBody]) throws {
        let now = Clock.now()
        do { try store.append(bodies.map { PendingEvent(at: now, author: user, body: $0) }) } catch { throw CLIError(error.description) }
    }

    /// The contact-frequency guard: refuses unless forced, and says why.
    func guardContact(_ c: Client, force: Bool) throws -> String? {
        guard let w = book.contactWarning(c.id, today: today, policy: policy, zoneOffset: Clock.zoneOffset()) else { return nil }
        guard force else { throw CLIError(tr("{0} Add --force to contact them anyway (the override is recorded).", w.message)) }
        return w.overrideNote
    }
}

let fmt = MoneyFormat.standard

/// `tagih queue`: whom to contact today, in priority order, with why.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "queue", abstract: tr("Whom to contact today, most urgent first, with why."))
    @OptionGroup var book: BookOptions
    @Option(help: ArgumentHelp(tr("Only this owner salesperson's clients (escalated clients are in their owner's queue).")))
    var owner: String?

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        let policy = (try? Config.load(environment: env))?.policy ?? .standard
        let q = TodayQueue.build(store.book, today: today, policy: policy, owner: owner)
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
            Console.out("   " + tr("why: {0}", e.why.joined(separator: " · ")))
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

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        let policy = (try? Config.load(environment: env))?.policy ?? .standard
        func d(_ s: String?, _ what: String) throws -> CivilDate? {
            guard let s else { return nil }
            guard let v = CivilDate(iso: s) else { throw CLIError(tr("{0}: \"{1}\" is not a date (YYYY-MM-DD)", what, s)) }
            return v
        }
        guard (1...3650).contains(period) else { throw CLIError(tr("--period: 1 to 3650 days")) }
        let k = KPIReport(book: store.book, today: today, periodDays: period, ceiFrom: try d(from, "--from"), ceiTo: try d(to, "--to"), policy: policy)
        // A label, padded to a column of 21 (never cut), then the figure.
        func row(_ label: String, _ value: String) -> String {
            "  " + label + String(repeating: " ", count: max(0, 21 - label.count)) + "  " + value
        }
        func days(_ d: Double?) -> String { d.map { tr("{0} days", String(format: "%.1f", $0)) } ?? "—" }
        Console.out(tr("KPIs on {0}", today.iso))
        for c in k.currencies {
            Console.out("\n\(c.currency.code)")
            if c.beyondRange { Console.err("tagih: " + beyondRangeWarning(c.currency)) }
            Console.out(row(tr("receivables"), fmt.string(c.receivables)))
            Console.out(row(tr("DSO ({0} days of sales)", period), days(c.dso)))
            Console.out(row(tr("countback DSO"), days(c.countbackDSO)))
            Console.out(row("CEI \(k.ceiFrom.iso)…\(k.ceiTo.iso)", c.cei.map { String(format: "%.1f%%", $0) } ?? "—"))
            Console.out(row(tr("collected this month"), fmt.string(c.collectedThisMonth)))
            Console.out(row(tr("written off this year"), fmt.string(c.writtenOffThisYear)))
            for (i, m) in c.buckets.enumerated() { Console.out("  \(policy.buckets.displayLabel(i).padding(toLength: 8, withPad: " ", startingAt: 0))  \(fmt.string(m))") }
        }
        Console.out("\n" + tr("promises due this week {0}, broken {1}", k.promisesDueThisWeek, k.promisesBroken))
        Console.out(tr("plans on track {0}, missed {1}", k.plansOnTrack, k.plansMissed))
    }
}

/// `tagih snooze CLIENT DATE`.
struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snooze", abstract: tr("Move a client's next follow-up to a date."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("YYYY-MM-DD, +7, tomorrow."))) var date: String
    @Option(help: ArgumentHelp(tr("Why."))) var note = ""

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let d = try w.date(date, "date")
        guard d > w.today else { throw CLIError(tr("date: {0} is not after today", d.iso)) }
        try w.save([.followUpScheduled(FollowUpScheduled(clientID: c.id, date: d, note: note))])
        Console.out(tr("{0}: next follow-up {1}", c.name, d.iso))
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
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let r = NonPaymentReason(name: reason) else {
            throw CLIError(tr("\"{0}\" is not one of forgot, hardship, admin, dispute, unknown", reason))
        }
        var inv: InvoiceID?
        if let n = invoice {
            guard let i = w.book.findInvoices(n).first(where: { $0.clientID == c.id }) else { throw CLIError(tr("--invoice: {0} has no invoice {1}", c.name, n)) }
            inv = i.id
        }
        try w.save([.reasonRecorded(ReasonRecord(clientID: c.id, invoiceID: inv, reason: r, note: note))])
        Console.out(invoice.map { tr("{0}: {1} for {2}", c.name, r.label, $0) } ?? "\(c.name): \(r.label)")
    }
}

/// `tagih plan CLIENT`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: tr("Agree a payment plan for a client's open balance."),
        discussion: tr("Either --count N with --every month|fortnight|week and --first DATE, or --schedule \"2026-12-15 5000000, 2027-01-15 5000000\" summing to the balance."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("month, fortnight or week."))) var every = "month"
    @Option(help: ArgumentHelp(tr("Number of instalments."))) var count = 3
    @Option(help: ArgumentHelp(tr("Date of the first instalment (default: in 14 days)."))) var first: String?
    @Option(help: ArgumentHelp(tr("Custom dates and amounts."))) var schedule: String?
    @Option(help: ArgumentHelp(tr("A note."))) var note = ""

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError(tr("{0} owes nothing", c.name)) }
        var instalments: [Instalment]
        if let sched = schedule {
            instalments = []
            for part in sched.split(separator: ",") {
                let bits = part.split(separator: " ")
                guard bits.count == 2 else { throw CLIError(tr("--schedule: write each instalment as DATE AMOUNT, separated by commas")) }
                let d = try w.date(String(bits[0]), "--schedule")
                instalments.append(Instalment(date: d, amount: try w.money(String(bits[1]), total.currency, "--schedule")))
            }
            let sum = instalments.reduce(Int64(0)) { $0 + $1.amount.minor }
            guard sum == total.minor else {
                throw CLIError(tr("--schedule adds up to {0}; the balance is {1}", fmt.string(Money(minor: sum, currency: total.currency)), fmt.string(total)))
            }
        } else {
            guard (1...120).contains(count) else { throw CLIError(tr("--count: 1 to 120")) }
            guard ["month", "fortnight", "week"].contains(every) else { throw CLIError(tr("--every: month, fortnight or week")) }
            let start = try first.map { try w.date($0, "--first") } ?? w.today.adding(days: 14)
            guard start >= w.today else { throw CLIError(tr("--first: {0} is in the past", start.iso)) }
            instalments = Book.schedule(total: total, count: count, first: start, stepDays: every == "week" ? 7 : 14, monthly: every == "month")
        }
        let covered = w.book.openInvoices(of: c.id, currency: total.currency).map(\.id)
        try w.save([.planAgreed(PaymentPlan(id: "", clientID: c.id, invoiceIDs: covered, agreedOn: w.today, instalments: instalments, note: note))])
        Console.out(tr("{0}: plan agreed for {1}", c.name, fmt.string(total)))
        for i in instalments { Console.out("  \(i.date.iso)  \(fmt.string(i.amount))") }
    }
}

/// `tagih offer CLIENT AMOUNT` and `tagih offer CLIENT --accept|--reject`.
struct OfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: tr("Record a settlement offer, or accept or reject the open one."),
        discussion: tr("Accepting records the agreed payment and writes off the rest with the reason \"settlement\"."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("The amount offered (omit with --accept or --reject)."))) var amount: String?
    @Option(help: ArgumentHelp(tr("client or us."))) var by = "client"
    @Option(help: ArgumentHelp(tr("Valid until (default: in 14 days)."))) var expires: String?
    @Flag(help: ArgumentHelp(tr("Accept the open offer."))) var accept = false
    @Flag(help: ArgumentHelp(tr("Reject the open offer."))) var reject = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        if accept || reject {
            guard let open = status.offers.last(where: { $0.status == .proposed })?.offer else { throw CLIError(tr("{0} has no open offer", c.name)) }
            if accept {
                try w.save(w.book.acceptance(of: open, on: w.today))
                Console.out(tr("{0}: settled for {1}; the rest is written off as settlement", c.name, fmt.string(open.amount)))
            } else {
                try w.save([.offerAnswered(OfferAnswer(offerID: open.id, status: .rejected, date: w.today))])
                Console.out(tr("{0}: offer rejected", c.name))
            }
            return
        }
        guard let amount else { throw CLIError(tr("give the amount offered, or --accept / --reject")) }
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError(tr("{0} owes nothing", c.name)) }
        let m = try w.money(amount, total.currency)
        guard m.isPositive, m.minor < total.minor else { throw CLIError(tr("a settlement is more than zero and less than the balance ({0})", fmt.string(total))) }
        guard let party = OfferParty(rawValue: by) else { throw CLIError(tr("--by: client or us")) }
        let until = try expires.map { try w.date($0, "--expires") } ?? w.today.adding(days: 14)
        try w.save([.offerMade(SettlementOffer(id: "", clientID: c.id, amount: m, offeredBy: party, date: w.today, expires: until))])
        Console.out(tr("{0}: offer of {1} recorded, valid until {2}", c.name, fmt.string(m), until.iso))
        if let r = w.book.recovery(c.id, today: w.today, status: status) {
            let cmp = OfferComparison(balance: total, offer: m, recovery: r.probability)
            Console.out(tr("recovery estimate {0} ({1}); holding out is worth about {2}, accepting {3}", r.percent, r.basis.joined(separator: " "), fmt.string(cmp.holdOut), fmt.string(cmp.accept)))
        }
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
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let override = try w.guardContact(c, force: force)
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        let l = level ?? status.lastReminderLevel + 1
        guard (1...10).contains(l) else { throw CLIError(tr("--level: 1 to 10")) }
        let copy = text + (override.map { (text.isEmpty ? "" : "\n") + "[guard overridden: \($0)]" } ?? "")
        let invoices = w.book.openInvoices(of: c.id).filter { $0.daysLate(on: w.today) >= 1 }.map(\.id)
        try w.save([.reminderSent(ReminderSent(clientID: c.id, level: l, invoiceIDs: invoices, text: copy)),
                    .followUpScheduled(FollowUpScheduled(clientID: c.id, date: w.today.adding(days: w.policy.cadence.lowerBound),
                                                         note: "after reminder \(l)"))])
        Console.out(tr("{0}: reminder {1} ({2}) recorded", c.name, l, w.policy.ladderName(l)))
        if status.remindersSent + 1 >= w.policy.escalateAfterReminders && !status.escalated {
            Console.out(c.owner.map { tr("escalated to {0}: they now see {1} in their queue (tagih queue --owner {0})", $0, c.name) }
                  ?? tr("escalated to the owner: they now see {0} in their queue (tagih queue --owner NAME)", c.name))
        }
    }
}

/// `tagih escalate CLIENT` and the owner's side of the story.
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalate", abstract: tr("Hand a client to its owner salesperson, or add the owner's note."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("The owner (default: the client's owner)."))) var to: String?
    @Option(help: ArgumentHelp(tr("A note."))) var note = ""
    @Flag(help: ArgumentHelp(tr("Record the owner's side of the story (--note) instead of escalating."))) var ownerNote = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let owner = to ?? c.owner, !owner.isEmpty else { throw CLIError(tr("{0} has no owner; say --to NAME", c.name)) }
        if ownerNote {
            guard !note.isEmpty else { throw CLIError(tr("--owner-note needs --note with the owner's side")) }
            try w.save([.escalation(EscalationRecord(clientID: c.id, kind: .ownerNote, owner: owner, note: note))])
            Console.out(tr("{0}: owner's note recorded", c.name))
        } else {
            try w.save([.escalation(EscalationRecord(clientID: c.id, kind: .escalated, owner: owner, note: note))])
            Console.out(tr("{0}: escalated to {1}", c.name, owner))
        }
    }
}

/// `tagih writeoff CLIENT --reason R`: the last resort.
struct WriteOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "writeoff", abstract: tr("Write off a client's balance (or part of it), with a reason."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Option(help: ArgumentHelp(tr("Amount (default: the whole balance in its largest currency)."))) var amount: String?
    @Option(help: ArgumentHelp(tr("Why it is written off."))) var reason: String
    @Flag(help: ArgumentHelp(tr("Write off even though the ladder was not exhausted or no settlement was tried."))) var yes = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError(tr("{0} owes nothing", c.name)) }
        let m = try amount.map { try w.money($0, total.currency) } ?? total
        guard m.isPositive, m.minor <= total.minor else { throw CLIError(tr("the amount must be more than zero and at most {0}", fmt.string(total))) }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError(tr("--reason: say why")) }
        let warnings = w.book.writeOffWarnings(c.id, status: w.book.status(c.id, today: w.today, policy: w.policy), policy: w.policy)
        if !warnings.isEmpty && !yes {
            throw CLIError(tr("not written off: {0}. Add --yes to write off anyway.", warnings.joined(separator: "; ")))
        }
        var left = m.minor
        var events: [EventBody] = []
        for inv in w.book.openInvoices(of: c.id, currency: total.currency) where left > 0 {
            let take = min(left, w.book.balance(inv).minor)
            events.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: take, currency: total.currency), reason: reason, date: w.today)))
            left -= take
        }
        try w.save(events)
        Console.out(tr("{0}: {1} written off ({2})", c.name, fmt.string(m), reason))
    }
}
