import XCTest
import TagihCore
@testable import TagihStore

final class ConfigTests: XCTestCase {
    func testDefaultsAreThePractice() throws {
        let c = try Config.parse("", file: "config.toml")
        XCTAssertEqual(c.policy.minDaysBetweenContacts, 7)
        XCTAssertEqual(c.policy.cadence, 7...10)
        XCTAssertEqual(c.policy.maxContactsPer30Days, 4)
        XCTAssertEqual(c.policy.ladder, ["friendly", "firm", "final"])
        XCTAssertEqual(c.policy.escalateAfterReminders, 3)
        XCTAssertEqual(c.policy.buckets, .standard)
        XCTAssertEqual(c.policy.rights, .none)
    }

    func testOverrides() throws {
        let text = """
        # my settings
        user = "Rina"   # me
        [policy]
        min_days_between_contacts = 5
        cadence = [5, 8]
        max_contacts_per_30_days = 6
        ladder = ["gentle", "firm", "final", "lawyer"]
        escalate_after_reminders = 2
        aging_buckets = [15, 30, 60]
        [rights]
        preset = "eu"
        reference_rate = 2.15
        """
        let c = try Config.parse(text, file: "config.toml")
        XCTAssertEqual(c.user, "Rina")
        XCTAssertEqual(c.policy.minDaysBetweenContacts, 5)
        XCTAssertEqual(c.policy.cadence, 5...8)
        XCTAssertEqual(c.policy.maxContactsPer30Days, 6)
        XCTAssertEqual(c.policy.ladder.last, "lawyer")
        XCTAssertEqual(c.policy.escalateAfterReminders, 2)
        XCTAssertEqual(c.policy.buckets.labels, ["current", "1-15", "16-30", "31-60", "60+"])
        XCTAssertEqual(c.policy.rights, .eu)
        XCTAssertEqual(c.policy.referenceRateBasisPoints, 215)
    }

    func testErrorsNameTheFileLineAndKey() {
        let cases: [(String, String)] = [
            ("[policy]\nmin_days = 5", "config.toml:2: unknown key min_days in [policy]"),
            ("[polcy]\nx = 1", "config.toml:2: unknown section [polcy]"),
            ("[policy]\ncadence = [10, 7]", "config.toml:2: cadence: expected [low, high] days"),
            ("[policy]\nmax_contacts_per_30_days = \"four\"", "config.toml:2: max_contacts_per_30_days: expected a whole number"),
            ("[rights]\npreset = \"mars\"", "config.toml:2: preset: expected one of"),
            ("user = \"unterminated", "config.toml:1: user: a string is not closed"),
            ("just words", "config.toml:1: expected key = value"),
            ("[policy]\naging_buckets = [30, 30]", "config.toml:2: aging_buckets: expected rising day counts"),
        ]
        for (text, want) in cases {
            XCTAssertThrowsError(try Config.parse(text, file: "config.toml"), text) { e in
                XCTAssertTrue((e as? ConfigError)?.description.hasPrefix(want) ?? false, "\(e) should start with \(want)")
            }
        }
    }
}
