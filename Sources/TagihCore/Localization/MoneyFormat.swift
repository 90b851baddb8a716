/// How amounts are written for people: separators, symbol and its place.
public struct MoneyFormat: Sendable, Equatable {
    public var groupSeparator: String
    public var decimalSeparator: String
    /// When true a currency whose minor part is zero is shown without decimals
    /// (the custom for rupiah: `IDR 20,000,000`).
    public var dropZeroMinorFor: Set<Currency>
    /// How the currency is shown: its ISO code, or its symbol before or after the number.
    public var currencyStyle: CurrencyStyle

    public enum CurrencyStyle: Sendable, Equatable {
        /// `IDR 20,000,000`: unambiguous, for reports and files.
        case code
        /// `Rp 20.000.000`, `$20,000.00`, `€20.000,00`.
        case symbolBefore
        /// `20.000,00 €`.
        case symbolAfter
    }

    public init(groupSeparator: String = ",", decimalSeparator: String = ".",
                dropZeroMinorFor: Set<Currency> = [.idr], currencyStyle: CurrencyStyle = .code) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
        self.dropZeroMinorFor = dropZeroMinorFor
        self.currencyStyle = currencyStyle
    }

    /// The format for a locale name such as `id_ID.UTF-8`, `en_US`, `de_DE`:
    /// Indonesian `Rp 20.000.000` and `€20.000,00`; English `$20,000.00`;
    /// continental European `20.000,00 €`.
    public static func forLocale(_ locale: String) -> MoneyFormat {
        let l = locale.lowercased()
        if l.hasPrefix("id") || l.hasPrefix("in_") {
            return MoneyFormat(groupSeparator: ".", decimalSeparator: ",", currencyStyle: .symbolBefore)
        }
        for p in ["de", "fr", "es", "it", "nl", "pt", "fi", "el", "sk", "sl", "lt", "lv", "et", "hr"] where l.hasPrefix(p + "_") || l == p {
            return MoneyFormat(groupSeparator: ".", decimalSeparator: ",", currencyStyle: .symbolAfter)
        }
        return MoneyFormat(currencyStyle: .symbolBefore)
    }

    static let symbols: [String: (String, Bool)] = [
        // symbol, and whether a space separates it from the number when placed before
        "IDR": ("Rp", true), "USD": ("$", false), "EUR": ("€", false), "JPY": ("¥", false), "GBP": ("£", false),
        "SGD": ("S$", false), "AUD": ("A$", false), "MYR": ("RM", true), "CNY": ("CN¥", false), "KRW": ("₩", false),
        "CHF": ("CHF", true), "KWD": ("KWD", true),
    ]

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

    /// The amount with its currency, in this format's style.
    public func string(_ m: Money) -> String {
        let n = number(m)
        let (symbol, spaced) = MoneyFormat.symbols[m.currency.code] ?? (m.currency.code, true)
        switch currencyStyle {
        case .code: return "\(m.currency.code) \(n)"
        case .symbolBefore:
            let sign = n.hasPrefix("-") ? "-" : ""
            return sign + symbol + (spaced ? " " : "") + (sign.isEmpty ? n : String(n.dropFirst()))
        case .symbolAfter: return "\(n) \(symbol)"
        }
    }

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
