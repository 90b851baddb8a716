extension Catalog {
    /// The Indonesian tables, one per area so that each stays small.
    static let indonesianParts: [[String: String]] = [
        indonesianCore, indonesianStore, indonesianWorkflow, indonesianCommands, indonesianSnapshot, indonesianTeam,
        indonesianSafety,
    ]
}
