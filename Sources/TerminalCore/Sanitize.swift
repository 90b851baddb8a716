/// Makes text from a user's data safe to put on a terminal.
///
/// Control characters (C0, DEL, C1) would let imported text move the cursor,
/// clear the screen or set the clipboard (`ESC]52`); bidirectional overrides
/// would reorder what the user reads. They are replaced or dropped here, at the
/// lowest layer, so no view can forget to do it.
public enum Sanitize {
    /// Shown in place of a control character.
    public static let replacement: Character = "\u{FFFD}"

    /// One line of display text: controls become U+FFFD, tabs and newlines a
    /// space, bidi controls are removed.
    public static func line(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u) { needs = true; break }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\t" || u == "\n" || u == "\r" { out.append(" ") }
            else if isBidiControl(u) { continue }
            else if isControl(u) { out.append(contentsOf: String(replacement).unicodeScalars) }
            else { out.append(u) }
        }
        return String(out)
    }

    /// Multi-line text: like `line`, but keeps newlines (CRLF becomes LF).
    public static func multiline(_ s: String) -> String {
        s.replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value)
    }

    static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
            || u.value == 0x200E || u.value == 0x200F || u.value == 0x061C
    }

    static func isUnsafe(_ u: Unicode.Scalar) -> Bool { isControl(u) || isBidiControl(u) }
}

extension String {
    var replacingCRLF: String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = ""
        var prevCR = false
        for u in unicodeScalars {
            if prevCR && u != "\n" { out.unicodeScalars.append("\n") }
            prevCR = u == "\r"
            if !prevCR { out.unicodeScalars.append(u) }
        }
        if prevCR { out.unicodeScalars.append("\n") }
        return out
    }
}

extension Sanitize {
    /// Text for a terminal or a pipe from the command line: newlines and tabs
    /// kept (CRLF too), every other control character shown as U+FFFD and
    /// bidi controls removed, so that nothing a book holds can move the
    /// cursor, set the window title or the clipboard.
    public static func output(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u) && u != "\n" && u != "\t" { needs = true; break }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        var scalars = Array(s.unicodeScalars)[...]
        while let u = scalars.popFirst() {
            if u == "\n" || u == "\t" { out.append(u) }
            else if u == "\r" && scalars.first == "\n" { out.append(u) }
            else if isBidiControl(u) { continue }
            else if isControl(u) { out.append(contentsOf: String(replacement).unicodeScalars) }
            else { out.append(u) }
        }
        return String(out)
    }
}
