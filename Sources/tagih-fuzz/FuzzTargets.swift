import Foundation
import TagihApp
import TagihCore
import TagihStore

/// The coverage-guided fuzz targets: each takes any bytes and must neither
/// crash nor hang. `scripts/fuzz TARGET SECONDS` builds this with libFuzzer;
/// the ordinary build replays files (the committed seed corpus) instead.
enum FuzzTargets {
    static let names = ["journal", "csv", "config"]

    /// Runs the target `name` on one input.
    static func run(_ name: String, _ bytes: [UInt8]) {
        switch name {
        case "journal": journal(bytes)
        case "csv": csv(bytes)
        default: config(bytes)
        }
    }

    /// A journal file: read it as the book does, fold it, and work out every
    /// report that adds amounts up. Half the inputs have their checksums made
    /// right first, so that the fuzzer gets past them into the event reader
    /// (as a teammate's hand-made line would).
    static func journal(_ bytes: [UInt8]) {
        let input = (bytes.first ?? 0) % 2 == 0 ? withRightChecksums(bytes) : bytes
        let summary = JournalSummary(bytes: input)
        let book = Book(events: summary.events)
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        _ = AgingReport(book: book, today: today)
        _ = KPIReport(book: book, today: today)
        _ = TodayQueue.build(book, today: today, policy: .standard, owner: nil)
        for id in book.clients.keys.sorted().prefix(3) { _ = book.status(id, today: today, policy: .standard) }
        _ = Exporter.csv(.invoices, book: book)
    }

    /// Each line framed with its right checksum: a line in tagih's frame
    /// keeps its payload, any other line becomes the payload.
    static func withRightChecksums(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        let header = Array(#"{"crc":"00000000","e":"#.utf8)
        for raw in bytes.dropFirst().split(separator: 10, omittingEmptySubsequences: false) {
            var payload = Array(raw)
            if payload.count > header.count + 1, payload.starts(with: header.prefix(8)), payload.last == UInt8(ascii: "}") {
                payload = Array(payload[header.count..<(payload.count - 1)])
            }
            out += JournalLine.frame(payload: payload)
        }
        return out
    }

    /// A CSV file imported as each kind of record, on an empty book.
    static func csv(_ bytes: [UInt8]) {
        guard let rows = try? CSV.parse(bytes, file: "fuzz.csv") else { return }
        for kind in [ImportKind.invoices, .clients, .payments] {
            var options = ImportOptions(kind: kind)
            options.currency = .idr
            if case let .success(plan) = Importer(book: Book(), file: "fuzz.csv", options: options).plan(rows) {
                for c in plan.changes { _ = Book().validate(c) }
            }
        }
    }

    /// A config.toml and a theme file.
    static func config(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? Config.parse(text, file: "fuzz.toml")
        _ = try? TOMLLite(parsing: text, file: "fuzz.toml")
        _ = try? Theme.parse(text, file: "fuzz.toml", name: "fuzz")
    }
}
