#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TagihCore

/// One journal record with where it is and its checksum, for evidence.
public struct JournalRecord: Sendable {
    public let event: Event
    public let checksum: String
    public let file: String
    public let offset: Int
}

extension BookStore {
    /// Every intact record of every journal, in fold order, with its checksum.
    /// Records are read as the book reads them (the same limits and checks).
    public func records() throws(StoreError) -> [JournalRecord] {
        var out: [JournalRecord] = []
        for name in try journalNames() {
            let path = directory.journalDirectory + "/" + name
            let bytes: [UInt8]
            do { bytes = try PosixFile.readFile(path) } catch { throw .unreadable(error) }
            let scan = JournalScan.scan(bytes)
            for (e, offset) in zip(scan.events, scan.offsets) {
                let crc = String(decoding: bytes[(offset + 8)..<(offset + 16)], as: UTF8.self)
                out.append(JournalRecord(event: e, checksum: crc, file: "journal/\(name)", offset: offset))
            }
        }
        return out.sorted { Event.foldOrder($0.event, $1.event) }
    }
}

/// Everything on record about one client as a Markdown document in time order,
/// for an accountant or a lawyer, each entry with its journal checksum.
public enum CaseFile {
    public static func markdown(client id: ClientID, book: Book, records: [JournalRecord], today: CivilDate,
                                policy: Policy = .standard, money: MoneyFormat = .standard) -> String? {
        guard let c = book.clients[id] else { return nil }
        var out = header(c, book: book, today: today, policy: policy, money: money)
        out += "\n" + tr("## Record, oldest first") + "\n\n"
        for r in records {
            guard let (line, quote) = entry(r.event, client: id, book: book, policy: policy, money: money) else { continue }
            out += "- **\(Exporter.isoTime(r.event.at))** (\(md(r.event.author))) \(line) `crc32c:\(r.checksum)`\n"
            if !quote.isEmpty { out += "\n  > " + md(quote).replacingOccurrences(of: "\n", with: "\n  > ") + "\n\n" }
        }
        return out
    }

