import Foundation

/// Text folded for searching: lower case, accents removed, so "dede" finds
/// "Dédé" and "MULLER" finds "Müller".
public enum SearchText {
    public static func fold(_ s: String) -> String {
        var folder = Folder()
        var out: [UInt8] = []
        folder.append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds text into UTF-8 bytes scalar by scalar, remembering how each
    /// non-ASCII scalar folds; one folder serves a whole list (fast: the
    /// Unicode work is done once per distinct character, not per note).
    public struct Folder {
        private var cache: [UInt32: [UInt8]] = [:]

        public init() {}

        /// Appends the folded UTF-8 bytes of `s` to `out`.
        public mutating func append(_ s: String, to out: inout [UInt8]) {
            var s = s
            let ascii = s.withUTF8 { u -> Bool in
                for b in u where b >= 0x80 { return false }
                out.reserveCapacity(out.count + u.count)
                for b in u { out.append(b >= 65 && b <= 90 ? b + 32 : b) }
                return true
            }
            guard !ascii else { return }
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    let b = UInt8(v)
                    out.append(b >= 65 && b <= 90 ? b + 32 : b)
                } else if let known = cache[v] {
                    out += known
                } else {
                    let folded = Array(Folder.foldOne(scalar).utf8)
                    cache[v] = folded
                    out += folded
                }
            }
        }

        /// One character folded: lower case, no accents, narrow forms, and
        /// the letters that have no accent to remove spelled out.
        static func foldOne(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "ß", "ẞ": return "ss"
            case "ø", "Ø": return "o"
            case "ł", "Ł": return "l"
            case "đ", "Đ": return "d"
            default:
                // A combining accent on its own (decomposed text): dropped, like the accent of a precomposed letter.
                if scalar.properties.generalCategory == .nonspacingMark { return "" }
                return String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            }
        }
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
