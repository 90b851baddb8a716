/// Maps a colour to what a terminal with fewer colours can show:
/// truecolour → 256 → 16 → 8.
public enum ColorDepth {
    /// The terminal colour number for `color` on a terminal with `colors`
    /// colours; -1 means the terminal's default.
    public static func number(_ color: Color, colors: Int, background: Bool = false) -> Int {
        switch color {
        case .default: return -1
        case let .ansi(n):
            if colors >= 16 { return Int(n) }
            // Eight colours: bright grey text would become black; show it as white instead.
            if n == 8 && !background { return 7 }
            return Int(n % 8)
        case let .indexed(n):
            if colors >= 256 { return Int(n) }
            return number(.ansi(ansi(fromIndexed: n)), colors: colors, background: background)
        case let .rgb(r, g, b):
            if colors >= 256 { return Int(indexed(r: r, g: g, b: b)) }
            return number(.ansi(ansi(r: r, g: g, b: b)), colors: colors, background: background)
        }
    }

    /// The nearest of the xterm 256-colour cube and grey ramp.
    public static func indexed(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : Int((Int(v) - 35) / 40) }
        let steps = [0, 95, 135, 175, 215, 255]
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * lr + 6 * lg + lb
        let cubeDist = dist(r, g, b, steps[lr], steps[lg], steps[lb])
        let avg = (Int(r) + Int(g) + Int(b)) / 3
        let grey = avg > 238 ? 23 : max(0, (avg - 3) / 10)
        let gv = 8 + grey * 10
        return dist(r, g, b, gv, gv, gv) < cubeDist ? UInt8(232 + grey) : UInt8(cube)
    }

    /// The nearest of the 16 ANSI colours (by their usual xterm values).
    public static func ansi(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        var best = 0, bestD = Int.max
        for (i, c) in ansiRGB.enumerated() {
            let d = dist(r, g, b, c.0, c.1, c.2)
            if d < bestD { best = i; bestD = d }
        }
        return UInt8(best)
    }

    static func ansi(fromIndexed n: UInt8) -> UInt8 {
        if n < 16 { return n }
        if n >= 232 {
            let v = UInt8(8 + Int(n - 232) * 10)
            return ansi(r: v, g: v, b: v)
        }
        let i = Int(n) - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return ansi(r: steps[i / 36], g: steps[(i / 6) % 6], b: steps[i % 6])
    }

    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func dist(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ r2: Int, _ g2: Int, _ b2: Int) -> Int {
        let dr = Int(r) - r2, dg = Int(g) - g2, db = Int(b) - b2
        return dr * dr + dg * dg + db * db
    }
}
