import Foundation

/// What the store knows of one feed file of the watch folder: the version
/// it last read and how that went. The daemon compares size, mtime and
/// content hash with the file on disk to decide whether to read it again.
public struct FileState: Hashable, Sendable {
    /// How reading the file went.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Parsed strictly.
        case ok
        /// Not well-formed; items were read in recovery mode.
        case recovered
        /// Nothing could be read (the file was copied to `failed/`).
        case failed
        /// Seen but not read in full yet (a large file stored in chunks, or
        /// one whose last item, cut short by the end of the file, was left
        /// out): the daemon reads it again whatever its size and time.
        case pending
    }

    /// Relative to the watch folder (`inbox/bbc-world.xml`).
    public var path: String
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var mtimeNanoseconds: Int64
    /// SHA-256 of the content, lower-case hex.
    public var contentHash: String
    public var status: Status
    /// Items the file held when last read.
    public var items: Int
    /// Why reading failed or needed recovery.
    public var error: String?
    public var lastReadAt: Date

    public init(path: String, size: Int64, mtimeNanoseconds: Int64, contentHash: String,
                status: Status, items: Int = 0, error: String? = nil, lastReadAt: Date = Date()) {
        self.path = path
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.contentHash = contentHash
        self.status = status
        self.items = items
        self.error = error
        self.lastReadAt = lastReadAt
    }
}