    /// Text made safe for a Markdown table or quote.
    static func md(_ s: String) -> String {
        CleanText.multiline(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The title, the client and terms, the invoices and the recovery estimate.
    private static func header(_ c: Client, book: Book, today: CivilDate, policy: Policy, money fmt: MoneyFormat) -> String {
        let id = c.id
        var out = tr("# Case file: {0}", md(c.name)) + "\n\n"
        out += tr("Prepared {0} by tagih from the journal. Each entry ends with the CRC-32C of its journal record.", today.iso) + "\n\n"
        out += tr("## Client and terms") + "\n\n"
        out += tr("- Client id: {0}\n- Contact: {1}\n- Phone: {2}\n- E-mail: {3}\n- Address: {4}", md(c.id.raw), md(c.contactPerson), md(c.phone), md(c.email), md(c.address)) + "\n"
        out += (c.termsDays.map { tr("- Payment terms: net {0} days", $0) } ?? tr("- Payment terms: **none agreed**")) + "\n"
        out += (c.contractRef.map { tr("- Contract: {0}", md($0)) } ?? tr("- Contract: **none on file**")) + "\n"
        out += tr("- Owner: {0}", md(c.owner ?? "—")) + "\n\n"
        out += tr("## Invoices on {0}", today.iso) + "\n\n"
        out += tr("| invoice | issued | due | amount | paid | credited | written off | balance | days late |") + "\n|---|---|---|---|---|---|---|---|---|\n"
        for inv in book.invoices(of: id) {
            let void = book.voiding(inv) != nil
            out += "| \(md(inv.number))\(void ? " " + tr("(void)") : "") | \(inv.issued.iso) | \(inv.due.iso) | \(fmt.string(inv.amount)) | \(fmt.string(book.paid(inv))) | "
            out += "\(fmt.string(book.credited(inv))) | \(fmt.string(book.writtenOff(inv))) | \(fmt.string(book.balance(inv))) | "
            out += "\(void || book.balance(inv).isZero ? 0 : max(0, inv.daysLate(on: today))) |\n"
        }
        let status = book.status(id, today: today, policy: policy)
        if let est = book.recovery(id, today: today, status: status) {
            out += "\n" + tr("Recovery estimate: {0} ({1}).", est.percent, est.basis.map(\.description).joined(separator: " ")) + "\n"
        }
        return out
    }

    /// One record's line (and the text it quotes), when it is about the client.
    private static func entry(_ e: Event, client id: ClientID, book: Book, policy: Policy, money fmt: MoneyFormat) -> (String, String)? {
        let ownInvoices = Set(book.invoices(of: id).map(\.id))
        var line: String?
        var quote = ""
        switch e.body {
        case let .clientRecorded(x) where x.id == id:
            if let changed = edited(x, book.clientHistory(id).map(\.value), { $0.changes(from: $1) }) {
                line = tr("Client details changed: {0}", changed)
                break
            }
            let terms = x.termsDays.map { tr("terms net {0}", $0) } ?? tr("terms none")
            let contract = x.contractRef.map { tr("contract {0}", md($0)) } ?? tr("contract none")
            line = tr("Client details recorded: {0}, {1}, {2}", md(x.name), terms, contract)
        case let .invoiceIssued(x) where x.clientID == id:
            if let changed = edited(x, book.invoiceHistory(x.id).map(\.value), { $0.changes(from: $1, money: fmt.string) }) {
                line = tr("Invoice {0} changed: {1}", md(x.number), changed)
                break
            }
            line = tr("Invoice {0} issued {1}, due {2}, {3}", md(x.number), x.issued.iso, x.due.iso, fmt.string(x.amount))
        case let .paymentRecorded(x) where ownInvoices.contains(x.invoiceID):
            let number = md(book.invoices[x.invoiceID]?.number ?? x.invoiceID.raw)
            line = (x.method.isEmpty ? tr("Payment {0} on {1}, {2}", fmt.string(x.amount), number, x.date.iso)
                : tr("Payment {0} on {1}, {2} ({3})", fmt.string(x.amount), number, x.date.iso, md(x.method)))
                + " · id " + md(x.id.isEmpty ? e.id.raw : x.id)
        case let .interactionLogged(x) where x.clientID == id:
            var s: String
            switch x.kind {
            case .call: s = tr("Call, {0}, by {1}", x.outcome.localizedLabel, md(x.by))
            case .letter: s = tr("Letter, {0}, by {1}", x.outcome.localizedLabel, md(x.by))
            case .email: s = tr("Email, {0}, by {1}", x.outcome.localizedLabel, md(x.by))
            case .visit: s = tr("Visit, {0}, by {1}", x.outcome.localizedLabel, md(x.by))
            }
            if let d = x.durationSeconds { s += ", \(Parse.formatDuration(d))" }
            if let p = x.promise { s += tr("; promised {0} by {1}", fmt.string(p.amount), p.date.iso) }
            if let n = x.nextFollowUp { s += tr("; next follow-up {0}", n.iso) }
            if let cp = x.copyPath { s += tr("; copy at {0}", md(cp)) }
            if let g = x.guardOverride { s += tr("; contact-frequency guard overridden ({0})", md(g)) }
            line = s
            quote = x.notes
        case let .reasonRecorded(x) where x.clientID == id:
            line = (x.invoiceID.map { tr("Reason recorded: {0} for {1}", x.reason.localizedLabel, md(book.invoices[$0]?.number ?? $0.raw)) }
                ?? tr("Reason recorded: {0}", x.reason.localizedLabel)) + (x.note.isEmpty ? "" : ": \(md(x.note))")
        case let .followUpScheduled(x) where x.clientID == id:
            line = tr("Next follow-up set to {0}", x.date.iso) + (x.note.isEmpty ? "" : ": \(md(x.note))")
        case let .planAgreed(x) where x.clientID == id:
            line = tr("Payment plan agreed: {0}", x.instalments.map { "\($0.date.iso) \(fmt.string($0.amount))" }.joined(separator: ", "))
            quote = x.note
        case let .offerMade(x) where x.clientID == id:
            let amount = fmt.string(x.amount)
            switch (x.offeredBy == .us, x.expires) {
            case (true, nil): line = tr("Settlement offer by us: {0}", amount)
            case let (true, until?): line = tr("Settlement offer by us: {0}, valid until {1}", amount, until.iso)
            case (false, nil): line = tr("Settlement offer by the client: {0}", amount)
            case let (false, until?): line = tr("Settlement offer by the client: {0}, valid until {1}", amount, until.iso)
            }
            quote = x.note
        case let .offerAnswered(x):
            if book.offers[id]?.contains(where: { $0.value.id == x.offerID }) == true {
                switch x.status {
                case .proposed: line = tr("Settlement offer proposed on {0}", x.date.iso)
                case .accepted: line = x.payBy.map { tr("Settlement offer accepted on {0}, to be paid by {1}", x.date.iso, $0.iso) }
                    ?? tr("Settlement offer accepted on {0}", x.date.iso)
                case .rejected: line = tr("Settlement offer rejected on {0}", x.date.iso)
                case .expired: line = tr("Settlement offer expired on {0}", x.date.iso)
                }
            }
        case let .reminderSent(x) where x.clientID == id:
            line = tr("Reminder {0} ({1}) sent", x.level, policy.ladderName(x.level))
            quote = x.text
        case let .escalation(x) where x.clientID == id:
            line = x.kind == .escalated ? tr("Escalated to {0}", md(x.owner)) : tr("Owner's note from {0}: {1}", md(x.owner), md(x.note))
            if x.kind == .escalated { quote = x.note }
        case let .writtenOff(x) where ownInvoices.contains(x.invoiceID):
            line = tr("Written off {0} of {1}: {2}", fmt.string(x.amount), md(book.invoices[x.invoiceID]?.number ?? x.invoiceID.raw), md(x.reason))
        case let .corrected(x) where x.clientID == id:
            line = correction(x, event: e, book: book, money: fmt)
        default: break
        }
        return line.map { ($0, quote) }
    }

    /// For a record that replaced an earlier version: what it changed ("terms: 14 → 30"); nil for a first version.
    private static func edited<R: Equatable>(_ x: R, _ versions: [R], _ changes: (R, R) -> [(field: Sentence, old: String, new: String)]) -> String? {
        guard let k = versions.firstIndex(of: x), k > 0 else { return nil }
        return changes(x, versions[k - 1]).map { "\($0.field): \(md($0.old.isEmpty ? "—" : $0.old)) → \(md($0.new.isEmpty ? "—" : $0.new))" }
            .joined(separator: "; ")
    }

    /// A correction's line: what it changed and why.
    private static func correction(_ x: Correction, event e: Event, book: Book, money fmt: MoneyFormat) -> String {
        let number = md(x.invoiceID.map { book.invoices[$0]?.number ?? $0.raw } ?? "")
        let why = md(x.reason)
        switch x.kind {
        case .reversePayment: return tr("Payment {0} on {1} reversed (id {2}): {3}", x.amount.map(fmt.string) ?? "", number, md(x.target), why)
        case .credit: return tr("Credit note {0} on {1}: {2}", x.amount.map(fmt.string) ?? "", number, why)
        case .void: return tr("Invoice {0} voided: {1}", number, why)
        case .amendContact:
            var parts: [String] = []
            if let o = x.outcome { parts.append(tr("outcome {0}", o.localizedLabel)) }
            if let p = x.promise { parts.append(tr("promised {0} by {1}", fmt.string(p.amount), p.date.iso)) }
            if x.dropsPromise { parts.append(tr("no promise")) }
            if let n = x.notes { parts.append(tr("note \"{0}\"", md(n))) }
            return tr("Contact {0} amended: {1} ({2})", md(x.target), parts.joined(separator: "; "), why)
        case .withdrawContact: return tr("Contact {0} withdrawn: {1}", md(x.target), why)
        case .withdraw: return tr("Record {0} withdrawn: {1}", md(x.target), why)
        case .removeClient: return tr("Client removed: {0}", why)
        }
    }
}
