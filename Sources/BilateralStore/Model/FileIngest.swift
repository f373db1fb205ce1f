import BilateralRecords

/// What one file contributes to `ItemStore.ingest(_:)`: the file's new
/// state, its classified records, and the ids of its items the caller found
/// already stored and did not classify again.
public struct FileIngest: Sendable {
    /// The file's new state.
    public var file: FileState
    /// The file's items, classified. A record whose id is already stored is
    /// only linked to this file (its stored classification stays).
    public private(set) var records: [ItemRecord]
    /// `records` as JSON lines (UTF-8), encoded when the value is made (on
    /// the worker that classified them, not in the store's write transaction).
    public private(set) var jsonLines: [[UInt8]]
    /// The classification keys of each of `records`, made with the JSON
    /// lines (their strings hashed here, not in the write transaction).
    private(set) var keys: [[ClassKey]]
    /// Ids of items of this file already stored (see `storedIDs(among:)`);
    /// they are linked to this file under `knownFeed`.
    public var knownIDs: [String]
    /// The feed the known items are listed under (default: the feed of the first record).
    public var knownFeed: ItemRecord.FeedRef?

    public init(file: FileState, records: [ItemRecord], knownIDs: [String] = [], knownFeed: ItemRecord.FeedRef? = nil) {
        self.file = file
        self.records = records
        self.jsonLines = records.map { $0.jsonLineBytes() }
        self.keys = records.map(ClassKey.keys(of:))
        self.knownIDs = knownIDs
        self.knownFeed = knownFeed
    }

    /// The number of items this file links (new and known).
    public var itemCount: Int { records.count + knownIDs.count }
}
