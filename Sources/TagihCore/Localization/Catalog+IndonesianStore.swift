extension Catalog {
    /// Indonesian sentences of the store (TagihStore: journal, import, export, config), keyed by their English originals.
    static let indonesianStore: [String: String] = [:]
}
