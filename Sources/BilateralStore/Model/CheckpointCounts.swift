/// The checkpoints a store has run since it was opened.
public struct CheckpointCounts: Sendable, Equatable {
    /// By the store's checkpoint thread.
    public var background = 0
    /// By the writer, in a commit, because the log had reached `CheckpointPolicy.inlineBytes`.
    public var inline = 0
    /// Checkpoints that failed (logged); the next one retries.
    public var failed = 0

    public init(background: Int = 0, inline: Int = 0, failed: Int = 0) {
        self.background = background
        self.inline = inline
        self.failed = failed
    }
}
