import Foundation
import TagihApp
import TagihCore
import TagihStore

/// What `--format json` prints for the commands that report (queue, kpi)
/// and those that record (log, pay): the same versioned shape as the
/// exports (`tagih_export`, snake_case keys, amounts as numbers).
enum JSONOutput {
    static func string(_ s: String) -> String { Exporter.jsonString(s) }
    static func money(_ m: Money) -> String { "{\"currency\":\"\(m.currency.code)\",\"amount\":\(m.decimalString)}" }
    static func object(_ kind: String, _ fields: [(String, String)]) -> String {
        "{\"tagih_export\":\(Exporter.jsonVersion),\"kind\":\"\(kind)\"," + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    static func queue(_ q: [QueueEntry], today: CivilDate, money fmt: MoneyFormat) -> String {
        let words = Strings(language: Catalog.language), dates = DateFormat(language: Catalog.language, iso: true)
        let rows = q.enumerated().map { i, e in
            "{\"rank\":\(i + 1),\"client_id\":\(string(e.clientID.raw)),\"name\":\(string(e.name)),\"owner\":\(e.owner.map(string) ?? "null"),"
                + "\"days_late\":\(e.oldestDaysLate),\"follow_up\":\"\(e.followUp.iso)\",\"escalated\":\(e.escalated),"
                + "\"balances\":[\(e.balances.map(money).joined(separator: ","))],"
                + "\"why\":[\(e.reasons.map { string(words.reason($0, money: fmt, dates: dates)) }.joined(separator: ","))]}"
        }
        return object("queue", [("today", "\"\(today.iso)\""), ("rows", "[" + rows.joined(separator: ",") + "]")])
    }

    static func kpi(_ k: KPIReport) -> String {
        func num(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "null" }
        let rows = k.currencies.map { c in
            "{\"currency\":\"\(c.currency.code)\",\"receivables\":\(c.receivables.decimalString),\"dso_days\":\(num(c.dso)),"
                + "\"countback_dso_days\":\(num(c.countbackDSO)),\"cei_percent\":\(num(c.cei)),\"collected_this_month\":\(c.collectedThisMonth.decimalString),"
                + "\"written_off_this_year\":\(c.writtenOffThisYear.decimalString),\"buckets\":[\(c.buckets.map(\.decimalString).joined(separator: ","))]}"
        }
        return object("kpi", [("today", "\"\(k.today.iso)\""), ("period_days", String(k.periodDays)), ("cei_from", "\"\(k.ceiFrom.iso)\""),
                              ("cei_to", "\"\(k.ceiTo.iso)\""), ("currencies", "[" + rows.joined(separator: ",") + "]"),
                              ("promises_due_this_week", String(k.promisesDueThisWeek)), ("promises_broken", String(k.promisesBroken)),
                              ("plans_on_track", String(k.plansOnTrack)), ("plans_missed", String(k.plansMissed))])
    }

    /// What a save wrote: the events' ids and types.
    static func saved(_ kind: String, _ events: [Event]) -> String {
        let rows = events.map { "{\"id\":\(string($0.id.raw)),\"type\":\(string($0.body.kind))}" }
        return object(kind, [("saved", "[" + rows.joined(separator: ",") + "]")])
    }

    static func check(_ c: JournalCheck) -> String {
        func places(_ list: [(offset: Int, length: Int, reason: String)]) -> String {
            "[" + list.map { "{\"offset\":\($0.offset),\"length\":\($0.length),\"reason\":\(string($0.reason))}" }.joined(separator: ",") + "]"
        }
        let files = c.files.map { f in
            "{\"file\":\(string(f.file)),\"records\":\(f.records),\"own\":\(f.isOwn),\"damaged\":\(places(f.problems)),\"left_out\":\(places(f.leftOut))}"
        }
        let conflicts = c.conflicts.map { x in
            "{\"id\":\(string(x.id.raw)),\"places\":[" + x.places.map { "{\"file\":\(string($0.file)),\"offset\":\($0.offset)}" }.joined(separator: ",") + "]}"
        }
        return object("check", [("clean", String(c.isClean && c.damagedSnapshots == 0)), ("records", String(c.recordCount)),
                                ("files", "[" + files.joined(separator: ",") + "]"), ("conflicts", "[" + conflicts.joined(separator: ",") + "]"),
                                ("damaged_snapshots", String(c.damagedSnapshots))])
    }
}
