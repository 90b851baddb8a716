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
    public func records() throws(StoreError) -> [JournalRecord] {
        var out: [JournalRecord] = []
        let decoder = JSONDecoder()
        for name in PosixFile.list(directory.journalDirectory) where name.hasSuffix(".jsonl") {
            let path = directory.journalDirectory + "/" + name
            let bytes: [UInt8]
            do { bytes = try PosixFile.readFile(path) } catch { throw .io(error) }
            var start = 0
            while start < bytes.count {
                guard let nl = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { break }
                let range = start..<nl
                let payload: Range<Int>? = bytes.withUnsafeBufferPointer { buf in
                    JournalLine.verifiedPayload(UnsafeBufferPointer(rebasing: buf[range]))
                }
                if let p = payload, let save = try? decoder.decode(JournalScan.Save.self, from: Data(bytes[(start + p.lowerBound)..<(start + p.upperBound)])) {
                    let crc = String(decoding: bytes[(start + 8)..<(start + 16)], as: UTF8.self)
                    for e in save.events { out.append(JournalRecord(event: e, checksum: crc, file: "journal/\(name)", offset: start)) }
                }
                start = nl + 1
            }
        }
        return out.sorted { Event.foldOrder($0.event, $1.event) }
    }
}

/// Everything on record about one client as a Markdown document in time order,
/// for an accountant or a lawyer, each entry with its journal checksum.
public enum CaseFile {
    public static func markdown(client id: ClientID, book: Book, records: [JournalRecord], today: CivilDate,
                                policy: Policy = .standard) -> String? {
        guard let c = book.clients[id] else { return nil }
        let fmt = MoneyFormat.standard
        let ownInvoices = Set(book.invoices(of: id).map(\.id))
        func md(_ s: String) -> String {
            CleanText.multiline(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
        }
        var out = "# Case file: \(md(c.name))\n\n"
        out += "Prepared \(today.iso) by tagih from the journal. Each entry ends with the CRC-32C of its journal record.\n\n"
        out += "## Client and terms\n\n"
        out += "- Client id: \(md(c.id.raw))\n- Contact: \(md(c.contactPerson))\n- Phone: \(md(c.phone))\n- E-mail: \(md(c.email))\n"
        out += "- Address: \(md(c.address))\n"
        out += "- Payment terms: \(c.termsDays.map { "net \($0) days" } ?? "**none agreed**")\n"
        out += "- Contract: \(c.contractRef.map(md) ?? "**none on file**")\n- Owner: \(md(c.owner ?? "—"))\n\n"
        out += "## Invoices on \(today.iso)\n\n| invoice | issued | due | amount | paid | written off | balance | days late |\n|---|---|---|---|---|---|---|---|\n"
        for inv in book.invoices(of: id) {
            out += "| \(md(inv.number)) | \(inv.issued.iso) | \(inv.due.iso) | \(fmt.string(inv.amount)) | \(fmt.string(book.paid(inv))) | "
            out += "\(fmt.string(book.writtenOff(inv))) | \(fmt.string(book.balance(inv))) | \(max(0, inv.daysLate(on: today))) |\n"
        }
        let status = book.status(id, today: today, policy: policy)
        if let est = book.recovery(id, today: today, status: status) {
            out += "\nRecovery estimate: \(est.percent) (\(est.basis.joined(separator: " "))).\n"
        }
        out += "\n## Record, oldest first\n\n"
        for r in records {
            let e = r.event
            let when = Exporter.isoTime(e.at)
            var line: String?
            var quote = ""
            switch e.body {
            case let .clientRecorded(x) where x.id == id:
                line = "Client details recorded: \(md(x.name)), terms \(x.termsDays.map { "net \($0)" } ?? "none"), contract \(md(x.contractRef ?? "none"))"
            case let .invoiceIssued(x) where x.clientID == id:
                line = "Invoice \(md(x.number)) issued \(x.issued.iso), due \(x.due.iso), \(fmt.string(x.amount))"
            case let .paymentRecorded(x) where ownInvoices.contains(x.invoiceID):
                line = "Payment \(fmt.string(x.amount)) on \(md(book.invoices[x.invoiceID]?.number ?? x.invoiceID.raw)), \(x.date.iso)" + (x.method.isEmpty ? "" : " (\(md(x.method)))")
            case let .interactionLogged(x) where x.clientID == id:
                var s = "\(x.kind.rawValue.capitalized), \(x.outcome.label), by \(md(x.by))"
                if let d = x.durationSeconds { s += ", \(Parse.formatDuration(d))" }
                if let p = x.promise { s += "; promised \(fmt.string(p.amount)) by \(p.date.iso)" }
                if let n = x.nextFollowUp { s += "; next follow-up \(n.iso)" }
                if let cp = x.copyPath { s += "; copy at \(md(cp))" }
                if let g = x.guardOverride { s += "; contact-frequency guard overridden (\(md(g)))" }
                line = s
                quote = x.notes
            case let .reasonRecorded(x) where x.clientID == id:
                line = "Reason recorded: \(x.reason.label)" + (x.invoiceID.map { " for \(md(book.invoices[$0]?.number ?? $0.raw))" } ?? "") + (x.note.isEmpty ? "" : ": \(md(x.note))")
            case let .followUpScheduled(x) where x.clientID == id:
                line = "Next follow-up set to \(x.date.iso)" + (x.note.isEmpty ? "" : ": \(md(x.note))")
            case let .planAgreed(x) where x.clientID == id:
                line = "Payment plan agreed: " + x.instalments.map { "\($0.date.iso) \(fmt.string($0.amount))" }.joined(separator: ", ")
            case let .offerMade(x) where x.clientID == id:
                line = "Settlement offer by \(x.offeredBy == .us ? "us" : "the client"): \(fmt.string(x.amount))" + (x.expires.map { ", valid until \($0.iso)" } ?? "")
            case let .offerAnswered(x):
                if book.offers[id]?.contains(where: { $0.value.id == x.offerID }) == true { line = "Settlement offer \(x.status.rawValue) on \(x.date.iso)" }
            case let .reminderSent(x) where x.clientID == id:
                line = "Reminder \(x.level) (\(policy.ladderName(x.level))) sent"
                quote = x.text
            case let .escalation(x) where x.clientID == id:
                line = x.kind == .escalated ? "Escalated to \(md(x.owner))" : "Owner's note from \(md(x.owner)): \(md(x.note))"
            case let .writtenOff(x) where ownInvoices.contains(x.invoiceID):
                line = "Written off \(fmt.string(x.amount)) of \(md(book.invoices[x.invoiceID]?.number ?? x.invoiceID.raw)): \(md(x.reason))"
            default: break
            }
            if let l = line {
                out += "- **\(when)** (\(md(e.author))) \(l) `crc32c:\(r.checksum)`\n"
                if !quote.isEmpty { out += "\n  > " + md(quote).replacingOccurrences(of: "\n", with: "\n  > ") + "\n\n" }
            }
        }
        return out
    }
}
