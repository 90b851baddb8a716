/// Cleans text coming from outside (imported files, the command line) before
/// it is stored: control characters and escape sequences never enter the book.
public enum CleanText {
    /// One line: controls and bidi overrides removed, tabs and newlines become spaces, trimmed.
    public static func line(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\t" || u == "\n" || u == "\r" { out.append(" ") }
            else if isUnsafe(u) { continue }
            else { out.append(u) }
        }
        return String(out).trimmingWhitespace
    }

    /// Several lines (notes): like `line`, but newlines are kept.
    public static func multiline(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var prevCR = false
        for u in s.unicodeScalars {
            if u == "\r" { out.append("\n"); prevCR = true; continue }
            if u == "\n" { if !prevCR { out.append("\n") }; prevCR = false; continue }
            prevCR = false
            if u == "\t" { out.append(" ") } else if !isUnsafe(u) { out.append(u) }
        }
        return String(out)
    }

    static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}

extension EventBody {
    /// The same record with every text a person typed or a program passed in
    /// cleaned (`CleanText`): how each change is taken at the store's edge,
    /// whether it came from the app, the command line or an import. Ids are
    /// left as they are, since other records refer to them.
    public var cleaned: EventBody {
        let l = CleanText.line, m = CleanText.multiline
        switch self {
        case var .clientRecorded(c):
            c.name = l(c.name); c.contactPerson = l(c.contactPerson); c.phone = l(c.phone); c.email = l(c.email)
            c.address = m(c.address); c.contractRef = c.contractRef.map(l); c.owner = c.owner.map(l)
            return .clientRecorded(c)
        case var .invoiceIssued(i): i.number = l(i.number); return .invoiceIssued(i)
        case var .paymentRecorded(p): p.method = l(p.method); return .paymentRecorded(p)
        case var .interactionLogged(i):
            i.notes = m(i.notes); i.by = l(i.by); i.copyPath = i.copyPath.map(l); i.guardOverride = i.guardOverride.map(l)
            return .interactionLogged(i)
        case var .followUpScheduled(f): f.note = m(f.note); return .followUpScheduled(f)
        case var .reasonRecorded(r): r.note = m(r.note); return .reasonRecorded(r)
        case var .planAgreed(p): p.note = m(p.note); return .planAgreed(p)
        case var .offerMade(o): o.note = m(o.note); return .offerMade(o)
        case .offerAnswered: return self
        case var .reminderSent(r): r.text = m(r.text); return .reminderSent(r)
        case var .escalation(x): x.owner = l(x.owner); x.note = m(x.note); return .escalation(x)
        case var .writtenOff(w): w.reason = m(w.reason); return .writtenOff(w)
        case var .corrected(c): c.reason = m(c.reason); c.notes = c.notes.map(m); return .corrected(c)
        case .unknown: return self
        }
    }
}
