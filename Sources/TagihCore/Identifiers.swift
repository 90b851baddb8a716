/// The stable id of a client.
public struct ClientID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: ClientID, b: ClientID) -> Bool { a.raw < b.raw }
    public init(from decoder: Decoder) throws { raw = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(raw) }
}

/// The stable id of an invoice (not its printed number, which a client may reuse).
public struct InvoiceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: InvoiceID, b: InvoiceID) -> Bool { a.raw < b.raw }
    public init(from decoder: Decoder) throws { raw = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(raw) }
}

/// A time-ordered unique event id in UUIDv7 layout (48-bit milliseconds, then random bits).
public struct EventID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }

    /// Builds a UUIDv7 from a timestamp and 74 random bits supplied by the caller,
    /// so the core stays free of clocks and randomness.
    public static func v7(millis: Int64, random: (UInt64, UInt64)) -> EventID {
        let ms = UInt64(bitPattern: millis) & 0xFFFF_FFFF_FFFF
        let randA = random.0 & 0x0FFF
        let hi = (ms << 16) | (0x7 << 12) | randA
        let lo = (random.1 & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        func hex(_ v: UInt64, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: digits - s.count) + s
        }
        let h = hex(hi, 16), l = hex(lo, 16)
        let a = h.prefix(8), b = h.dropFirst(8).prefix(4), c = h.suffix(4)
        let d = l.prefix(4), e = l.suffix(12)
        return EventID("\(a)-\(b)-\(c)-\(d)-\(e)")
    }

    public var description: String { raw }
    public static func < (a: EventID, b: EventID) -> Bool { a.raw < b.raw }
    public init(from decoder: Decoder) throws { raw = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(raw) }
}
