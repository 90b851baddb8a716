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
            if found.isEmpty { throw CLIError("no client matches \"\(query)\"") }
            let list = found.prefix(10).map { "  \($0.id.raw)  \($0.name)" }.joined(separator: "\n")
            throw CLIError("\"\(query)\" matches \(found.count) clients; say which (by id or a longer name):\n\(list)")
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
        guard force else { throw CLIError(w.message + " Add --force to contact them anyway (the override is recorded).") }
        return w.overrideNote
    }
}

let fmt = MoneyFormat.standard

/// `tagih queue`: whom to contact today, in priority order, with why.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "queue", abstract: "Whom to contact today, most urgent first, with why.")
    @OptionGroup var book: BookOptions
    @Option(help: "Only this owner salesperson's clients (escalated clients are in their owner's queue).")
    var owner: String?

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        let policy = (try? Config.load(environment: env))?.policy ?? .standard
        let q = TodayQueue.build(store.book, today: today, policy: policy, owner: owner)
        if q.isEmpty { print("Nobody is due for a follow-up on \(today.iso)\(owner.map { " for \($0)" } ?? "")."); return }
        print("Follow-ups due on \(today.iso)\(owner.map { " for \($0)" } ?? ""): \(q.count)\n")
        for (i, e) in q.enumerated() {
            print("\(i + 1). \(e.name)  \(e.balances.map(fmt.string).joined(separator: " + "))  \(e.oldestDaysLate)d late"
                  + (e.owner.map { "  owner \($0)" } ?? "") + "  [\(e.clientID.raw)]")
            print("   why: \(e.why.joined(separator: " · "))")
        }
    }
}

/// `tagih report kpi`: the dashboard's figures.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kpi", abstract: "DSO, countback DSO, CEI, collections, promises, plans, write-offs.")
    @OptionGroup var book: BookOptions
    @Option(help: "Days of sales for DSO.") var period = 90
    @Option(help: "CEI period start (default: the first of this month).") var from: String?
    @Option(help: "CEI period end (default: today).") var to: String?

    func run() throws {
        let env = book.environment
        let today = try Clock.today(forced: book.today, environment: env)
        let store = try openForReading(book)
        let policy = (try? Config.load(environment: env))?.policy ?? .standard
        func d(_ s: String?, _ what: String) throws -> CivilDate? {
            guard let s else { return nil }
            guard let v = CivilDate(iso: s) else { throw CLIError("\(what): \"\(s)\" is not a date (YYYY-MM-DD)") }
            return v
        }
        guard (1...3650).contains(period) else { throw CLIError("--period: 1 to 3650 days") }
        let k = KPIReport(book: store.book, today: today, periodDays: period, ceiFrom: try d(from, "--from"), ceiTo: try d(to, "--to"), policy: policy)
        print("KPIs on \(today.iso)")
        for c in k.currencies {
            print("\n\(c.currency.code)")
            print("  receivables            \(fmt.string(c.receivables))")
            print("  DSO (\(period) days of sales)  " + (c.dso.map { String(format: "%.1f days", $0) } ?? "—"))
            print("  countback DSO          " + (c.countbackDSO.map { String(format: "%.1f days", $0) } ?? "—"))
            print("  CEI \(k.ceiFrom.iso)…\(k.ceiTo.iso)  " + (c.cei.map { String(format: "%.1f%%", $0) } ?? "—"))
            print("  collected this month   \(fmt.string(c.collectedThisMonth))")
            print("  written off this year  \(fmt.string(c.writtenOffThisYear))")
            for (i, m) in c.buckets.enumerated() { print("  \(policy.buckets.label(i).padding(toLength: 8, withPad: " ", startingAt: 0))  \(fmt.string(m))") }
        }
        print("\npromises due this week \(k.promisesDueThisWeek), broken \(k.promisesBroken)")
        print("plans on track \(k.plansOnTrack), missed \(k.plansMissed)")
    }
}

/// `tagih snooze CLIENT DATE`.
struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snooze", abstract: "Move a client's next follow-up to a date.")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Argument(help: "YYYY-MM-DD, +7, tomorrow.") var date: String
    @Option(help: "Why.") var note = ""

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let d = try w.date(date, "date")
        guard d > w.today else { throw CLIError("date: \(d.iso) is not after today") }
        try w.save([.followUpScheduled(FollowUpScheduled(clientID: c.id, date: d, note: note))])
        print("\(c.name): next follow-up \(d.iso)")
    }
}

