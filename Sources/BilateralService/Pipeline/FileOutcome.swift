/// What became of one attempt at an inbox file.
public enum FileOutcome: Sendable, Equatable {
    /// Read and stored: `items` in the file, `new` of them never seen before.
    case ingested(items: Int, new: Int)
    /// Same size, modification time and content as when last read: not re-read.
    case unchanged
    /// Still being written (modified within the settle time, or truncated and recent): retried later.
    case unsettled(retryAfter: Duration)
    /// Nothing could be read: copied to `failed/` with a `.error.json`.
    case failed(message: String)
    /// Gone (deleted or renamed away) before it could be read.
    case vanished
}

/// Why a file is being processed, weakest first.
public enum FileTrigger: Int, Sendable, Comparable {
    /// A retry after it was found unsettled: it may still be being written.
    case retry
    /// Found by a scan: it may still be being written.
    case scan
    /// Closed after writing or renamed into the inbox: complete, no settle wait.
    case event

    public static func < (a: FileTrigger, b: FileTrigger) -> Bool { a.rawValue < b.rawValue }
}

/// Processes one inbox file by name. Implementations are Sendable values;
/// the coordinator runs several at once.
public protocol FileProcessing: Sendable {
    func process(_ name: String, trigger: FileTrigger) async -> FileOutcome
}
