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
    /// Could not be handled for a reason that waiting for a writer does not
    /// cure (unreadable by permissions, `failed/` not writable, the store
    /// failing), said in `reason`. Not waited for: the start-up scan ends
    /// without it (a retry loop here kept READY=1 and `run --once` waiting
    /// forever); the coordinator reports it once and the next rescan tries again.
    case blocked(reason: String)
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
    /// Processes `name` and returns what became of it, once that is final
    /// (the file's records durable in the store, or the file failed...).
    func process(_ name: String, trigger: FileTrigger) async -> FileOutcome
    /// Does the worker's part of `process` (read, parse, classify) and
    /// returns; the outcome completes when the rest (the group commit) is
    /// done, so the worker can go on with the next file meanwhile.
    func start(_ name: String, trigger: FileTrigger) async -> PendingOutcome
}

extension FileProcessing {
    /// By default the whole of `process`, with the outcome ready on return.
    public func start(_ name: String, trigger: FileTrigger) async -> PendingOutcome {
        .ready(await process(name, trigger: trigger))
    }
}

/// The outcome of a file whose worker's part is done.
public struct PendingOutcome: Sendable {
    enum State: Sendable {
        case ready(FileOutcome)
        case later(@Sendable () async -> FileOutcome)
    }

    let state: State

    /// An outcome known now.
    public static func ready(_ outcome: FileOutcome) -> PendingOutcome { PendingOutcome(state: .ready(outcome)) }

    /// An outcome `completion` will give (waiting for the store).
    public static func later(_ completion: @escaping @Sendable () async -> FileOutcome) -> PendingOutcome {
        PendingOutcome(state: .later(completion))
    }

    /// Whether the outcome is known without waiting.
    public var isReady: Bool {
        if case .ready = state { return true }
        return false
    }

    /// The outcome, waiting for it if needed.
    public func outcome() async -> FileOutcome {
        switch state {
        case .ready(let outcome): return outcome
        case .later(let completion): return await completion()
        }
    }
}
