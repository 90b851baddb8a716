import TerminalCore

/// Where each part of the screen goes at a given size. Shared by the reducer
/// (for paging) and the views, so both agree on what is visible.
public struct Layout: Sendable {
    /// Below this the app shows only a "terminal too small" screen.
    public static let minimum = Size(width: 40, height: 10)

    public let size: Size
    public init(size: Size) { self.size = size }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

    public var titleBar: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// Rows of the aging summary: a header and up to three currencies,
    /// fewer on short screens.
    public func summaryHeight(currencies: Int) -> Int {
        let wanted = 1 + max(1, currencies)
        return size.height >= 14 ? min(wanted, 5) : min(wanted, 3)
    }

    public func summary(currencies: Int) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: summaryHeight(currencies: currencies))
    }

    /// The list: below the summary (and a blank line when there is room),
    /// above the status bar.
    public func list(currencies: Int) -> Rect {
        let top = 1 + summaryHeight(currencies: currencies) + (size.height >= 20 ? 1 : 0)
        return Rect(x: 0, y: top, width: size.width, height: max(0, size.height - 1 - top))
    }

    /// Rows of invoices visible at once (the list minus its header).
    public func listBodyHeight(currencies: Int) -> Int { max(1, list(currencies: currencies).height - 1) }
}
