extension Catalog {
    /// Indonesian sentences built by the domain core (TagihCore) and the app (TagihApp), keyed by their English originals.
    static let indonesianCore: [String: String] = [:]
}
