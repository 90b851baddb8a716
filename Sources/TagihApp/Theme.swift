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

    /// The default theme: light text on the terminal's own dark background.
    public static let dark = Theme(name: "default", styles: [
        "text": Style(),
        "text.dim": Style(foreground: .ansi(8)),
        "title": Style(foreground: .ansi(15), background: .ansi(4), attributes: [.bold]),
        "header": Style(foreground: .ansi(15), background: .ansi(4)),
        "list.header": Style(foreground: .ansi(14), attributes: [.bold, .underline]),
        "list.selected": Style(foreground: .ansi(0), background: .ansi(14)),
        "list.selected.unfocused": Style(foreground: .ansi(15), background: .ansi(8)),
        "filter": Style(foreground: .ansi(15), background: .ansi(0)),
        "filter.label": Style(foreground: .ansi(11), background: .ansi(0), attributes: [.bold]),
        "followup.due": Style(foreground: .ansi(11)),
        "flags": Style(foreground: .ansi(13), attributes: [.bold]),
        "detail.heading": Style(foreground: .ansi(14), attributes: [.bold]),
        "detail.label": Style(foreground: .ansi(8)),
        "detail.warn": Style(foreground: .ansi(11), attributes: [.bold]),
        "timeline.meta": Style(foreground: .ansi(12)),
        "timeline.notes": Style(),
        "form": Style(foreground: .ansi(15), background: .ansi(0)),
        "form.label": Style(foreground: .ansi(7), background: .ansi(0)),
        "form.field": Style(foreground: .ansi(15), background: .ansi(8)),
        "form.field.focus": Style(foreground: .ansi(0), background: .ansi(7)),
        "form.choice": Style(foreground: .ansi(7), background: .ansi(0)),
        "form.choice.selected": Style(foreground: .ansi(0), background: .ansi(14), attributes: [.bold]),
        "form.error": Style(foreground: .ansi(9), background: .ansi(0), attributes: [.bold]),
        "form.timer": Style(foreground: .ansi(10), background: .ansi(0), attributes: [.bold]),
        "list.marked": Style(foreground: .ansi(11), attributes: [.bold]),
        "summary": Style(),
        "summary.label": Style(foreground: .ansi(8)),
        "summary.total": Style(attributes: [.bold]),
        "bucket.0": Style(foreground: .ansi(2)),
        "bucket.1": Style(foreground: .ansi(10)),
        "bucket.2": Style(foreground: .ansi(11)),
        "bucket.3": Style(foreground: .ansi(3), attributes: [.bold]),
        "bucket.4": Style(foreground: .ansi(9)),
        "bucket.5": Style(foreground: .ansi(9), attributes: [.bold]),
        "amount": Style(),
        "status": Style(foreground: .ansi(7), background: .ansi(8)),
        "status.key": Style(foreground: .ansi(15), background: .ansi(8), attributes: [.bold]),
        "status.warn": Style(foreground: .ansi(0), background: .ansi(11)),
        "status.error": Style(foreground: .ansi(15), background: .ansi(1), attributes: [.bold]),
        "status.info": Style(foreground: .ansi(0), background: .ansi(10)),
        "border": Style(foreground: .ansi(8)),
        "border.focus": Style(foreground: .ansi(14)),
        "overlay": Style(foreground: .ansi(15), background: .ansi(0)),
        "overlay.key": Style(foreground: .ansi(14), background: .ansi(0), attributes: [.bold]),
        "toosmall": Style(foreground: .ansi(11), attributes: [.bold]),
    ])

    /// Attributes only, for `NO_COLOR` and monochrome terminals: still every
    /// distinction that matters (selection, headers, warnings) is visible.
    public static let mono = Theme(name: "mono", styles: [
        "text": Style(),
        "title": Style(attributes: [.bold, .reverse]),
        "header": Style(attributes: [.reverse]),
        "list.header": Style(attributes: [.bold, .underline]),
        "list.selected": Style(attributes: [.reverse]),
        "list.selected.unfocused": Style(attributes: [.underline]),
        "filter.label": Style(attributes: [.bold]),
        "followup.due": Style(attributes: [.bold]),
        "flags": Style(attributes: [.bold]),
        "detail.heading": Style(attributes: [.bold]),
        "detail.label": Style(attributes: [.dim]),
        "detail.warn": Style(attributes: [.bold]),
        "timeline.meta": Style(attributes: [.bold]),
        "form.label": Style(attributes: [.dim]),
        "form.field": Style(attributes: [.underline]),
        "form.field.focus": Style(attributes: [.reverse]),
        "form.choice.selected": Style(attributes: [.reverse, .bold]),
        "form.error": Style(attributes: [.bold, .underline]),
        "form.timer": Style(attributes: [.bold]),
        "list.marked": Style(attributes: [.bold]),
        "summary.total": Style(attributes: [.bold]),
        "text.dim": Style(attributes: [.dim]),
        "summary.label": Style(attributes: [.dim]),
        "bucket.4": Style(attributes: [.bold]),
        "bucket.5": Style(attributes: [.bold, .underline]),
        "status": Style(attributes: [.reverse]),
        "status.key": Style(attributes: [.reverse, .bold]),
        "status.warn": Style(attributes: [.reverse, .bold]),
        "status.error": Style(attributes: [.reverse, .bold, .underline]),
        "status.info": Style(attributes: [.reverse]),
        "border.focus": Style(attributes: [.bold]),
        "overlay.key": Style(attributes: [.bold]),
        "toosmall": Style(attributes: [.bold]),
    ])
}
