import TagihCore
import TerminalCore
import Widgets

/// Everything the screen shows, as plain data. Views render it; only the
/// reducer changes it.
public struct AppState: Sendable {
    /// The folded book (changes go out as effects and come back as `bookChanged`).
    public private(set) var book: Book
    /// The date aging is computed for (injected; never read from a clock here).
    public private(set) var today: CivilDate
    /// The time of the latest action, from the run loop's clock.
    public var now: Timestamp
    /// The local zone's offset from UTC, for showing times.
    public var zoneOffset = 0
    public var size: Size
    /// Who is using tagih: the default "logged by".
    public var user: String
    public var list = ListState()
    /// The collection practice in numbers (from config.toml).
    public var policy: Policy = .standard
    /// Which main screen is in front.
    public var screen: MainScreen = .list
    public var todayQueue = QueueState()
    /// The dashboard's figures, computed when it is shown.
    public private(set) var kpi: KPIReport?
    /// The dashboard's aged receivables by client.
    public private(set) var aged: AgedReceivables?
    /// Letter templates by language and rung name (loaded by the run loop: the
    /// user's own, else the shipped ones).
    public var letterTemplates: [String: [String: String]] = [:]
    /// The language letters are written in by default.
    public var letterLanguage = "en"
    /// The currency of amounts typed without one (`currency =` in config).
    public var defaultCurrency: Currency = .idr
    /// The changes saved since the app opened, one save each, oldest first:
    /// what `u` takes back, last first.
    public var undoStack: [[Event]] = []
    /// Whether an undo was written this session (for what `u` says when there is nothing left).
    public var undidAny = false
    /// The detail shows the earlier versions of amended contacts.
    public var showEarlierVersions = false
    /// The detail shows the client's statement of account instead.
    public var showStatement = false
    /// The client shown in the detail pane.
    public var detailScroll = 0
    /// Narrow screens: the detail is open full screen.
    public var detailOpen = false
    /// Wide screens: which pane takes the keys.
    public var focus: Pane = .list
    /// What has the keys: the main screen or what is open over it (see `Mode`).
    public var mode: Mode = .browsing
    public var filterInput = TextEditor()
    /// Where the book lives, shown in the status bar.
    public var dataPath: String
    /// Why the book cannot be changed, when it cannot.
    public var readOnlyReason: String?
    /// A message for the status bar until the next key.
    public var message: StatusMessage?
    public var buckets: AgingBuckets = .standard
    public private(set) var summary: AgingSummary
    public var moneyFormat: MoneyFormat = .standard {
        didSet {
            list.measuredFormat = moneyFormat
            list.measure()
        }
    }
    /// How dates are shown on screen (files and exports keep ISO).
    public var dates = DateFormat(language: "en")
    /// The screens' words, in the user's language.
    public var text = Strings(language: "en")
    /// True once the user asked to quit.
    public var quitting = false
    /// Every open row of the book (the list shows the overdue ones), for the totals.
    var openRowsStore: [OverdueRow] = []
    /// Whether the last `replaceBook` updated only the clients it touched (for tests).
    var lastRefreshWasPartial = false

    public init(book: Book, today: CivilDate, size: Size, dataPath: String, now: Timestamp? = nil, user: String = "me",
                policy: Policy = .standard, zoneOffset: Int = 0) {
        self.book = book
        self.today = today
        self.size = size
        self.dataPath = dataPath
        self.user = user
        self.now = now ?? Timestamp.noon(today)
        self.policy = policy
        self.zoneOffset = zoneOffset
        buckets = policy.buckets
        summary = AgingSummary(buckets: policy.buckets)
        refreshRows()
    }

    /// Replaces the book (after a save or a reload) and recomputes the list,
    /// keeping the selected row selected when it is still there. With the
    /// `events` that made the difference, only the clients they touch are
    /// worked out again when that is enough.
    public mutating func replaceBook(_ b: Book, after events: [Event]? = nil) {
        book = b
        if let events, let touched = b.clientsTouched(by: events), !touched.isEmpty, touched.count <= 50, refreshClients(touched) {
            lastRefreshWasPartial = true
            return
        }
        lastRefreshWasPartial = false
        refreshRows()
    }

