import TerminalCore

/// Keeps a selection inside `count` rows and the rows shown (`viewport` from
/// `offset`) around it. Shared by the overdue list and the Today queue.
func clampSelection(_ selected: inout Int, _ offset: inout Int, count: Int, viewport: Int) {
    selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    let h = max(1, viewport)
    if selected < offset { offset = selected }
    if selected >= offset + h { offset = selected - h + 1 }
    offset = max(0, min(offset, max(0, count - h)))
}

/// Where each part of the screen goes at a given size. Shared by the reducer
/// (for paging and scrolling) and the views, so both agree on what is visible.
public struct Layout: Sendable {
    /// Below this the app shows only a "terminal too small" screen.
    public static let minimum = Size(width: 40, height: 10)
    /// From this width the list and the client detail stand side by side.
    public static let sideBySideWidth = 120

    public let size: Size
    public let currencies: Int
    public let filterShown: Bool

    public init(size: Size, currencies: Int = 3, filterShown: Bool = false) {
        self.size = size
        self.currencies = currencies
        self.filterShown = filterShown
    }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }
    public var sideBySide: Bool { size.width >= Layout.sideBySideWidth }

    public var titleBar: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// Everything between the title and the status bar.
    public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

    /// The list's column on a wide screen, or the whole body.
    public var listPane: Rect {
        guard sideBySide else { return body }
        return body.splitLeft(max(60, size.width * 11 / 20)).left
    }

    /// The detail pane: right of the list on a wide screen, else the whole body.
    public var detailPane: Rect {
        guard sideBySide else { return body }
        let l = listPane
        return Rect(x: l.maxX, y: body.y, width: size.width - l.maxX, height: body.height)
    }

    /// Rows of the aging summary: a header and a line per currency (up to three).
    public var summaryHeight: Int {
        let wanted = 1 + max(1, currencies)
        return size.height >= 14 ? min(wanted, 4) : min(wanted, 3)
    }

    public var summary: Rect { Rect(x: listPane.x, y: 1, width: listPane.width, height: summaryHeight) }

    /// The filter line, under the summary, when a filter is typed or kept.
    public var filterLine: Rect {
        Rect(x: listPane.x, y: summary.maxY, width: listPane.width, height: filterShown ? 1 : 0)
    }

    /// The list: below the summary (and a blank line when there is room), above the status bar.
    public var list: Rect {
        let top = filterLine.maxY + (size.height >= 20 && !filterShown ? 1 : 0)
        return Rect(x: listPane.x, y: top, width: listPane.width, height: max(0, size.height - 1 - top))
    }

    /// Entries of the Today queue visible at once (two rows each, under a header line).
    public var todayBodyHeight: Int { max(1, (listPane.height - 2) / 2) }

    /// Rows of the list visible at once (the list minus its header).
    public var listBodyHeight: Int { max(1, list.height - 1) }

    /// The call-notes editor and other forms: most of the screen.
    public var form: Rect {
        let w = min(size.width, 100), h = min(size.height - 2, 30)
        return Rect(x: (size.width - w) / 2, y: 1 + (size.height - 2 - h) / 2, width: w, height: h)
    }
}
