extension Catalog {
    /// Indonesian sentences of the workflow commands (log, pay, queue, snooze, reason, plan, offer, remind, escalate, write-off), keyed by their English originals.
    static let indonesianWorkflow: [String: String] = [:]
}
