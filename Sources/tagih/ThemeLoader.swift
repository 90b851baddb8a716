import ArgumentParser
import Foundation
import TagihApp
import TagihCore
import TagihStore

/// Finds a theme by name: the user's `$XDG_CONFIG_HOME/tagih/themes/NAME.toml`
/// first, then the shipped ones.
enum ThemeLoader {
    static func userDirectory(environment: [String: String]) -> String {
        (Config.path(environment: environment) as NSString).deletingLastPathComponent + "/themes"
    }

    /// Every theme name available, with where it comes from, sorted.
    static func available(environment: [String: String]) -> [(name: String, source: String)] {
        var out: [String: String] = [:]
        for n in Theme.shippedNames { out[n] = tr("shipped") }
        let dir = userDirectory(environment: environment)
        for f in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where f.hasSuffix(".toml") {
            out[String(f.dropLast(5))] = dir + "/" + f
        }
        return out.keys.sorted().map { ($0, out[$0]!) }
    }

    static func load(_ name: String, environment: [String: String]) throws -> Theme {
        let path = userDirectory(environment: environment) + "/\(name).toml"
        if let data = FileManager.default.contents(atPath: path) {
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError(tr("{0}: not UTF-8 text", path)) }
            do { return try Theme.parse(text, file: path, name: name) } catch { throw CLIError(error.description) }
        }
        guard let t = Theme.shipped(name) else {
            throw CLIError(tr("no theme \"{0}\" (available: {1})", name, available(environment: environment).map(\.name).joined(separator: ", ")))
        }
        return t
    }
}

/// `tagih themes`.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: tr("List the themes (choose with --theme or theme = in config.toml)."))

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        for t in ThemeLoader.available(environment: env) {
            let check: String
            do { _ = try ThemeLoader.load(t.name, environment: env); check = "" } catch { check = "  " + tr("(error: {0})", String(describing: error)) }
            Console.out("\(t.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(t.source)\(check)")
        }
        Console.out("\n" + tr("your own themes go in {0}/NAME.toml", ThemeLoader.userDirectory(environment: env)))
    }
}
