import TagihCore

/// Every string the screens show, in English and Bahasa Indonesia.
/// A test fails when a string exists in one language and not the other.
public enum T: String, CaseIterable, Sendable {
    // title bar and screens
    case overdue, invoiceOne, invoiceMany, clientOne, clientMany, matching, disputesOnly, marked, todayTitle, toContact
    case dashboardTitle, today
    // summary and list
    case aging, total, nothingOpen, colClient, colInvoice, colDue, colLate, colBucket, colBalance, colContact, colFollow, colInv
    case emptyBook, emptyBookHint, nothingMatches, escClears, noOverdue, nothingToChase, filterHint, never, todayWord, daysAgo, inDays
    // too small
    case tooSmall, needHave, resizeOrQuit
    // detail
    case owner, terms, netDays, noneAgreed, contract, noneOnFile, why, recovery, escalatedTo, salesSide, askSalesSide
    case nextFollowUp, overdueBy, reminders, none, promise, plan, paidOf, missedCount, agreed, offer, offeredBy, by, until
    case invoices, due, paid, balance, late, chasingPaused, writtenOffAmount, mayClaim, timeline, noContact, noClient
    case promisedBy, copyAt, guardOverridden, us, them
    // editor
    case kind, outcome, notes, notesLetter, promised, byDate, loggedBy, copyKeptAt, typeWhatWasSaid, dateHint, editorHint, saving
    // forms, prompts, overlays
    case formHint, paymentTitle, amount, date, method, dateOrToday, methodHint, paymentHint, confirm, yesNo, keysTitle
    case paletteTitle, noMatch, action, client
    // today and dashboard
    case todayHeading, nobodyDue, nobodyDueHint, whyPrefix, daysLateShort, receivables, beyondRange, dso, countback, cei, collectedMonth
    case writtenOffYear, promisesHeading, dueThisWeek, broken, plansHeading, onTrack, missed, dsoNote
    // status bar
    case readOnly, draft, hMove, hKeys, hQuit, hFilter, hLogCall, hSort, hByClient, hToday, hBack, hPayment, hSnooze
    case hCall, hPromise, hReminder, hOpen, hAllKeys, hList, hKeep, hClear, hSave, hClose, hField
    // the queue's reasons and the contact guard
    case rDaysLate, rLarge, rBroken, rMissed, rEscalated, rNever, rFollowOverdue, rFollowToday
    case gWhat, gToday, gYesterday, gDaysAgo, gTooSoon, gTooOften
}

/// The strings of one language, with `{0}`, `{1}` for values.
public struct Strings: Sendable {
    public let language: String

    public init(language: String) { self.language = language == "id" ? "id" : "en" }

    public func callAsFunction(_ key: T, _ args: CustomStringConvertible...) -> String {
        Catalog.translate(Strings.english[key] ?? key.rawValue, context: key.context, language: language, args)
    }

    /// `english` in this language, with `{0}`, `{1}` … replaced by `args` (the catalogue of `po/`).
    public func tr(_ english: String, _ args: any CustomStringConvertible...) -> String {
        Catalog.translate(english, language: language, args)
    }

    /// `english` in the sense `context` names (one English word, two translations: "none").
    public func tr(context: String, _ english: String) -> String {
        Catalog.translate(english, context: context, language: language, [])
    }

    /// The sentence for `count` things in this language (`{0}` is the count, `args` fill `{1}` on).
    public func trn(_ singular: String, _ plural: String, _ count: Int, _ args: any CustomStringConvertible...) -> String {
        Catalog.plural(singular, plural, count: count, language: language, args)
    }

    /// A sentence of the domain core (a problem, a warning, an estimate's basis) in this language.
    public func say(_ s: Sentence) -> String { s.text(language) }

    /// A text chosen at run time (a key's summary, a reason's label), in this language when the catalogue has it.
    public func phrase(_ english: String) -> String { Catalog.translate(english, language: language, []) }

    /// An outcome's name in this language.
    public func outcome(_ o: Outcome) -> String { say(o.sentence) }

    /// A contact kind's name in this language.
    public func kind(_ k: InteractionKind) -> String { say(k.name) }

    /// An aging bucket's name: "current" in this language, else its days (`1-30`, `120+`).
    public func bucket(_ buckets: AgingBuckets, _ index: Int) -> String { index == 0 ? tr("current") : buckets.label(index) }

    /// Every aging bucket's name, in order.
    public func buckets(_ buckets: AgingBuckets) -> [String] { (0..<buckets.count).map { bucket(buckets, $0) } }

    /// A rung of the reminder ladder ("friendly", "firm", "final"), in this language when it is one of the usual names.
    public func rung(_ name: String) -> String {
        switch name {
        case "friendly": return tr("friendly")
        case "firm": return tr("firm")
        case "final": return tr("final")
        case "final notice": return tr("final notice")
        default: return name
        }
    }

