/// Numbers for status lines (`STATUS=` to systemd, `bilateral status`).
public struct StoreCounts: Hashable, Sendable {
    /// Items stored.
    public var items: Int
    /// Files known, and those in each status.
    public var files: Int
    public var filesByStatus: [FileState.Status: Int]
    /// Highest seq written to JSON Lines, and highest seq stored.
    public var exportedSeq: Int64
    public var lastSeq: Int64

    public init(items: Int, files: Int, filesByStatus: [FileState.Status: Int], exportedSeq: Int64, lastSeq: Int64) {
        self.items = items
        self.files = files
        self.filesByStatus = filesByStatus
        self.exportedSeq = exportedSeq
        self.lastSeq = lastSeq
    }
}

/// How many stored items carry one topic (or pair, or country).
public struct KeyCount: Hashable, Sendable {
    /// The topic id, pair or code.
    public var key: String
    public var items: Int

    public init(key: String, items: Int) {
        self.key = key
        self.items = items
    }
}
