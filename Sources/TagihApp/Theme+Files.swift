import TagihCore
import TerminalCore

extension Theme {
    /// Reads a theme file: `[roles]` with `role = "FG [on BG] [attributes]"`.
    /// An unknown role or colour is an error naming the file, line and name.
    public static func parse(_ text: String, file: String, name fallbackName: String) throws(ConfigError) -> Theme {
        let doc = try TOMLLite(parsing: text, file: file)
        var name = fallbackName
        for (key, entry) in doc.entries("") {
            guard key == "name", case let .string(n) = entry.value else {
                throw ConfigError(file: file, line: entry.line, message: tr("unknown key {0} (a theme has name and [roles])", key))
            }
            name = n
        }
        for section in doc.sectionOrder where section != "" && section != "roles" {
            throw ConfigError(file: file, line: doc.entries(section).first?.entry.line ?? 1, message: tr("unknown section [{0}]", section))
        }
        var styles: [String: Style] = [:]
        let known = Set(Theme.roles).union(["bucket"])
        for (role, entry) in doc.entries("roles") {
            guard known.contains(role) else {
                throw ConfigError(file: file, line: entry.line, message: tr("unknown role \"{0}\" (roles: {1})", role, Theme.roles.joined(separator: ", ")))
            }
            guard case let .string(spec) = entry.value else {
                throw ConfigError(file: file, line: entry.line, message: tr("{0}: write the style in quotes, e.g. \"white on blue bold\"", role))
            }
            do { styles[role] = try parseStyle(spec) } catch {
                throw ConfigError(file: file, line: entry.line, message: "\(role): \(error.message)")
            }
        }
        return Theme(name: name, styles: styles)
    }

    struct StyleError: Error { let message: String }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parseStyle(_ spec: String) throws(StyleError) -> Style {
        var style = Style()
        var words = spec.split(separator: " ").map { String($0).lowercased() }
        var colors: [Color] = []
        var sawOn = false
        while !words.isEmpty {
            let w = words.removeFirst()
            switch w {
            case "bold": style.attributes.insert(.bold)
            case "dim": style.attributes.insert(.dim)
            case "underline": style.attributes.insert(.underline)
            case "reverse": style.attributes.insert(.reverse)
            case "italic": style.attributes.insert(.italic)
            case "on":
                if sawOn || colors.count > 1 { throw StyleError(message: tr("\"on\" appears twice")) }
                sawOn = true
                if colors.isEmpty { colors.append(.default) }
            default:
                guard let c = parseColor(w) else { throw StyleError(message: tr("unknown colour \"{0}\"", w)) }
                if colors.count >= (sawOn ? 2 : 1) { throw StyleError(message: tr("too many colours (write FG on BG)")) }
                colors.append(c)
            }
        }
        if sawOn && colors.count < 2 { throw StyleError(message: tr("a colour is missing after \"on\"")) }
        if let f = colors.first { style.foreground = f }
        if colors.count > 1 { style.background = colors[1] }
        return style
    }

    static func parseColor(_ w: String) -> Color? {
        if w == "default" { return .default }
        if let i = colorNames.firstIndex(of: w) { return .ansi(UInt8(i)) }
        if w.hasPrefix("bright-"), let i = colorNames.firstIndex(of: String(w.dropFirst(7))) { return .ansi(UInt8(8 + i)) }
        if w.hasPrefix("color"), let n = UInt8(w.dropFirst(5)) { return .indexed(n) }
        if w.hasPrefix("#"), w.count == 7, let v = UInt32(w.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }

    /// The shipped themes, parsed.
    public static func shipped(_ name: String) -> Theme? {
        guard let text = ShippedThemes.files[name] else { return nil }
        return try? parse(text, file: "themes/\(name).toml", name: name)
    }

    public static var shippedNames: [String] { ShippedThemes.files.keys.sorted() }
}
