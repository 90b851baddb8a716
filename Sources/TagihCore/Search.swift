import Foundation

/// Text folded for searching: lower case, accents removed, so "dede" finds
/// "Dédé" and "MULLER" finds "Müller".
public enum SearchText {
    public static func fold(_ s: String) -> String {
        // Plain ASCII (most notes) only needs lower case: much cheaper than Unicode folding.
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            return String(decoding: s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "ł", with: "l")
            .replacingOccurrences(of: "đ", with: "d")
    }

    /// True when every word of the (folded) query occurs in the (folded) text.
    public static func matches(folded text: String, query: [String]) -> Bool {
        for w in query where !text.contains(w) { return false }
        return true
    }

    /// A query split into folded words.
    public static func words(_ query: String) -> [String] {
        fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
