import TagihStore

/// Who is using tagih: `--user`, else `user =` in config, else `$TAGIH_USER`, else `$USER`.
enum Users {
    /// Where `BookOptions` puts `--user` for the commands to find.
    static let flagKey = "TAGIH_USER_FROM_FLAG"

    static func current(config: Config?, environment: [String: String]) -> String {
        if let u = environment[flagKey], !u.isEmpty { return u }
        if let u = config?.user, !u.isEmpty { return u }
        return [environment["TAGIH_USER"], environment["USER"]].compactMap { $0 }.first { !$0.isEmpty } ?? "me"
    }
}