/// `tagih reason CLIENT REASON`.
struct ReasonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reason", abstract: "Record why a client does not pay: forgot, hardship, admin, dispute, unknown.",
        discussion: "A dispute pauses chasing for the invoice (or all the client's invoices) until another reason is recorded.")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Argument(help: "forgot, hardship, admin, dispute or unknown.") var reason: String
    @Option(help: "An invoice number, when the reason is about one invoice.") var invoice: String?
    @Option(help: "What they said.") var note = ""

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let r = NonPaymentReason(name: reason) else {
            throw CLIError("\"\(reason)\" is not one of forgot, hardship, admin, dispute, unknown")
        }
        var inv: InvoiceID?
        if let n = invoice {
            guard let i = w.book.findInvoices(n).first(where: { $0.clientID == c.id }) else { throw CLIError("--invoice: \(c.name) has no invoice \(n)") }
            inv = i.id
        }
        try w.save([.reasonRecorded(ReasonRecord(clientID: c.id, invoiceID: inv, reason: r, note: note))])
        print("\(c.name): \(r.label)" + (invoice.map { " for \($0)" } ?? ""))
    }
}

/// `tagih plan CLIENT`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Agree a payment plan for a client's open balance.",
        discussion: "Either --count N with --every month|fortnight|week and --first DATE, or --schedule \"2026-12-15 5000000, 2027-01-15 5000000\" summing to the balance.")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Option(help: "month, fortnight or week.") var every = "month"
    @Option(help: "Number of instalments.") var count = 3
    @Option(help: "Date of the first instalment (default: in 14 days).") var first: String?
    @Option(help: "Custom dates and amounts.") var schedule: String?
    @Option(help: "A note.") var note = ""

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError("\(c.name) owes nothing") }
        var instalments: [Instalment]
        if let sched = schedule {
            instalments = []
            for part in sched.split(separator: ",") {
                let bits = part.split(separator: " ")
                guard bits.count == 2 else { throw CLIError("--schedule: write each instalment as DATE AMOUNT, separated by commas") }
                let d = try w.date(String(bits[0]), "--schedule")
                instalments.append(Instalment(date: d, amount: try w.money(String(bits[1]), total.currency, "--schedule")))
            }
            let sum = instalments.reduce(Int64(0)) { $0 + $1.amount.minor }
            guard sum == total.minor else {
                throw CLIError("--schedule adds up to \(fmt.string(Money(minor: sum, currency: total.currency))); the balance is \(fmt.string(total))")
            }
        } else {
            guard (1...120).contains(count) else { throw CLIError("--count: 1 to 120") }
            guard ["month", "fortnight", "week"].contains(every) else { throw CLIError("--every: month, fortnight or week") }
            let start = try first.map { try w.date($0, "--first") } ?? w.today.adding(days: 14)
            guard start >= w.today else { throw CLIError("--first: \(start.iso) is in the past") }
            instalments = Book.schedule(total: total, count: count, first: start, stepDays: every == "week" ? 7 : 14, monthly: every == "month")
        }
        let covered = w.book.openInvoices(of: c.id, currency: total.currency).map(\.id)
        try w.save([.planAgreed(PaymentPlan(id: "", clientID: c.id, invoiceIDs: covered, agreedOn: w.today, instalments: instalments, note: note))])
        print("\(c.name): plan agreed for \(fmt.string(total))")
        for i in instalments { print("  \(i.date.iso)  \(fmt.string(i.amount))") }
    }
}

/// `tagih offer CLIENT AMOUNT` and `tagih offer CLIENT --accept|--reject`.
struct OfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Record a settlement offer, or accept or reject the open one.",
        discussion: "Accepting records the agreed payment and writes off the rest with the reason \"settlement\".")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Argument(help: "The amount offered (omit with --accept or --reject).") var amount: String?
    @Option(help: "client or us.") var by = "client"
    @Option(help: "Valid until (default: in 14 days).") var expires: String?
    @Flag(help: "Accept the open offer.") var accept = false
    @Flag(help: "Reject the open offer.") var reject = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        if accept || reject {
            guard let open = status.offers.last(where: { $0.status == .proposed })?.offer else { throw CLIError("\(c.name) has no open offer") }
            if accept {
                try w.save(w.book.acceptance(of: open, on: w.today))
                print("\(c.name): settled for \(fmt.string(open.amount)); the rest is written off as settlement")
            } else {
                try w.save([.offerAnswered(OfferAnswer(offerID: open.id, status: .rejected, date: w.today))])
                print("\(c.name): offer rejected")
            }
            return
        }
        guard let amount else { throw CLIError("give the amount offered, or --accept / --reject") }
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError("\(c.name) owes nothing") }
        let m = try w.money(amount, total.currency)
        guard m.isPositive, m.minor < total.minor else { throw CLIError("a settlement is more than zero and less than the balance (\(fmt.string(total)))") }
        guard let party = OfferParty(rawValue: by) else { throw CLIError("--by: client or us") }
        let until = try expires.map { try w.date($0, "--expires") } ?? w.today.adding(days: 14)
        try w.save([.offerMade(SettlementOffer(id: "", clientID: c.id, amount: m, offeredBy: party, date: w.today, expires: until))])
        print("\(c.name): offer of \(fmt.string(m)) recorded, valid until \(until.iso)")
        if let r = w.book.recovery(c.id, today: w.today, status: status) {
            let cmp = OfferComparison(balance: total, offer: m, recovery: r.probability)
            print("recovery estimate \(r.percent) (\(r.basis.joined(separator: " "))); holding out is worth about \(fmt.string(cmp.holdOut)), accepting \(fmt.string(cmp.accept))")
        }
    }
}

