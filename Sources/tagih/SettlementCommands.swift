import ArgumentParser
import Foundation
import TagihCore
import TagihStore

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
        let w = try CommandContext(book)
        let c = try w.client(client)
        let cadence: PlanInput.Cadence
        if schedule != nil {
            cadence = .custom
        } else {
            guard let e = PlanInput.Cadence(rawValue: every), e != .custom else { throw CLIError(tr("--every: month, fortnight or week")) }
            cadence = e
        }
        let input = PlanInput(clientID: c.id, cadence: cadence, count: String(count), first: first ?? "", schedule: schedule ?? "", note: note)
        let events = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money)) {
            switch $0 {
            case .count: return "--count"
            case .first: return "--first"
            case .schedule: return "--schedule"
            default: return nil
            }
        }
        try w.save(events)
        guard case let .planAgreed(plan)? = events.first else { return }
        let total = Money(minor: plan.instalments.reduce(0) { $0 + $1.amount.minor }, currency: plan.instalments[0].amount.currency)
        Console.out(tr("{0}: plan agreed for {1}", c.name, w.money.string(total)))
        for i in plan.instalments { Console.out("  \(i.date.iso)  \(w.money.string(i.amount))") }
    }
}

/// `tagih offer CLIENT AMOUNT` and `tagih offer CLIENT --accept|--reject`.
struct OfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: tr("Record a settlement offer, or accept or reject the open one."),
        discussion: tr("Accepting is an agreement: the agreed amount is promised by --pay-by (or agreed as a plan with --instalments), nothing counts as collected until it is paid, and only then is the rest written off as settlement. If it is not paid by its day, the agreement is broken and the full balance is chased again."))
    @OptionGroup var book: BookOptions
    @Argument(help: ArgumentHelp(tr("Client id or part of the name."))) var client: String
    @Argument(help: ArgumentHelp(tr("The amount offered (omit with --accept or --reject)."))) var amount: String?
    @Option(help: ArgumentHelp(tr("client or us."))) var by = "client"
    @Option(help: ArgumentHelp(tr("Valid until (default: in 14 days)."))) var expires: String?
    @Flag(help: ArgumentHelp(tr("Accept the open offer."))) var accept = false
    @Flag(help: ArgumentHelp(tr("Reject the open offer."))) var reject = false
    @Option(name: .customLong("pay-by"), help: ArgumentHelp(tr("With --accept: the day the agreed amount is to be paid by (default: in 14 days)."))) var payBy: String?
    @Option(help: ArgumentHelp(tr("With --accept: pay the agreed amount in this many monthly instalments."))) var instalments: String?
    @Flag(help: ArgumentHelp(tr("With --accept: agree without asking."))) var yes = false

    func run() throws {
        let w = try CommandContext(book)
        let c = try w.client(client)
        if accept || reject {
            let input = OfferAnswerInput(clientID: c.id, accept: accept, payBy: payBy ?? "", instalments: instalments ?? "")
            let offer = input.openOffer(book: w.book, today: w.today, policy: w.policy)
            let events = try w.checked(input.validate(book: w.book, today: w.today, policy: w.policy)) {
                $0 == .payBy ? "--pay-by" : $0 == .instalments ? "--instalments" : nil
            }
            guard accept else {
                try w.save(events)
                Console.out(tr("{0}: offer rejected", c.name))
                return
            }
            guard case let .offerAnswered(a)? = events.first, let offer, let balance = w.book.primaryBalance(of: c.id) else { return }
            let rest = Money(minor: max(0, balance.minor - offer.amount.minor), currency: balance.currency)
            if !yes {
                throw CLIError(tr("accepting agrees {0} of {1}, to be paid by {2}; {3} is written off once it is paid. Add --yes to agree.",
                                  w.money.string(offer.amount), w.money.string(balance), a.payBy?.iso ?? "", w.money.string(rest)))
            }
            try w.save(events)
            Console.out(tr("{0}: {1} agreed, to be paid by {2}; {3} is written off once it is paid", c.name, w.money.string(offer.amount),
                           a.payBy?.iso ?? "", w.money.string(rest)))
            return
        }
        guard let amount else { throw CLIError(tr("give the amount offered, or --accept / --reject")) }
        guard let party = OfferParty(rawValue: by) else { throw CLIError(tr("--by: client or us")) }
        let input = OfferInput(clientID: c.id, amount: amount, offeredBy: party, expires: expires ?? "")
        let events = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money)) {
            $0 == .expires ? "--expires" : $0 == .amount ? "<amount>" : nil
        }
        try w.save(events)
        guard case let .offerMade(o)? = events.first else { return }
        Console.out(tr("{0}: offer of {1} recorded, valid until {2}", c.name, w.money.string(o.amount), o.expires?.iso ?? ""))
        let status = w.book.status(c.id, today: w.today, policy: w.policy)
        if let r = w.book.recovery(c.id, today: w.today, status: status), let total = w.book.primaryBalance(of: c.id) {
            let cmp = OfferComparison(balance: total, offer: o.amount, recovery: r.probability)
            Console.out(tr("recovery estimate {0} ({1}); holding out is worth about {2}, accepting {3}", r.percent, r.basis.map(\.description).joined(separator: " "),
                           w.money.string(cmp.holdOut), w.money.string(cmp.accept)))
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
        let w = try CommandContext(book)
        let c = try w.client(client)
        let input = WriteOffInput(clientID: c.id, amount: amount ?? "", reason: reason)
        let events = try w.checked(input.validate(book: w.book, today: w.today, decimalMark: w.decimalMark, money: w.money)) {
            $0 == .amount ? "--amount" : $0 == .reason ? "--reason" : nil
        }
        let warnings = input.warnings(book: w.book, today: w.today, policy: w.policy)
        if !warnings.isEmpty && !yes {
            throw CLIError(tr("not written off: {0}. Add --yes to write off anyway.", warnings.map(\.description).joined(separator: "; ")))
        }
        try w.save(events)
        let offs = events.compactMap { e -> Money? in if case let .writtenOff(x) = e { return x.amount } else { return nil } }
        guard let currency = offs.first?.currency else { return }
        Console.out(tr("{0}: {1} written off ({2})", c.name, w.money.string(Money(minor: offs.reduce(0) { $0 + $1.minor }, currency: currency)), reason))
    }
}
