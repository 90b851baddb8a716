/// An ISO 4217 currency: its code and how many minor digits it has.
public struct Currency: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The three-letter ISO 4217 code, upper case (e.g. `IDR`).
    public let code: String
    /// Digits after the decimal mark in the minor unit (2 for USD, 0 for JPY).
    public let minorDigits: Int

    public static let idr = Currency(code: "IDR", minorDigits: 2)
    public static let usd = Currency(code: "USD", minorDigits: 2)
    public static let eur = Currency(code: "EUR", minorDigits: 2)
    public static let jpy = Currency(code: "JPY", minorDigits: 0)
    public static let gbp = Currency(code: "GBP", minorDigits: 2)
    public static let sgd = Currency(code: "SGD", minorDigits: 2)
    public static let aud = Currency(code: "AUD", minorDigits: 2)
    public static let myr = Currency(code: "MYR", minorDigits: 2)
    public static let cny = Currency(code: "CNY", minorDigits: 2)
    public static let krw = Currency(code: "KRW", minorDigits: 0)
    public static let chf = Currency(code: "CHF", minorDigits: 2)
    public static let kwd = Currency(code: "KWD", minorDigits: 3)

    /// Every currency tagih knows, by code.
    public static let known: [String: Currency] = {
        var table: [String: Currency] = [:]
        for c in [idr, usd, eur, jpy, gbp, sgd, aud, myr, cny, krw, chf, kwd] { table[c.code] = c }
        return table
    }()

    private init(code: String, minorDigits: Int) {
        self.code = code
        self.minorDigits = minorDigits
    }

    /// Looks a currency up by its ISO code (case-insensitive); nil when unknown.
    public init?(code: String) {
        guard let c = Currency.known[code.uppercased()] else { return nil }
        self = c
    }

    /// 10 to the power of `minorDigits`: minor units in one major unit.
    public var minorPerMajor: Int64 {
        var f: Int64 = 1
        for _ in 0..<minorDigits { f *= 10 }
        return f
    }

    public var description: String { code }

    public static func < (a: Currency, b: Currency) -> Bool { a.code < b.code }

    public init(from decoder: Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let c = Currency(code: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: tr("unknown currency code {0}", code)))
        }
        self = c
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