    /// Where a promise to pay stands.
    public func promiseState(_ s: PromiseStatus.State) -> String {
        switch s {
        case .open: return tr(context: "promise state", "open")
        case .kept: return tr(context: "promise state", "kept")
        case .broken: return tr(context: "promise state", "broken")
        }
    }

    /// Where an instalment of a plan stands.
    public func instalmentState(_ s: InstalmentStatus.State) -> String {
        switch s {
        case .paid: return tr(context: "instalment state", "paid")
        case .due: return tr(context: "instalment state", "due")
        case .missed: return tr(context: "instalment state", "missed")
        }
    }

    /// Where a settlement offer stands.
    public func offerStatus(_ s: OfferStatus) -> String {
        switch s {
        case .proposed: return tr(context: "offer state", "proposed")
        case .accepted: return tr(context: "offer state", "accepted")
        case .rejected: return tr(context: "offer state", "rejected")
        case .expired: return tr(context: "offer state", "expired")
        }
    }

    /// A reason for not paying, in this language.
    public func reason(_ r: NonPaymentReason) -> String { say(r.sentence) }

    /// A reason of the Today queue in this language.
    public func reason(_ r: QueueReason, money: MoneyFormat, dates: DateFormat) -> String {
        switch r {
        case let .daysLate(n): return self(.rDaysLate, n)
        case let .largeBalance(m): return self(.rLarge, money.string(m))
        case let .brokenPromise(m, d): return self(.rBroken, money.string(m), dates.short(d))
        case let .missedInstalment(m, d): return self(.rMissed, money.string(m), dates.short(d))
        case let .escalated(o): return self(.rEscalated, o.isEmpty ? tr("the owner") : o)
        case .neverContacted: return self(.rNever)
        case let .followUpOverdue(n): return self(.rFollowOverdue, n)
        case .followUpToday: return self(.rFollowToday)
        }
    }

    /// The contact-frequency guard's question in this language.
    public func guardQuestion(_ w: ContactWarning, client: String, dates: DateFormat, policy: Policy, zoneOffset: Int) -> String {
        let day = w.last.at.civilDate(offsetSeconds: zoneOffset)
        let what = self(.gWhat, kind(w.last.kind), dates.short(day), outcome(w.last.outcome), w.last.by)
        switch w.kind {
        case let .tooSoon(n):
            let when = n == 0 ? self(.gToday) : n == 1 ? self(.gYesterday) : self(.gDaysAgo, n)
            return self(.gTooSoon, client, when, what, policy.minDaysBetweenContacts)
        case let .tooOften(n):
            return self(.gTooOften, client, n, what, policy.maxContactsPer30Days)
        }
    }

