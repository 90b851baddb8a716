import TagihApp
import TagihStore

/// The keymap with the config file's `[keys.*]` overrides applied.
enum KeymapOverrides {
    static func apply(_ overrides: [Config.KeyOverride], file: String) throws -> Keymap {
        let specs = overrides.map { KeyOverrideSpec(context: $0.context, action: $0.action, keys: $0.keys, line: $0.line) }
        do { return try Keymap.applying(specs, file: file) } catch { throw CLIError(error.description) }
    }
}
