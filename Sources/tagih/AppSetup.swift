import Foundation
import TagihApp
import TagihCore
import TagihStore
import TerminalCore

/// The app's first state, from the book, the config and the environment:
/// who is using it, the language of its words, dates and amounts, the letter
/// templates, and what the store had to say on opening.
enum AppSetup {
    static func initialState(store: BookStore, today: CivilDate, size: Size, config: Config,
                             environment: [String: String]) -> AppState {
        var state = AppState(book: store.book, today: today, size: size, dataPath: store.directory.path,
                             now: Clock.now(), user: Users.current(config: config, environment: environment),
                             policy: config.policy, zoneOffset: Clock.zoneOffset())
        let language = config.language ?? Language.fromEnvironment(environment)
        state.letterLanguage = language
        state.defaultCurrency = config.currency ?? .idr
        state.dates = DateFormat(language: language)
        state.text = Strings(language: language)
        state.moneyFormat = Language.moneyFormat(configLanguage: config.language, environment: environment)
        for lang in Letters.languages {
            for level in 1...Letters.names.count {
                state.letterTemplates[lang, default: [:]][Letters.templateName(level: level)] =
                    LetterTemplates.load(language: lang, level: level, environment: environment).0
            }
        }
        state.readOnlyReason = store.readOnlyReason
        if let reason = store.readOnlyReason, reason != tr("opened read-only") {
            state.message = StatusMessage(.warn, reason)
        } else if let w = store.warnings.first {
            state.message = StatusMessage(.warn, w)
        }
        return state
    }
}
