import TagihCore
import TagihStore

/// The language of the screens, messages and letters: `language =` in
/// config, else `LC_ALL`, `LC_MESSAGES`, `LANG` starting with `id` for
/// Bahasa Indonesia, else English.
enum Language {
    static func fromEnvironment(_ environment: [String: String]) -> String {
        let v = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return v.lowercased().hasPrefix("id") ? "id" : "en"
    }

    /// The language for this process: config first, then the environment.
    /// A config that does not parse is reported by the command that reads
    /// it; here it only falls back to the environment.
    static func forProcess(_ environment: [String: String]) -> String {
        (try? Config.load(environment: environment))?.language ?? fromEnvironment(environment)
    }

    /// How amounts are written for people: by `LC_ALL`, `LC_MONETARY` or
    /// `LANG`, and the Indonesian way when config says `language = "id"`.
    static func moneyFormat(configLanguage: String?, environment: [String: String]) -> MoneyFormat {
        let locale = [environment["LC_ALL"], environment["LC_MONETARY"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return MoneyFormat.forLocale(configLanguage == "id" && !locale.lowercased().hasPrefix("id") ? "id_ID" : locale)
    }
}

extension Language {
    /// How commands print amounts: the user's grouping and decimal mark with
    /// the currency's ISO code (`IDR 266.250.000` in Indonesian), the same in every command.
    static func commandMoneyFormat(configLanguage: String?, environment: [String: String]) -> MoneyFormat {
        var f = moneyFormat(configLanguage: configLanguage, environment: environment)
        f.currencyStyle = .code
        return f
    }
}
