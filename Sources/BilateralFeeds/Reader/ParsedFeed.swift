/// What a streaming read returns once every item has been delivered.
public struct FeedReadResult: Sendable {
    /// The channel-level facts.
    public var feed: Feed
    /// Problems found, in document order (encoding first).
    public var diagnostics: [FeedDiagnostic]
    /// True when the document was not well-formed (bad bytes, undefined entities, XML errors):
    /// items were repaired or read in recovery mode and carry `recovered = true`.
    public var recovered: Bool
    /// Number of items delivered.
    public var itemCount: Int
    /// True when the document ends inside an item and that item, read without
    /// the field it ended in, is the last delivered (recovery mode; see the
    /// "ends inside an item" diagnostic): a cut download, or a file whose
    /// writer has not finished.
    public var lastItemCut: Bool

    public init(feed: Feed, diagnostics: [FeedDiagnostic], recovered: Bool, itemCount: Int, lastItemCut: Bool = false) {
        self.feed = feed
        self.diagnostics = diagnostics
        self.recovered = recovered
        self.itemCount = itemCount
        self.lastItemCut = lastItemCut
    }
}

/// A whole feed read into memory: feed facts, items and diagnostics.
public struct ParsedFeed: Sendable {
    public var feed: Feed
    public var items: [FeedItem]
    public var diagnostics: [FeedDiagnostic]
    /// True when the document was not well-formed (see `FeedReadResult.recovered`).
    public var recovered: Bool
    /// True when the last of `items` was cut short by the end of the document (see `FeedReadResult.lastItemCut`).
    public var lastItemCut: Bool

    public init(feed: Feed, items: [FeedItem], diagnostics: [FeedDiagnostic], recovered: Bool, lastItemCut: Bool = false) {
        self.feed = feed
        self.items = items
        self.diagnostics = diagnostics
        self.recovered = recovered
        self.lastItemCut = lastItemCut
    }
}
