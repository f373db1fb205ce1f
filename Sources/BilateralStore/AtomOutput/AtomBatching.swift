/// How a round is cut into batches.
struct AtomBatching: Sendable {
    /// Entries (feeds × entries per feed) whose seqs are read in one hold of the store.
    var entriesPerBatch = 2048
    /// Item records read in one hold of the store.
    var recordsPerHold = 128
    /// Feed keys enumerated in one hold of the store (one index seek each).
    var keysPerHold = 256
    /// New items whose feed keys are looked up in one hold of the store.
    var itemsPerHold = 128
    /// Bytes of rendered entries the round's cache keeps at most.
    var cacheBytes = AtomEntryCache.defaultBudget
}
