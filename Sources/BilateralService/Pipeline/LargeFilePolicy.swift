/// How the pipeline reads an inbox file too large to hold whole.
///
/// A file up to `bytes` is read into memory, parsed, classified and stored
/// in one transaction, as a unit. A larger one (an archive dump, a feed of
/// years) would need several times its size in memory that way (the bytes,
/// the parsed items and their records: ~600 MB for a 100 MB feed), so it
/// is streamed instead: hashed in chunks, parsed as it is read, and its new
/// items stored `chunkItems` at a time, each chunk in a transaction of its
/// own, with the file's state left `pending` until the last one. A crash or
/// a failure between chunks loses nothing and duplicates nothing: the file
/// is read again, and the items already stored are recognised by their ids
/// and only linked to the file.
public struct LargeFilePolicy: Sendable, Equatable {
    /// Files larger than this are streamed (default 32 MiB, the size up to
    /// which the feed reader reads a document whole before delivering items;
    /// the daemon's is `watch.large_file_mb`).
    public var bytes: Int64
    /// Items parsed, classified and stored at a time from a streamed file.
    public var chunkItems: Int
    /// Files larger than this (or than `bytes`) are read on a thread of
    /// their own, outside Swift's concurrency pool (default 1 MiB, ~30-35 ms
    /// of work at the worker's 30-33 MB of XML per CPU-second): a file that holds a pool thread for seconds would hold up the
    /// watchdog's heartbeat, the inbox events and the group commit. Smaller
    /// ones stay on the pool, where the thread switches cost more than they
    /// would save (measured: 6-9% of ingest on 2,000 files of ~87 KB).
    public var ownThreadBytes: Int64

    public init(bytes: Int64 = 32 * 1024 * 1024, chunkItems: Int = 1_000, ownThreadBytes: Int64 = 1024 * 1024) {
        self.bytes = max(0, bytes)
        self.chunkItems = max(1, chunkItems)
        self.ownThreadBytes = max(0, ownThreadBytes)
    }
}