/// `tagih remind CLIENT`: records a reminder on the ladder.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remind", abstract: "Record a reminder sent (the next rung of the ladder unless --level).")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Option(help: "Ladder level (1 friendly, 2 firm, 3 final).") var level: Int?
    @Option(help: "A copy of the text sent.") var text = ""
    @Flag(help: "Send even though the contact-frequency guard warns (recorded).") var force = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        let override = try w.guardContact(c, force: force)
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        let l = level ?? status.lastReminderLevel + 1
        guard (1...10).contains(l) else { throw CLIError("--level: 1 to 10") }
        let copy = text + (override.map { (text.isEmpty ? "" : "\n") + "[guard overridden: \($0)]" } ?? "")
        let invoices = w.book.openInvoices(of: c.id).filter { $0.daysLate(on: w.today) >= 1 }.map(\.id)
        try w.save([.reminderSent(ReminderSent(clientID: c.id, level: l, invoiceIDs: invoices, text: copy)),
                    .followUpScheduled(FollowUpScheduled(clientID: c.id, date: w.today.adding(days: w.policy.cadence.lowerBound),
                                                         note: "after reminder \(l)"))])
        print("\(c.name): reminder \(l) (\(w.policy.ladderName(l))) recorded")
        if status.remindersSent + 1 >= w.policy.escalateAfterReminders && !status.escalated {
            print("escalated to \(c.owner ?? "the owner"): they now see \(c.name) in their queue (tagih queue --owner \(c.owner ?? "NAME"))")
        }
    }
}

/// `tagih escalate CLIENT` and the owner's side of the story.
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalate", abstract: "Hand a client to its owner salesperson, or add the owner's note.")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Option(help: "The owner (default: the client's owner).") var to: String?
    @Option(help: "A note.") var note = ""
    @Flag(help: "Record the owner's side of the story (--note) instead of escalating.") var ownerNote = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let owner = to ?? c.owner, !owner.isEmpty else { throw CLIError("\(c.name) has no owner; say --to NAME") }
        if ownerNote {
            guard !note.isEmpty else { throw CLIError("--owner-note needs --note with the owner's side") }
            try w.save([.escalation(EscalationRecord(clientID: c.id, kind: .ownerNote, owner: owner, note: note))])
            print("\(c.name): owner's note recorded")
        } else {
            try w.save([.escalation(EscalationRecord(clientID: c.id, kind: .escalated, owner: owner, note: note))])
            print("\(c.name): escalated to \(owner)")
        }
    }
}

/// `tagih writeoff CLIENT --reason R`: the last resort.
struct WriteOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "writeoff", abstract: "Write off a client's balance (or part of it), with a reason.")
    @OptionGroup var book: BookOptions
    @Argument(help: "Client id or part of the name.") var client: String
    @Option(help: "Amount (default: the whole balance in its largest currency).") var amount: String?
    @Option(help: "Why it is written off.") var reason: String
    @Flag(help: "Write off even though the ladder was not exhausted or no settlement was tried.") var yes = false

    func run() throws {
        let w = try WorkflowContext(book)
        let c = try w.client(client)
        guard let total = w.book.primaryBalance(of: c.id) else { throw CLIError("\(c.name) owes nothing") }
        let m = try amount.map { try w.money($0, total.currency) } ?? total
        guard m.isPositive, m.minor <= total.minor else { throw CLIError("the amount must be more than zero and at most \(fmt.string(total))") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError("--reason: say why") }
        let warnings = w.book.writeOffWarnings(c.id, status: w.book.status(c.id, today: w.today, policy: w.policy), policy: w.policy)
        if !warnings.isEmpty && !yes {
            throw CLIError("not written off: " + warnings.joined(separator: "; ") + ". Add --yes to write off anyway.")
        }
        var left = m.minor
        var events: [EventBody] = []
        for inv in w.book.openInvoices(of: c.id, currency: total.currency) where left > 0 {
            let take = min(left, w.book.balance(inv).minor)
            events.append(.writtenOff(WriteOff(id: "", invoiceID: inv.id, amount: Money(minor: take, currency: total.currency), reason: reason, date: w.today)))
            left -= take
        }
        try w.save(events)
        print("\(c.name): \(fmt.string(m)) written off (\(reason))")
    }
}
