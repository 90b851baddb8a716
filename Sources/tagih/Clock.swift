import Foundation
import TagihCore
import TagihStore

/// The real clock, read only here at the edge and passed inwards.
enum Clock {
    /// Now, in milliseconds since 1970.
    static func now() -> Timestamp {
        Timestamp(millis: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }

    /// The local zone's offset from UTC right now, in seconds.
    static func zoneOffset() -> Int { TimeZone.current.secondsFromGMT() }

    /// Today's local date, or the date forced by `--today` / `TAGIH_TODAY`
    /// (for reproducible screens and tests).
    static func today(forced: String?, environment: [String: String]) throws -> CivilDate {
        if let f = forced ?? environment["TAGIH_TODAY"], !f.isEmpty {
            guard let d = CivilDate(iso: f) else { throw CLIError(tr("--today: \"{0}\" is not a date in the form YYYY-MM-DD", f)) }
            return d
        }
        return now().civilDate(offsetSeconds: zoneOffset())
    }
}

/// An error the command line reports in one line and exits with status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// The user's config, or an error naming the file and line of the mistake:
/// every command reports a broken `config.toml` rather than quietly using defaults.
func loadConfig(_ environment: [String: String]) throws -> Config {
    do { return try Config.load(environment: environment) } catch { throw CLIError(error.description) }
}
