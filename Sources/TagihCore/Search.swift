import Foundation

/// Text folded for searching: lower case, accents removed, so "dede" finds
/// "Dédé" and "MULLER" finds "Müller".
public enum SearchText {
    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
