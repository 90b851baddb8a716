import Foundation
import TagihCore

/// Translates the fixed phrases the argument parser prints (headings, its
/// own option help and its error sentences) into the process's language.
enum ParserPhrases {
    /// Whole phrases, replaced wherever they occur.
    static let fixed: [(String, String)] = [
        ("OVERVIEW:", tr("OVERVIEW:")), ("USAGE:", tr("USAGE:")), ("ARGUMENTS:", tr("ARGUMENTS:")),
        ("OPTIONS:", tr("OPTIONS:")), ("SUBCOMMANDS:", tr("SUBCOMMANDS:")),
        ("Show help information.", tr("Show help information.")), ("Show the version.", tr("Show the version.")),
        ("Show subcommand help information.", tr("Show subcommand help information.")),
        ("Missing required subcommand.", tr("Missing required subcommand.")),
        ("(default)", tr("(default)")), ("<subcommand>", tr("<subcommand>")), ("<options>", tr("<options>")), ("(default:", tr("(default:")), ("; default:", tr("; default:")),
        ("(values:", tr("(values:")),
        ("Please provide one of the following:", tr("Please provide one of the following:")),
    ]

    /// Sentences with values: the English pattern and its translation.
    static let patterns: [(String, String)] = [
        ("Error: {0}", tr("Error: {0}", "{0}")),
        ("Usage: {0}", tr("Usage: {0}", "{0}")),
        ("Help:  {0}", tr("Help:  {0}", "{0}")),
        ("See '{0}' for more information.", tr("See '{0}' for more information.", "{0}")),
        ("See '{0}' for detailed help.", tr("See '{0}' for detailed help.", "{0}")),
        ("Unknown option '{0}'", tr("Unknown option '{0}'", "{0}")),
        ("Did you mean '{0}'?", tr("Did you mean '{0}'?", "{0}")),
        ("Missing one of: '{0}'", tr("Missing one of: '{0}'", "{0}")),
        ("The option '{0}' does not take any value, but '{1}' was specified.",
         tr("The option '{0}' does not take any value, but '{1}' was specified.", "{0}", "{1}")),
        ("Value to be set with {0} had already been set with {1}", tr("Value to be set with {0} had already been set with {1}", "{0}", "{1}")),
        ("Missing expected argument '{0}'", tr("Missing expected argument '{0}'", "{0}")),
        ("Missing value for '{0}'", tr("Missing value for '{0}'", "{0}")),
        ("Unexpected argument '{0}'", tr("Unexpected argument '{0}'", "{0}")),
        ("{0} unexpected arguments: '{1}'", tr("{0} unexpected arguments: '{1}'", "{0}", "{1}")),
        ("The value '{0}' is invalid for '{1}'", tr("The value '{0}' is invalid for '{1}'", "{0}", "{1}")),
        ("The value '{0}' is invalid.", tr("The value '{0}' is invalid.", "{0}")),
        ("Please provide one of {0} or {1}.", tr("Please provide one of {0} or {1}.", "{0}", "{1}")),
        ("Please provide one of {0} and {1}.", tr("Please provide one of {0} and {1}.", "{0}", "{1}")),
        ("Invalid option: {0}", tr("Invalid option: {0}", "{0}")),
    ]

    /// `text` with every known phrase translated (unchanged in English).
    static func translate(_ text: String) -> String {
        guard Catalog.language != "en" else { return text }
        var out = text
        for (en, local) in fixed {
            // In a column (followed by spaces), a shorter phrase keeps the next column in place.
            if local.count < en.count {
                out = out.replacingOccurrences(of: en + "  ", with: local + String(repeating: " ", count: en.count - local.count) + "  ")
            }
            out = out.replacingOccurrences(of: en, with: local)
            // A phrase the help wrapped onto two lines, when both languages have as many words.
            let enWords = en.split(separator: " "), localWords = local.split(separator: " ")
            if enWords.count > 1, enWords.count == localWords.count,
               let regex = try? NSRegularExpression(pattern: enWords.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "(\\s+)")) {
                var template = NSRegularExpression.escapedTemplate(for: String(localWords[0]))
                for (i, w) in localWords.dropFirst().enumerated() { template += "$\(i + 1)" + NSRegularExpression.escapedTemplate(for: String(w)) }
                out = regex.stringByReplacingMatches(in: out, range: NSRange(location: 0, length: (out as NSString).length), withTemplate: template)
            }
        }
        for (en, local) in patterns {
            guard let regex = regex(for: en) else { continue }
            let ns = out as NSString
            var result = ""
            var last = 0
            for m in regex.matches(in: out, range: NSRange(location: 0, length: ns.length)) {
                result += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                var s = local
                for i in 1..<m.numberOfRanges { s = s.replacingOccurrences(of: "{\(i - 1)}", with: ns.substring(with: m.range(at: i))) }
                result += s
                last = m.range.location + m.range.length
            }
            result += ns.substring(from: last)
            out = result
        }
        return out
    }

    private static func regex(for template: String) -> NSRegularExpression? {
        var p = NSRegularExpression.escapedPattern(for: template)
        for i in 0..<4 { p = p.replacingOccurrences(of: NSRegularExpression.escapedPattern(for: "{\(i)}"), with: "(.+?)") }
        // The last value runs to the end of the line unless the template closes it.
        if p.hasSuffix("(.+?)") { p = String(p.dropLast(5)) + "(.+)" }
        return try? NSRegularExpression(pattern: p)
    }
}
