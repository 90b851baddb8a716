/// Text measured in terminal cells: wide East Asian glyphs and emoji take two
/// cells, combining marks and other zero-width characters none.
public enum DisplayWidth {
    /// Cells one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 {
            // Emoji presentation selector or a joined emoji sequence: two cells.
            if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            if scalars.contains(where: { $0.value == 0x200D }) && scalars.contains(where: { isWide($0) }) { return 2 }
            // Regional-indicator pairs (flags) are two cells.
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        return of(first)
    }

    /// Cells one scalar takes on its own.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(s) { return 0 }
        return isWide(s) ? 2 : 1
    }

    /// Cells a string occupies.
    public static func of(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        let v = s.value
        return (0x1160...0x11FF).contains(v) // Hangul medial vowels and final consonants
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x1100 { return false }
        for r in wideRanges where r.contains(v) { return true }
        return s.properties.isEmojiPresentation
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, condensed).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension DisplayWidth {
    /// The scalars of a cell that every terminal draws the same way: the
    /// first scalar and the marks that sit on it (combining marks, variation
    /// selectors), never a zero-width joiner or a second spacing scalar.
    ///
    /// Terminals and ncurses measure text one scalar at a time (`wcwidth`),
    /// so a joined emoji such as 👨‍👩‍👧 is five scalars and six cells to them
    /// but one glyph of two cells to the cluster rules tagih lays out by:
    /// passed whole, its tail spilled into the next columns and stayed behind
    /// on the screen. Drawing only its first emoji (👨, two cells everywhere)
    /// keeps every row where it belongs; the data keeps the whole name.
    public static func terminalScalars(of text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for u in text.unicodeScalars {
            if out.isEmpty { out.append(u); continue }
            guard u.value != 0x200D, of(u) == 0 || isVariationSelector(u) else { break }
            out.append(u)
            if out.count == 5 { break }
        }
        return out
    }

    static func isVariationSelector(_ u: Unicode.Scalar) -> Bool { (0xFE00...0xFE0F).contains(u.value) }
}
