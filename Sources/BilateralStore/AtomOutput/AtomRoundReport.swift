/// What one Atom round did.
public struct AtomRoundReport: Sendable, Equatable {
    /// The feeds brought up to date (those new items belong in, or all), sorted by file name.
    public var feeds: [AtomFeedKey] = []
    /// Feed files created or replaced.
    public var written = 0
    /// Feed files left as they were because their content did not change.
    public var unchanged = 0
    /// Bytes of the files written.
    public var bytesWritten: Int64 = 0
    /// Items decoded and rendered (each once per round unless evicted from the entry cache).
    public var itemsRendered = 0
    /// Entries in the feeds rendered (an item listed by ten feeds counts ten times).
    public var entriesListed = 0
    /// Times the writer took the store's lock.
    public var storeHolds = 0
    /// The longest it kept it (wall clock: includes time the thread was
    /// not scheduled while holding it).
    public var longestStoreHold: Duration = .zero
    /// The most CPU time the thread spent in one hold.
    public var longestStoreHoldCPU: Duration = .zero

    public init() {}
}
