import XCTest
@testable import TagihCore

/// Event fingerprints: SipHash-2-4 checked against the reference vectors,
/// and a fingerprint that changes with every field and not with how the event was made.
final class FingerprintTests: XCTestCase {
    func testSipHashMatchesTheReferenceVectors() {
        let k0: UInt64 = 0x0706_0504_0302_0100, k1: UInt64 = 0x0F0E_0D0C_0B0A_0908
        let message = (0..<64).map { UInt8($0) }
        XCTAssertEqual(SipHash24.hash([], key: k0, k1), 0x726F_DB47_DD0E_0E31)
        XCTAssertEqual(SipHash24.hash(Array(message[..<1]), key: k0, k1), 0x74F8_39C5_93DC_67FD)
        XCTAssertEqual(SipHash24.hash(Array(message[..<15]), key: k0, k1), 0xA129_CA61_49BE_45E5)
        XCTAssertEqual(SipHash24.hash(Array(message[..<63]), key: k0, k1), 0x958A_324C_EB06_4572)
    }

    func testTheFingerprintCoversEveryFieldAndNothingElse() {
        let base = Event(id: EventID("e1"), at: Timestamp(millis: 1_790_000_000_000), device: "laptop", seq: 7, author: "Rina",
                         body: .paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i"), date: CivilDate(iso: "2026-11-30")!,
                                                        amount: Money(major: 5, currency: .idr), method: "transfer")))
        var variants: [Event] = []
        for k in 0..<7 {
            var e = base
            switch k {
            case 0: e.at = Timestamp(millis: e.at.millis + 1)
            case 1: e.device = "phone"
            case 2: e.seq = 8
            case 3: e.author = "Dewi"
            case 4: e.body = .paymentRecorded(Payment(id: "p", invoiceID: InvoiceID("i"), date: CivilDate(iso: "2026-11-30")!,
                                                      amount: Money(major: 6, currency: .idr), method: "transfer"))
            case 5: e.body = .writtenOff(WriteOff(id: "p", invoiceID: InvoiceID("i"), amount: Money(major: 5, currency: .idr), reason: "transfer",
                                                  date: CivilDate(iso: "2026-11-30")!))
            default: e.id = EventID("e2")
            }
            variants.append(e)
        }
        XCTAssertEqual(Set(variants.map(\.fingerprint) + [base.fingerprint]).count, 8, "every field changes it")
        var w = SnapshotWriter(capacity: 8)
        XCTAssertEqual(base.fingerprint(using: &w), base.fingerprint, "a reused writer gives the same")
        XCTAssertEqual(base.fingerprint(using: &w), base.fingerprint)
        XCTAssertEqual(base.fingerprint, 0xA7B0_9E44_DB0D_A8F7, "pinned: fingerprints are kept in snapshots and must never change")
    }
}