    /// The English of every key; the translations are in `po/id.po`.
    static let english: [T: String] = [
        .overdue: "Overdue", .invoiceOne: "invoice", .invoiceMany: "invoices", .clientOne: "client", .clientMany: "clients",
        .matching: "matching", .disputesOnly: "disputes only", .marked: "{0} marked", .todayTitle: "Today", .toContact: "{0} to contact",
        .dashboardTitle: "Dashboard", .today: "today {0}",
        .aging: "Aging", .total: "total", .nothingOpen: "nothing open", .colClient: "Client", .colInvoice: "Invoice", .colDue: "Due",
        .colLate: "Late", .colBucket: "Bucket", .colBalance: "Balance", .colContact: "Contact", .colFollow: "Follow", .colInv: "Inv",
        .emptyBook: "This book has no invoices yet.", .emptyBookHint: "Press a to add a client and its first invoice, or bring yours in with `tagih import invoices FILE.csv`; `tagih init` sets your name, company and currency; `tagih demo` shows a sample book.",
        .nothingMatches: "Nothing matches \"{0}\".", .escClears: "Esc clears the filter.", .noOverdue: "No overdue invoices.",
        .nothingToChase: "Nothing to chase today.", .filterHint: "(/ edit · Esc clear)", .never: "—", .todayWord: "today",
        .daysAgo: "{0}d ago", .inDays: "in {0}d",
        .tooSmall: "Terminal too small", .needHave: "need {0}, have {1}", .resizeOrQuit: "resize, or q to quit",
        .owner: "owner", .terms: "Terms", .netDays: "net {0} days", .noneAgreed: "none agreed ⚠", .contract: "Contract",
        .noneOnFile: "none on file ⚠", .why: "Why", .recovery: "Recovery", .escalatedTo: "Escalated to {0}.",
        .salesSide: " Sales side: ", .askSalesSide: "Escalated to {0}: ask for the sales side of the story (a adds it)",
        .nextFollowUp: "Next follow-up", .overdueBy: "({0}d overdue)", .reminders: "Reminders", .none: "none",
        .promise: "Promise", .plan: "Plan", .paidOf: "{0}/{1} paid", .missedCount: ", {0} missed", .agreed: "agreed {0}",
        .offer: "Offer", .offeredBy: "{0} by {1} on {2}: {3}", .by: "by", .until: "until {0}",
        .invoices: "Invoices ({0})", .due: "due {0}", .paid: "paid {0}", .balance: "balance {0}", .late: "{0}d late",
        .chasingPaused: "chasing paused", .writtenOffAmount: "written off {0}",
        .mayClaim: "may claim ({0}): interest {1} at {2}%/yr + {3} compensation; not charged", .timeline: "Timeline ({0})",
        .noContact: "No contact recorded yet. c logs a call.", .noClient: "No client selected",
        .promisedBy: "promised {0} by {1}", .copyAt: "copy: {0}", .guardOverridden: "guard overridden: {0}", .us: "us", .them: "them",
        .kind: "Kind", .outcome: "Outcome", .notes: "Notes", .notesLetter: "Notes (or the letter's text)", .promised: "Promised",
        .byDate: "by", .loggedBy: "Logged by", .copyKeptAt: "Copy kept at", .typeWhatWasSaid: "(type what was said)",
        .dateHint: "(YYYY-MM-DD, +7, tomorrow)",
        .editorHint: "Ctrl-S save · Esc close · Tab next field · Ctrl-K kind · Ctrl-E $EDITOR · F1 keys", .saving: "saving…",
        .formHint: "Ctrl-S save · Enter next/save · Tab field · ←/→ choose · Esc close", .paymentTitle: "Record a payment",
        .amount: "Amount", .date: "Date", .method: "Method", .dateOrToday: "(YYYY-MM-DD or today)", .methodHint: "(transfer, cash, cheque…)",
        .paymentHint: "Ctrl-S or Enter on the last field saves · Esc closes", .confirm: "Confirm", .yesNo: "y yes · n no",
        .keysTitle: "Keys (Esc closes)", .paletteTitle: "Go to an action or a client", .noMatch: "no match", .action: "action", .client: "client",
        .todayHeading: "Today · {0} to contact, most urgent first", .nobodyDue: "Nobody is due for a follow-up today.",
        .nobodyDueHint: "1 shows the overdue list; z on a client snoozes it.", .whyPrefix: "why: ", .daysLateShort: "{0}d late",
        .receivables: "{0} receivables {1}",
        .beyondRange: "totals in {0} are beyond what tagih can add up (the book is past its limit); figures are cut off", .dso: "DSO", .countback: "countback", .cei: "CEI {0}…{1}",
        .collectedMonth: "collected this month", .writtenOffYear: "written off this year", .promisesHeading: "Promises",
        .dueThisWeek: "due this week", .broken: "broken", .plansHeading: "Plans", .onTrack: "on track", .missed: "missed",
        .dsoNote: "DSO over the last {0} days of sales; the same figures: tagih report kpi",
        .readOnly: " READ-ONLY ", .draft: " ● draft ", .hMove: "move", .hKeys: "keys", .hQuit: "quit", .hFilter: "filter",
        .hLogCall: "log call", .hSort: "sort", .hByClient: "by client", .hToday: "today", .hBack: "back", .hPayment: "payment",
        .hSnooze: "snooze", .hCall: "call", .hPromise: "promise", .hReminder: "reminder", .hOpen: "open", .hAllKeys: "all keys",
        .hList: "list", .hKeep: "keep", .hClear: "clear", .hSave: "save", .hClose: "close", .hField: "field",
        .rDaysLate: "{0} days late", .rLarge: "large balance ({0})", .rBroken: "broken promise: {0} due {1}",
        .rMissed: "missed instalment: {0} due {1}", .rEscalated: "escalated to {0}", .rNever: "never contacted",
        .rFollowOverdue: "follow-up {0}d overdue", .rFollowToday: "follow-up due today",
        .gWhat: "a {0} on {1} ({2}, by {3})", .gToday: "today", .gYesterday: "yesterday", .gDaysAgo: "{0} days ago",
        .gTooSoon: "{0} was last contacted {1}: {2}. The practice is at least {3} days between contacts. Contact them anyway?",
        .gTooOften: "{0} was contacted {1} times in the last 30 days (the latest: {2}). The practice is at most {3}. Contact them anyway?",
    ]
}

extension T {
    /// The message context of the keys whose English has another sense elsewhere.
    var context: String? {
        switch self {
        case .none: return "screen"
        case .by: return "screen: by whom"
        case .byDate: return "screen: by a date (a promise to pay)"
        default: return nil
        }
    }
}
