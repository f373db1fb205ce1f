/// When the store copies its write-ahead log back into the database file
/// (a checkpoint), in pages of the log (4 KiB each). See `ItemStore.open`.
public struct CheckpointPolicy: Sendable, Equatable {
    /// A commit that leaves at least this many pages in the log wakes the
    /// store's checkpoint thread (16 MiB by default). Larger values let a page
    /// changed by several commits be copied once, at the cost of a larger log.
    public var backgroundPages: Int32
    /// A commit that leaves at least this many pages in the log checkpoints
    /// in the commit itself, as SQLite does by default (128 MiB by default):
    /// the bound on the log should the thread fall behind.
    public var inlinePages: Int32

    /// Values below 1 become 1; `inlinePages` is at least `backgroundPages`.
    public init(backgroundPages: Int32 = 4_000, inlinePages: Int32 = 32_000) {
        self.backgroundPages = max(1, backgroundPages)
        self.inlinePages = max(self.backgroundPages, inlinePages)
    }
}
