#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TagihCore

extension BookStore {
    /// Folds what was added to the journals since the book was read: another
    /// person's journal that a sync brought, or this machine's journal grown by
    /// `tagih log`. Returns the events that were new to the book (an event
    /// merged twice is not), oldest first. Never writes, so it is safe in a
    /// read-only session and while another process is writing: a line still
    /// being written is left for next time.
    public func reload() -> [Event] {
        var fresh: [Event] = []
        var folded = book
        defer { book = folded }
        for name in (try? journalNames()) ?? [] {
            let path = directory.journalDirectory + "/" + name
            let isOwn = path == ownJournalPath
            let known = isOwn ? ownEnd : (journalEnds[name]?.end ?? 0)
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            let size = Int(st.st_size)
            if size == known { continue }
            if size < known {
                let note = tr("journal/{0} is shorter than when it was read ({1} bytes, was {2}); restart tagih to read it again", name, size, known)
                self.note(note)
                continue
            }
            let scan: JournalScan
            var kept: [Event] = []
            do {
                scan = try JournalScan.scanFile(path, from: known, continuing: journalSums[name] ?? CoverageSum()) { events, prints in
                    for (e, p) in zip(events, prints) {
                        let before = folded.eventCount
                        folded.apply(checked: e, fingerprint: p)
                        if folded.eventCount > before { kept.append(e) }
                    }
                    events = []
                    prints = []
                }
            } catch {
                // Gone between the look and the read (a sync replacing it, a conflict copy
                // deleted): what was folded still counts; the file is looked at next time.
                fresh += kept
                if error.code != ENOENT { note(error.description) }
                continue
            }
            fresh += kept
            for d in scan.damage {
                // Damage that arrives while open stops saving, as at start.
                if readOnlyReason == nil {
                    readOnlyReason = tr("{0}: damaged record at byte {1} ({2}); the book is read-only until tagih is restarted", "journal/" + name, d.offset, d.reason)
                }
                note(tr("{0}: damaged record at byte {1}, {2} bytes: {3}", "journal/" + name, d.offset, d.length, d.reason))
            }
            for r in scan.invalid {
                linesLeftOut += 1
                note(tr("{0}: record at byte {1} left out: {2}", "journal/" + name, r.offset, r.reason))
            }
            let seq = max(journalEnds[name]?.lastSeq ?? 0, scan.lastSeq)
            journalEnds[name] = (scan.goodEnd, seq)
            journalSums[name] = scan.sum
            if isOwn {
                ownEnd = scan.goodEnd
                lastSeq = max(lastSeq, seq)
            }
        }
        eventsSinceSnapshot += fresh.count
        let conflictsBefore = book.idConflicts.count
        book = folded
        if book.idConflicts.count != conflictsBefore { noteConflicts() }
        return fresh.sorted(by: Event.foldOrder)
    }
}
