/// A contact being typed, kept on disk so that a crash loses nothing.
public struct Draft: Sendable, Equatable, Codable {
    public var input: ContactInput
    /// When the call (and its timer) started.
    public var startedAt: Timestamp
    /// When the draft was last written.
    public var savedAt: Timestamp

    public init(input: ContactInput, startedAt: Timestamp, savedAt: Timestamp) {
        self.input = input
        self.startedAt = startedAt
        self.savedAt = savedAt
    }
}