    /// Updates the rows, totals and list of a few clients; false when a full refresh is needed.
    private mutating func refreshClients(_ touched: Set<ClientID>) -> Bool {
        let fresh = book.openRows(of: touched, today: today, buckets: buckets)
        var byInvoice: [InvoiceID: OverdueRow] = [:]
        for r in fresh { byInvoice[r.invoice.id] = r }
        var positions: [Int] = []
        for (i, r) in openRowsStore.enumerated() where touched.contains(r.invoice.clientID) {
            guard byInvoice[r.invoice.id] != nil else { return false }
            positions.append(i)
        }
        guard positions.count == fresh.count,
              list.update(clients: touched, rows: fresh, book: book, today: today, policy: policy, zoneOffset: zoneOffset) else { return false }
        for i in positions { openRowsStore[i] = byInvoice[openRowsStore[i].invoice.id]! }
        summary = Book.agingSummary(of: openRowsStore, buckets: buckets)
        list.clamp(viewport: viewportHeight)
        refreshScreen()
        return true
    }

    public mutating func setToday(_ d: CivilDate) {
        today = d
        refreshRows()
    }

    mutating func refreshRows() {
        let open = book.openRows(today: today, buckets: buckets)
        openRowsStore = open
        summary = Book.agingSummary(of: open, buckets: buckets)
        list.measuredFormat = moneyFormat
        list.rebuild(open: open, book: book, today: today, buckets: buckets, policy: policy, zoneOffset: zoneOffset)
        list.clamp(viewport: viewportHeight)
        refreshScreen()
    }

    /// Recomputes what the front screen shows beyond the list.
    mutating func refreshScreen() {
        switch screen {
        case .list: break
        case .today:
            let keep = todayQueue.current?.clientID
            todayQueue.entries = TodayQueue.build(book, today: today, policy: policy, owner: todayQueue.mineOnly ? user : nil,
                                                  zoneOffset: zoneOffset)
            if let keep, let i = todayQueue.entries.firstIndex(where: { $0.clientID == keep }) { todayQueue.selected = i }
            todayQueue.clamp(viewport: layout.todayBodyHeight)
        case .dashboard:
            kpi = KPIReport(book: book, today: today, policy: policy)
            aged = AgedReceivables(book: book, asOf: today, buckets: policy.buckets)
        }
    }

    /// The current screen arrangement.
    public var layout: Layout { Layout(size: size, currencies: summary.currencies.count, filterShown: filtering || !list.query.isEmpty) }

    /// List rows visible at once at the current size.
    public var viewportHeight: Int { layout.listBodyHeight }

    /// The client the detail pane and the client actions are about.
    public var currentClient: ClientID? {
        screen == .today ? todayQueue.current?.clientID : list.current?.clientID
    }

    /// The invoice under the selection (per-invoice list), if any.
    public var currentInvoice: Invoice? {
        guard screen == .list, case let .invoice(r)? = list.current else { return nil }
        return r.invoice
    }

    /// Whether the detail is on screen (beside the list, or instead of it).
    public var detailVisible: Bool { layout.sideBySide || detailOpen }
}

/// The main screens, switched with 1, 2, 3.
public enum MainScreen: Sendable, Equatable { case list, today, dashboard }

/// The Today queue's entries and selection.
public struct QueueState: Sendable {
    public var entries: [QueueEntry] = []
    /// Only the clients the user owns (escalations to them included).
    public var mineOnly = false
    public var selected = 0
    public var offset = 0
    public var current: QueueEntry? { entries.indices.contains(selected) ? entries[selected] : nil }

    mutating func clamp(viewport: Int) {
        clampSelection(&selected, &offset, count: entries.count, viewport: viewport)
    }
}

/// Which pane takes the keys on a wide screen.
public enum Pane: Sendable, Equatable { case list, detail }

/// A transient line in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Level: Sendable { case info, warn, error }
    public let level: Level
    public let text: String
    public init(_ level: Level, _ text: String) {
        self.level = level
        self.text = text
    }
}
