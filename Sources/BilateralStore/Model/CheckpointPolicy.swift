/// When the store copies its write-ahead log back into the database file
/// (a checkpoint), by the size of the log. See `ItemStore.open`.
public struct CheckpointPolicy: Sendable, Equatable {
    /// A commit that leaves at least this many bytes in the log wakes the
    /// store's checkpoint thread (16 MiB by default). Larger values let a page
    /// changed by several commits be copied once, at the cost of a larger log.
    public var backgroundBytes: Int
    /// A commit that leaves at least this many bytes in the log checkpoints
    /// in the commit itself, as SQLite does by default (128 MiB by default):
    /// the bound on the log should the thread fall behind.
    public var inlineBytes: Int

    /// Values below 1 become 1; `inlineBytes` is at least `backgroundBytes`.
    public init(backgroundBytes: Int = 16 << 20, inlineBytes: Int = 128 << 20) {
        self.backgroundBytes = max(1, backgroundBytes)
        self.inlineBytes = max(self.backgroundBytes, inlineBytes)
    }
}
