import TagihCore
import TerminalCore
import Widgets

/// A column of the overdue list, by what it shows (its title is a translation).
public enum ListColumn: Sendable, Equatable {
    case client, flags, invoice, due, daysLate, bucket, balance, lastContact, nextFollowUp, invoiceCount

    /// The sort a click on its title picks, for the columns the list sorts by.
    public var sort: ListSort? {
        switch self {
        case .client: return .client
        case .daysLate: return .daysLate
        case .balance: return .balance
        case .lastContact: return .lastContact
        case .nextFollowUp: return .nextFollowUp
        default: return nil
        }
    }
}

extension AppState {
    /// The overdue list's columns for the grouping shown, each with its title
    /// (an arrow on the sorted one) and width rules; the view draws these and
    /// the mouse is routed by them.
    var listColumns: [(id: ListColumn, spec: TableColumn)] {
        let t = text, arrow = list.descending ? "↓" : "↑"
        func title(_ id: ListColumn, _ s: String) -> String { id.sort != nil && id.sort == list.sort ? s + arrow : s }
        func column(_ id: ListColumn, _ s: String, width: Int, alignment: TableColumn.Alignment = .left, dropOrder: Int = 0,
                    flexible: Bool = false, minWidth: Int = 1) -> (id: ListColumn, spec: TableColumn) {
            (id, TableColumn(title(id, s), width: width, flexible: flexible, minWidth: minWidth, alignment: alignment, dropOrder: dropOrder))
        }
        // Days late are short numbers; the column is as wide as its title ("Telat↓").
        let late = max(5, DisplayWidth.of(title(.daysLate, t(.colLate))))
        let tail = [column(.balance, t(.colBalance), width: min(list.widestBalance, 24), alignment: .right),
                    column(.lastContact, t(.colContact), width: 7, dropOrder: 4),
                    column(.nextFollowUp, t(.colFollow), width: 8, dropOrder: 7)]
        switch list.grouping {
        case .invoice:
            let pane = layout.listPane.width
            return [column(.client, t(.colClient), width: 12, flexible: true, minWidth: pane >= 70 ? 18 : pane >= 60 ? 16 : 12),
                    column(.flags, "", width: 4, dropOrder: 3),
                    column(.invoice, t(.colInvoice), width: min(list.widestNumber, 16), dropOrder: 2),
                    column(.due, t(.colDue), width: 11, dropOrder: 6),
                    column(.daysLate, t(.colLate), width: late, alignment: .right),
                    column(.bucket, t(.colBucket), width: 6, dropOrder: 5)] + tail
        case .client, .allClients:
            return [column(.client, t(.colClient), width: 12, flexible: true, minWidth: 12),
                    column(.flags, "", width: 4, dropOrder: 3),
                    column(.invoiceCount, t(.colInv), width: 3, alignment: .right, dropOrder: 3),
                    column(.daysLate, t(.colLate), width: late, alignment: .right),
                    column(.bucket, t(.colBucket), width: 6, dropOrder: 5)] + tail
        }
    }
}

/// What is under a point of the screen, from the same layout the views draw with.
public enum ScreenSpot: Sendable, Equatable {
    case detail
    case listTitle(ListColumn?)
    /// A row of the overdue list (an index into its rows, maybe past the last).
    case listRow(Int)
    /// An entry of the Today queue (two lines each).
    case todayEntry(Int)
    case elsewhere
}

extension AppState {
    /// What lies at column `x`, line `y` on the screen shown.
    public func spot(x: Int, y: Int) -> ScreenSpot {
        let l = layout
        func inside(_ r: Rect) -> Bool { x >= r.x && x < r.maxX && y >= r.y && y < r.maxY }
        if (detailOpen && !l.sideBySide) || (l.sideBySide && screen != .dashboard && inside(l.detailPane)) { return .detail }
        switch screen {
        case .dashboard: return .elsewhere
        case .today:
            let area = l.sideBySide ? l.listPane : l.body
            return y >= area.y + 2 && inside(area) ? .todayEntry(todayQueue.offset + (y - area.y - 2) / 2) : .elsewhere
        case .list:
            guard inside(l.list) else { return .elsewhere }
            if y == l.list.y { return .listTitle(listColumn(atX: x - l.list.x, width: l.list.width)) }
            return .listRow(list.offset + (y - l.list.y - 1))
        }
    }

    /// The list column whose cells cover `x` (counted from the list's left edge).
    func listColumn(atX x: Int, width: Int) -> ListColumn? {
        let columns = listColumns
        let widths = Table.layout(columns.map(\.spec), width: width)
        var left = 0
        for (i, c) in columns.enumerated() {
            guard let w = widths[i] else { continue }
            if x >= left && x < left + w { return c.id }
            left += w + 1
        }
        return nil
    }
}
