import TerminalCore

/// Splits text into lines of at most `width` cells at spaces; a word wider
/// than a line is cut into pieces. Each character is measured once, so a
/// 100,000-character word costs what 100,000 characters of words do.
public func wrapWords(_ text: String, width: Int) -> [String] {
    var out: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if width > 0, paragraph.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            wrapASCII(paragraph, width: width, into: &out)
            continue
        }
        var line = "", used = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(String(word))
            if line.isEmpty && used == 0 {
                line = String(word); used = w
            } else if used + 1 + w <= width {
                line += " " + word; used += 1 + w
            } else {
                out.append(line)
                line = String(word); used = w
            }
            guard used > width && width > 0 else { continue }
            // Too wide on its own: cut into pieces of `width` cells, the rest goes on.
            var piece = "", cells = 0
            for ch in line {
                let cw = DisplayWidth.of(ch)
                if cells + cw > width && !piece.isEmpty {
                    out.append(piece)
                    piece = ""; cells = 0
                }
                piece.append(ch); cells += cw
            }
            line = piece; used = cells
        }
        out.append(line)
    }
    return out
}

/// `wrapWords` for a paragraph of printable ASCII (one cell a byte): the same
/// lines, cut by byte offsets instead of character by character.
private func wrapASCII(_ paragraph: Substring, width: Int, into out: inout [String]) {
    var line = "", used = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        let w = word.utf8.count
        if line.isEmpty && used == 0 {
            line = String(word); used = w
        } else if used + 1 + w <= width {
            line += " " + word; used += 1 + w
        } else {
            out.append(line)
            line = String(word); used = w
        }
        guard used > width else { continue }
        var rest = Substring(line)
        while rest.utf8.count > width {
            let cut = rest.utf8.index(rest.utf8.startIndex, offsetBy: width)
            out.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
        line = String(rest); used = rest.utf8.count
    }
    out.append(line)
}
