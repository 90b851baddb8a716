/// Dates as people read them on screen, per language; files and exports keep ISO.
public struct DateFormat: Sendable, Equatable {
    public let language: String

    public init(language: String) { self.language = language == "id" ? "id" : "en" }

    static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthsID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// `30 Nov 2026` / `30 Des 2026` (11 cells at most).
    public func short(_ d: CivilDate) -> String {
        let p = d.parts
        let months = language == "id" ? DateFormat.monthsID : DateFormat.monthsEN
        return (p.day < 10 ? "0" : "") + "\(p.day) \(months[p.month - 1]) \(p.year)"
    }
}
