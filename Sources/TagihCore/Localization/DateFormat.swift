/// Dates as people read them on screen, per language; files and exports keep ISO.
public struct DateFormat: Sendable, Equatable {
    public let language: String
    /// Writes dates as `2026-11-30` (command output that scripts read).
    public var iso = false

    public init(language: String, iso: Bool = false) {
        self.language = language == "id" ? "id" : "en"
        self.iso = iso
    }

    static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthsID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// `30 Nov 2026` / `30 Des 2026` (11 cells at most).
    public func short(_ d: CivilDate) -> String {
        if iso { return d.iso }
        let p = d.parts
        let months = language == "id" ? DateFormat.monthsID : DateFormat.monthsEN
        return (p.day < 10 ? "0" : "") + "\(p.day) \(months[p.month - 1]) \(p.year)"
    }
}
