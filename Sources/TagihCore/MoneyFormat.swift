/// How amounts are written for people: separators, symbol and its place.
public struct MoneyFormat: Sendable, Equatable {
    public var groupSeparator: String
    public var decimalSeparator: String
    /// When true a currency whose minor part is zero is shown without decimals
    /// (the custom for rupiah: `IDR 20,000,000`).
    public var dropZeroMinorFor: Set<Currency>

    public init(groupSeparator: String = ",", decimalSeparator: String = ".",
                dropZeroMinorFor: Set<Currency> = [.idr]) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
        self.dropZeroMinorFor = dropZeroMinorFor
    }

    /// The English default: `USD 1,234.50`, `IDR 20,000,000`.
    public static let standard = MoneyFormat()

    /// The number alone, grouped: `1,234.50`.
    public func number(_ m: Money) -> String {
        let digits = m.currency.minorDigits
        let f = UInt64(m.currency.minorPerMajor)
        let mag = m.minor.magnitude
        let whole = grouped(mag / f)
        let sign = m.minor < 0 ? "-" : ""
        let fracValue = mag % f
        if digits == 0 || (fracValue == 0 && dropZeroMinorFor.contains(m.currency)) {
            return sign + whole
        }
        var frac = String(fracValue)
        while frac.count < digits { frac = "0" + frac }
        return sign + whole + decimalSeparator + frac
    }

    /// Code and number: `IDR 20,000,000`.
    public func string(_ m: Money) -> String { "\(m.currency.code) \(number(m))" }

    private func grouped(_ v: UInt64) -> String {
        let s = String(v)
        var out = ""
        out.reserveCapacity(s.count + s.count / 3)
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out += groupSeparator }
            out.append(ch)
        }
        return out
    }
}
