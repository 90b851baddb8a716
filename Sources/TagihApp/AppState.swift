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
    /// The client shown in the detail pane.
    public var detailScroll = 0
    /// Narrow screens: the detail is open full screen.
    public var detailOpen = false
    /// Wide screens: which pane takes the keys.
    public var focus: Pane = .list
    /// The filter line is being typed in.
    public var filtering = false
    public var filterInput = TextEditor()
    public var editor: ContactEditor?
    public var payment: PaymentForm?
    public var prompt: Prompt?
    public var showingHelp = false
    /// Where the book lives, shown in the status bar.
    public var dataPath: String
    /// Why the book cannot be changed, when it cannot.
    public var readOnlyReason: String?
    /// A message for the status bar until the next key.
    public var message: StatusMessage?
    public var buckets: AgingBuckets = .standard
    public private(set) var summary: AgingSummary
    public var moneyFormat: MoneyFormat = .standard
    /// True once the user asked to quit.
    public var quitting = false

    public init(book: Book, today: CivilDate, size: Size, dataPath: String, now: Timestamp? = nil, user: String = "me") {
        self.book = book
        self.today = today
        self.size = size
        self.dataPath = dataPath
        self.user = user
        self.now = now ?? Timestamp.noon(today)
        summary = AgingSummary(buckets: .standard)
        refreshRows()
    }

    /// Replaces the book (after a save or a reload) and recomputes the list,
    /// keeping the selected row selected when it is still there.
    public mutating func replaceBook(_ b: Book) {
        book = b
        refreshRows()
    }

    public mutating func setToday(_ d: CivilDate) {
        today = d
        refreshRows()
    }

    mutating func refreshRows() {
        summary = book.agingSummary(today: today, buckets: buckets)
        list.rebuild(book: book, today: today, buckets: buckets)
        list.clamp(viewport: viewportHeight)
    }

    /// The current screen arrangement.
    public var layout: Layout { Layout(size: size, currencies: summary.currencies.count, filterShown: filtering || !list.query.isEmpty) }

    /// List rows visible at once at the current size.
    public var viewportHeight: Int { layout.listBodyHeight }

    /// The client the detail pane and the client actions are about.
    public var currentClient: ClientID? { list.current?.clientID }

    /// The invoice under the selection (per-invoice list), if any.
    public var currentInvoice: Invoice? {
        if case let .invoice(r)? = list.current { return r.invoice }
        return nil
    }

    /// Whether the detail is on screen (beside the list, or instead of it).
    public var detailVisible: Bool { layout.sideBySide || detailOpen }
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
