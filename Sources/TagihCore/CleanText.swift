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
