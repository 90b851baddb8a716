/// An amount of money: integer minor units of one currency. Never floating point.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The amount in minor units (cents, sen); may be negative for credits.
    public let minor: Int64
    public let currency: Currency

    /// The largest magnitude tagih accepts for one amount (an invoice, a
    /// payment, a promise, an offer, an instalment, a write-off): 10^15 minor
    /// units, e.g. IDR 10,000,000,000,000.00 or USD 10,000,000,000,000.00.
    public static let limit: Int64 = 1_000_000_000_000_000

    /// The largest total of a book's invoices in one currency: 10^18 minor
    /// units. An invoice that would take a book past it is refused; below it
    /// every sum of balances fits in `Int64`, and the sums themselves are
    /// kept in 128 bits (`MoneyTotals`) so that no book, however merged, traps.
    public static let bookLimit: Int64 = 1_000_000_000_000_000_000

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
///
/// Sums are kept in 128 bits, so adding any number of amounts never
/// overflows; a total beyond what one `Money` holds is `overflowed`, and is
/// shown clamped only with a word about it.
public struct MoneyTotals: Sendable, Equatable {
    private(set) var byCode: [Currency: Int128] = [:]

    public init() {}

    public mutating func add(_ m: Money) { byCode[m.currency, default: 0] += Int128(m.minor) }

    /// Takes an amount away; a total that comes back to zero is dropped, so
    /// that totals reached in any order compare equal.
    public mutating func subtract(_ m: Money) {
        let v = byCode[m.currency, default: 0] - Int128(m.minor)
        byCode[m.currency] = v == 0 ? nil : v
    }

    /// Takes `old` (when there was one) out and puts `new` in: a record replaced by a newer version.
    public mutating func replace(_ old: Money?, with new: Money) {
        if let old { subtract(old) }
        add(new)
    }

    /// True when a total is beyond what a `Money` holds (it is then clamped).
    public var overflowed: Bool { byCode.values.contains { $0 > Int128(Int64.max) || $0 < Int128(Int64.min) } }

    /// The totals, sorted by currency code (deterministic order).
    public var amounts: [Money] { byCode.keys.sorted().map { total(in: $0) } }

    /// The total in one currency, clamped to what a `Money` holds.
    public func total(in currency: Currency) -> Money {
        Money(minor: MoneyTotals.clamped(byCode[currency] ?? 0), currency: currency)
    }

    /// The exact total in minor units.
    public func exact(in currency: Currency) -> Int128 { byCode[currency] ?? 0 }

    public var isEmpty: Bool { byCode.isEmpty }

    static func clamped(_ v: Int128) -> Int64 {
        v > Int128(Int64.max) ? .max : v < Int128(Int64.min) ? .min : Int64(v)
    }
}
