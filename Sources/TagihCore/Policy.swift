/// The collection practice as numbers: how often to contact, when to escalate,
/// the aging buckets and the statutory rights that apply. Defaults follow the
/// guide; `config.toml` may override each.
public struct Policy: Sendable, Equatable {
    /// Fewer days than this since the last contact triggers the guard.
    public var minDaysBetweenContacts = 7
    /// The next follow-up is suggested this many days on (the low end) and
    /// should fall no later than the high end.
    public var cadence = 7...10
    /// More contacts than this in 30 days triggers the guard.
    public var maxContactsPer30Days = 4
    /// Names of the reminder levels, in order.
    public var ladder = ["friendly", "firm", "final"]
    /// After this many reminders the client goes to its owner salesperson.
    public var escalateAfterReminders = 3
    public var buckets = AgingBuckets.standard
    public var rights = RightsPreset.none
    /// The central bank reference rate in basis points (2.15% is 215), for statutory interest.
    public var referenceRateBasisPoints = 0

    public init() {}

    public static let standard = Policy()

    /// The name of a reminder level: 1 is the first rung.
    public func ladderName(_ level: Int) -> String {
        guard level >= 1 else { return "none" }
        return level <= ladder.count ? ladder[level - 1] : "final notice"
    }
}
