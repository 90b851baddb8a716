/// The language of the screens and letters: `language =` in config, else
/// `LC_ALL`, `LC_MESSAGES`, `LANG` starting with `id` for Bahasa Indonesia.
enum Language {
    static func fromEnvironment(_ environment: [String: String]) -> String {
        let v = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return v.lowercased().hasPrefix("id") ? "id" : "en"
    }
}
