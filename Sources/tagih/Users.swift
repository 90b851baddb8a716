import TagihStore

/// Who is using tagih: `user =` in config, else `$TAGIH_USER`, else `$USER`.
enum Users {
    static func current(config: Config?, environment: [String: String]) -> String {
        if let u = config?.user, !u.isEmpty { return u }
        return [environment["TAGIH_USER"], environment["USER"]].compactMap { $0 }.first { !$0.isEmpty } ?? "me"
    }
}
