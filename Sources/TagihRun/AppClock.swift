import Foundation
import Synchronization
import TagihCore

/// Where the run loop reads the time: the system clock in the app, a clock
/// the test moves by hand in tests.
public protocol AppClock: Sendable {
    /// Now, in milliseconds since 1970.
    func now() -> Timestamp
    /// The local zone's offset from UTC, in seconds.
    func zoneOffset() -> Int
}

/// The system's clock and time zone.
public struct SystemClock: AppClock {
    public init() {}
    public func now() -> Timestamp { Timestamp(millis: Int64((Date().timeIntervalSince1970 * 1000).rounded())) }
    public func zoneOffset() -> Int { TimeZone.current.secondsFromGMT() }
}

/// A clock that stands still until moved (for tests).
public final class ManualClock: AppClock {
    private let millis: Mutex<Int64>
    private let offset: Int

    public init(_ start: Timestamp, zoneOffset: Int = 0) {
        millis = Mutex(start.millis)
        offset = zoneOffset
    }

    public func now() -> Timestamp { Timestamp(millis: millis.withLock { $0 }) }
    public func zoneOffset() -> Int { offset }

    /// Moves the clock on by `seconds`.
    public func advance(seconds: Double) { millis.withLock { $0 += Int64(seconds * 1000) } }
}
