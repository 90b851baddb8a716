/// Statutory late-payment rights a creditor may claim, by jurisdiction.
public enum RightsPreset: String, Sendable, Equatable, CaseIterable {
    /// Nothing computed (the default).
    case none
    /// EU directive 2011/7/EU: reference rate + 8 points a year, €40 per invoice.
    case eu
    /// UK Late Payment of Commercial Debts (Interest) Act: base rate + 8%,
    /// £40 / £70 / £100 by the size of the debt.
    case uk

    /// The preset's name for people, in any language.
    public var name: Sentence {
        switch self {
        case .none: return Sentence(context: "rights preset", "none")
        case .eu: return Sentence("EU directive 2011/7/EU")
        case .uk: return Sentence("UK Late Payment Act")
        }
    }

    /// The name in the command line's language.
    public var label: String { name.description }
}

/// What the creditor may claim on one late invoice. Shown, never charged silently.
public struct StatutoryClaim: Sendable, Equatable {
    /// Simple interest on the balance for the days late.
    public let interest: Money
    /// The fixed compensation for recovery costs (in EUR or GBP, per the law).
    public let compensation: Money
    /// The yearly rate used, in basis points.
    public let rateBasisPoints: Int
    public let preset: RightsPreset
}

extension RightsPreset {
    /// The claim on an invoice `daysLate` days past due with `balance` still open;
    /// nil when no preset applies or the invoice is not late.
    public func claim(balance: Money, daysLate: Int, referenceRateBasisPoints: Int) -> StatutoryClaim? {
        guard self != .none, daysLate > 0, balance.isPositive else { return nil }
        let rate = referenceRateBasisPoints + 800
        // minor × rate/10000 × days/365, rounded down; Int64 has room for 10^15 × 10^4 × 10^4.
        let (product, overflow) = balance.minor.multipliedReportingOverflow(by: Int64(rate) * Int64(min(daysLate, 36_500)))
        let interestMinor = overflow ? Money.limit : product / (10_000 * 365)
        let interest = Money(minor: interestMinor, currency: balance.currency)
        switch self {
        case .none: return nil
        case .eu:
            return StatutoryClaim(interest: interest, compensation: Money(major: 40, currency: .eur),
                                  rateBasisPoints: rate, preset: self)
        case .uk:
            // The bands are set in pounds; other currencies use the same numbers.
            let major = balance.minor / balance.currency.minorPerMajor
            let fixed: Int64 = major < 1000 ? 40 : major < 10_000 ? 70 : 100
            return StatutoryClaim(interest: interest, compensation: Money(major: fixed, currency: .gbp),
                                  rateBasisPoints: rate, preset: self)
        }
    }
}
