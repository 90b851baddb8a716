import Foundation

/// How likely a client's balance is to be recovered, with the reasoning shown.
public struct RecoveryEstimate: Sendable, Equatable {
    /// 0...1.
    public let probability: Double
    /// Each step of the reasoning: "52.1% at 180 days past due (CCAA survey)", "× 0.80 dispute".
    public let basis: [Sentence]

    public var percent: String { String(format: "%.0f%%", probability * 100) }
}

/// The base curve: the share of commercial debt recovered by days past due.
/// Defaults from the Commercial Collection Agency Association survey.
public struct RecoveryCurve: Sendable, Equatable {
    public let points: [(days: Int, rate: Double)]

    public static let ccaa = RecoveryCurve(points: [
        (0, 0.949), (30, 0.899), (60, 0.813), (90, 0.696), (180, 0.521), (270, 0.391), (365, 0.228), (730, 0.093),
    ])

    public static func == (a: RecoveryCurve, b: RecoveryCurve) -> Bool {
        a.points.map(\.days) == b.points.map(\.days) && a.points.map(\.rate) == b.points.map(\.rate)
    }

    /// Linear interpolation between the points; flat before the first and after the last.
    public func rate(daysLate: Int) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if daysLate <= first.days { return first.rate }
        if daysLate >= last.days { return last.rate }
        for (a, b) in zip(points, points.dropFirst()) where daysLate <= b.days {
            let t = Double(daysLate - a.days) / Double(b.days - a.days)
            return a.rate + (b.rate - a.rate) * t
        }
        return last.rate
    }
}

extension Book {
    /// The recovery estimate for a client: the curve at its oldest open
    /// invoice's age, adjusted for the reason and its promise history.
    public func recovery(_ client: ClientID, today: CivilDate, status: ClientStatus, curve: RecoveryCurve = .ccaa) -> RecoveryEstimate? {
        let open = invoices(of: client).filter { balance($0).isPositive }
        guard let oldest = open.first else { return nil }
        let days = max(0, oldest.daysLate(on: today))
        var p = curve.rate(daysLate: days)
        var basis = [Sentence("{0}% at {1} days past due (CCAA survey curve)", DecimalNumber(p * 100, places: 1), days)]
        let factors: [NonPaymentReason: Double] = [.forgot: 1.05, .adminOverload: 1.0, .hardship: 0.85, .dispute: 0.75, .unknown: 1.0]
        if let r = status.reason?.reason, let f = factors[r], f != 1 {
            p *= f
            basis.append(Sentence("× {0} {1}", DecimalNumber(f, places: 2), r.sentence))
        }
        if status.brokenPromises > 0 {
            let f = pow(0.85, Double(status.brokenPromises))
            p *= f
            let n = status.brokenPromises, factor = DecimalNumber(f, places: 2)
            basis.append(n == 1 ? Sentence("× {0} {1} broken promise", factor, n) : Sentence("× {0} {1} broken promises", factor, n))
        }
        if status.keptPromises > 0 {
            let f = min(1.15, pow(1.05, Double(status.keptPromises)))
            p *= f
            let n = status.keptPromises, factor = DecimalNumber(f, places: 2)
            basis.append(n == 1 ? Sentence("× {0} {1} kept promise", factor, n) : Sentence("× {0} {1} kept promises", factor, n))
        }
        if status.missedInstalment {
            p *= 0.9
            basis.append(Sentence("× {0} missed instalment", DecimalNumber(0.9, places: 2)))
        }
        p = min(0.99, max(0, p))
        return RecoveryEstimate(probability: p, basis: basis)
    }
}

/// Holding out for the full balance against accepting an offer, in expected money.
public struct OfferComparison: Sendable, Equatable {
    /// Balance × recovery probability.
    public let holdOut: Money
    /// The offer, assumed paid (an accepted settlement is usually paid at once).
    public let accept: Money
    public var acceptIsBetter: Bool { accept.minor >= holdOut.minor }

    public init(balance: Money, offer: Money, recovery: Double) {
        holdOut = Money(minor: Int64((Double(balance.minor) * recovery).rounded()), currency: balance.currency)
        accept = offer
    }
}
