/// An amount of money: integer minor units of one currency. Never floating point.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The amount in minor units (cents, sen); may be negative for credits.
    public let minor: Int64
    public let currency: Currency

    /// The largest magnitude tagih accepts for one amount: 10^15 minor units.
    /// Keeps sums of a whole book far from `Int64` overflow.
    public static let limit: Int64 = 1_000_000_000_000_000

    public init(minor: Int64, currency: Currency) {
        self.minor = minor
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minor: 0, currency: currency) }

    /// Whole major units (e.g. `Money(major: 20_000, .usd)` is $20,000.00).
    public init(major: Int64, currency: Currency) {
        self.init(minor: major * currency.minorPerMajor, currency: currency)
    }

    public var isZero: Bool { minor == 0 }
    public var isPositive: Bool { minor > 0 }
    public var isNegative: Bool { minor < 0 }

    /// The sum, or an error when the currencies differ or the result overflows.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        let (r, o) = minor.addingReportingOverflow(other.minor)
        guard !o else { throw .overflow }
        return Money(minor: r, currency: currency)
    }

    /// The difference, or an error when the currencies differ or the result overflows.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        let (r, o) = minor.subtractingReportingOverflow(other.minor)
        guard !o else { throw .overflow }
        return Money(minor: r, currency: currency)
    }

    public var negated: Money { Money(minor: -minor, currency: currency) }

    /// Plain decimal form with the currency's minor digits and no grouping: `20000.00`.
    public var decimalString: String {
        let digits = currency.minorDigits
        let mag = minor.magnitude
        let sign = minor < 0 ? "-" : ""
        guard digits > 0 else { return sign + String(mag) }
        let f = UInt64(currency.minorPerMajor)
        var frac = String(mag % f)
        while frac.count < digits { frac = "0" + frac }
        return "\(sign)\(mag / f).\(frac)"
    }

    /// `USD 20000.00`: unambiguous, for logs of the user's own and files.
    public var description: String { "\(currency.code) \(decimalString)" }

    private enum CodingKeys: String, CodingKey { case minor, currency }
}

/// What can go wrong in money arithmetic.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
    case currencyMismatch(Currency, Currency)
    case overflow

    public var description: String {
        switch self {
        case let .currencyMismatch(a, b): return tr("cannot combine {0} with {1}", a.code, b.code)
        case .overflow: return tr("amount too large")
        }
    }
}

/// Totals kept per currency, since amounts of different currencies never add.
public struct MoneyTotals: Sendable, Equatable {
    private(set) var byCode: [Currency: Int64] = [:]
    /// True when some total exceeded the `Int64` range; the total is then clamped.
    public private(set) var overflowed = false

    public init() {}

    public mutating func add(_ m: Money) {
        let (r, o) = byCode[m.currency, default: 0].addingReportingOverflow(m.minor)
        if o { overflowed = true; byCode[m.currency] = m.minor > 0 ? .max : .min } else { byCode[m.currency] = r }
    }

    /// The totals, sorted by currency code (deterministic order).
    public var amounts: [Money] {
        byCode.keys.sorted().map { Money(minor: byCode[$0]!, currency: $0) }
    }

    public func total(in currency: Currency) -> Money { Money(minor: byCode[currency] ?? 0, currency: currency) }

    public var isEmpty: Bool { byCode.isEmpty }
}
