/// A screen the app can draw on and read input from. The app's run loop only
/// talks to this protocol, so tests run the whole app on `TestTerminal`.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal can show (0 for monochrome).
    var colorCount: Int { get }
    /// Shows a full frame.
    func draw(_ buffer: ScreenBuffer)
    /// Waits up to `timeoutMillis` (negative: forever) for input; nil on timeout.
    func nextEvent(timeoutMillis: Int) -> TerminalEvent?
    /// Gives the terminal back to the shell (for `$EDITOR`), then takes it again.
    func suspend()
    func resume()
    /// Restores the terminal for good.
    func shutdown()
}

/// An in-memory terminal: events are queued by the test and each drawn frame
/// is kept for inspection.
@MainActor
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public var colorCount: Int
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var suspendCount = 0
    public private(set) var isShutDown = false
    private var pending: [TerminalEvent] = []

    public init(size: Size, colorCount: Int = 256) {
        self.size = size
        self.colorCount = colorCount
    }

    /// The last frame drawn, as plain text.
    public var screenText: String { frames.last?.plainText() ?? "" }

    /// Queues key presses.
    public func send(_ keys: Key...) { pending += keys.map { .key($0) } }

    /// Queues typed text as character keys.
    public func type(_ text: String) { pending += text.map { .key(.char($0)) } }

    /// Changes the size and queues the resize event.
    public func resize(to s: Size) {
        size = s
        pending.append(.resize(s))
    }

    public var hasPendingEvents: Bool { !pending.isEmpty }

    public func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

    public func nextEvent(timeoutMillis: Int) -> TerminalEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public func suspend() { suspendCount += 1 }
    public func resume() {}
    public func shutdown() { isShutDown = true }
}
