/// Limits and policies of a `FeedReader`. Every field has a default.
public struct FeedReaderOptions: Sendable, Hashable {
    /// Bytes read and handed to libxml2 at a time. Default 256 KiB.
    public var chunkSize: Int
    /// Longest text kept for one field (title, description, content...); longer text is
    /// truncated with a warning. Default 8 MiB.
    public var maxFieldBytes: Int
    /// Cap on the decompressed size of a gzip input. Default 1 GiB.
    public var maxDecompressedBytes: Int64
    /// Inputs up to this size are read whole before items are delivered, so `recovered` is
    /// exact; larger ones are streamed (see `FeedReader`). Default 32 MiB.
    public var collectLimit: Int64
    /// Most diagnostics kept per document. Default 50.
    public var maxDiagnostics: Int
    /// Build `FeedItem.text` (HTML to plain text). Default true; false leaves it empty
    /// (for callers that only need the fields, and to measure parsing alone).
    public var plainText: Bool

    public init(chunkSize: Int = 256 * 1024, maxFieldBytes: Int = 8 * 1024 * 1024,
                maxDecompressedBytes: Int64 = 1 << 30, collectLimit: Int64 = 32 * 1024 * 1024,
                maxDiagnostics: Int = 50, plainText: Bool = true) {
        self.chunkSize = chunkSize
        self.maxFieldBytes = maxFieldBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.collectLimit = collectLimit
        self.maxDiagnostics = maxDiagnostics
        self.plainText = plainText
    }
}
