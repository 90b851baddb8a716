import TerminalCore

/// Maps semantic roles (`list.selected`, `bucket.4`, `status.warn`) to styles.
/// Views ask for roles and never name colours.
///
/// A role missing from a theme falls back to a more general one by dropping
/// its last dotted part: `bucket.4` → `bucket` → `text`.
public struct Theme: Sendable, Equatable {
    public let name: String
    public private(set) var styles: [String: Style]

    /// Every role the views use; a theme may name only these.
    public static let roles: [String] = [
        "text", "text.dim", "title", "header",
        "list.header", "list.selected", "list.selected.unfocused", "list.marked",
        "filter", "filter.label", "flags", "followup.due", "detail.heading", "detail.label", "detail.warn",
        "timeline.meta", "timeline.notes", "form", "form.label", "form.field", "form.field.focus",
        "form.choice", "form.choice.selected", "form.error", "form.timer",
        "summary", "summary.label", "summary.total",
        "bucket", "bucket.0", "bucket.1", "bucket.2", "bucket.3", "bucket.4", "bucket.5",
        "amount", "status", "status.key", "status.warn", "status.error", "status.info",
        "border", "border.focus", "overlay", "overlay.key", "toosmall",
    ]

    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role, after fallback.
    public subscript(_ role: String) -> Style {
        var r = Substring(role)
        while true {
            if let s = styles[String(r)] { return s }
            guard let dot = r.lastIndex(of: ".") else { break }
            r = r[..<dot]
        }
        return styles["text"] ?? .plain
    }

    /// The aging bucket's role: `bucket.0` (current) to `bucket.5` (120+).
    public func bucket(_ index: Int) -> Style { self["bucket.\(min(index, 5))"] }

    /// The default theme (from `themes/default.toml`).
    public static let dark: Theme = shipped("default") ?? Theme(name: "default", styles: ["list.selected": Style(attributes: [.reverse])])

    /// Attributes only, for `NO_COLOR` and monochrome terminals (from `themes/mono.toml`).
    public static let mono: Theme = shipped("mono") ?? Theme(name: "mono", styles: ["list.selected": Style(attributes: [.reverse])])
}
