import TagihCore
import TerminalCore

/// Everything the screen shows, as plain data. Views render it; only the
/// reducer changes it.
public struct AppState: Sendable {
    /// The folded book (read-only here: changes go out as effects).
    public private(set) var book: Book
    /// The date aging is computed for (injected; never read from a clock here).
    public private(set) var today: CivilDate
    public var size: Size
    public var screen: Screen = .list
    public var showingHelp = false
    public var list = ListState()
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

    public init(book: Book, today: CivilDate, size: Size, dataPath: String) {
        self.book = book
        self.today = today
        self.size = size
        self.dataPath = dataPath
        summary = AgingSummary(buckets: .standard)
        refreshRows()
    }

    /// Replaces the book (after a save or a reload) and recomputes the list,
    /// keeping the selected invoice selected when it is still there.
    public mutating func replaceBook(_ b: Book) {
        book = b
        refreshRows()
    }

    public mutating func setToday(_ d: CivilDate) {
        today = d
        refreshRows()
    }

    /// Invoice rows visible at once at the current size.
    public var viewportHeight: Int {
        Layout(size: size).listBodyHeight(currencies: summary.currencies.count)
    }

    mutating func refreshRows() {
        let keep = list.rows.indices.contains(list.selected) ? list.rows[list.selected].invoice.id : nil
        list.rows = book.overdueRows(today: today, buckets: buckets)
        summary = book.agingSummary(today: today, buckets: buckets)
        if let keep, let i = list.rows.firstIndex(where: { $0.invoice.id == keep }) {
            list.selected = i
        }
        list.clamp(viewport: viewportHeight)
    }
}

/// Which screen is in front.
public enum Screen: Sendable, Equatable {
    case list
}

/// The overdue list's rows, selection and scroll position.
public struct ListState: Sendable {
    public var rows: [OverdueRow] = []
    public var selected = 0
    /// Index of the first row shown.
    public var offset = 0

    /// Keeps the selection in range and on screen.
    mutating func clamp(viewport: Int) {
        selected = rows.isEmpty ? 0 : min(max(0, selected), rows.count - 1)
        let h = max(1, viewport)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = max(0, min(offset, max(0, rows.count - h)))
    }
}

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
