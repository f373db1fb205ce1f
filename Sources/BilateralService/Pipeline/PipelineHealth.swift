/// What the pipeline has done and whether it is alive: counts for the
/// systemd STATUS line and a heartbeat the watchdog service checks before
/// each `WATCHDOG=1`.
public actor PipelineHealth {
    /// Running totals since start-up.
    public struct Counts: Sendable, Equatable {
        public var filesRead = 0
        public var filesUnchanged = 0
        public var filesFailed = 0
        public var itemsNew = 0
        public var itemsSeen = 0
    }

    public private(set) var counts = Counts()
    public private(set) var lastBeat: ContinuousClock.Instant = .now
    public private(set) var isReady = false
    /// The files that could not be handled (`FileOutcome.blocked`) and why,
    /// until one is handled: what `run --once` reports at its end.
    public private(set) var blocked: [String: String] = [:]
    /// The outputs whose last write failed ("JSON Lines", "Atom feeds") and
    /// why, until one succeeds: what `run --once` reports at its end (they
    /// catch up from the store at the next write; nothing is lost).
    public private(set) var outputsBehind: [String: String] = [:]

    public init() {}

    /// Called by the pipeline's ticker while its loop is alive.
    public func beat() { lastBeat = .now }

    /// Whether the pipeline has beaten within `window`.
    public func isAlive(within window: Duration) -> Bool { ContinuousClock.now - lastBeat <= window }

    public func markReady() { isReady = true }

    /// Adds one file's outcome to the counts.
    public func record(_ outcome: FileOutcome) {
        switch outcome {
        case .ingested(let items, let new):
            counts.filesRead += 1
            counts.itemsSeen += items
            counts.itemsNew += new
        case .unchanged: counts.filesUnchanged += 1
        case .failed: counts.filesFailed += 1
        case .unsettled, .vanished, .blocked: break
        }
    }

    /// What changed for an output with its last write, for the log: a write that fails
    /// is retried at every flush (every 200 ms under load), and the log says so once.
    public enum OutputChange: Sendable, Equatable {
        /// It failed, and for another reason than the last time (or after writes that went through).
        case failing
        /// It was written after failing.
        case writtenAgain
    }

    /// Notes how the last write of `output` went: `error` nil when it was written.
    /// - Returns: the change the log should say, nil when there is none.
    @discardableResult
    public func output(_ output: String, failed error: (any Error)?) -> OutputChange? {
        let reason = error.map { "\($0)" }
        let before = outputsBehind[output]
        outputsBehind[output] = reason
        switch (before, reason) {
        case (nil, nil): return nil
        case (.some, nil): return .writtenAgain
        case (let old, let new?): return old == new ? nil : .failing
        }
    }

    /// Notes that `name` could not be handled for `reason`; returns whether
    /// that is news (not the reason already noted), so that the log says it
    /// once and not at every rescan.
    public func block(_ name: String, reason: String) -> Bool {
        blocked.updateValue(reason, forKey: name) != reason
    }

    /// Notes that `name` was handled (or is gone); returns the reason it was blocked for, if it was.
    public func unblock(_ name: String) -> String? {
        blocked.removeValue(forKey: name)
    }

    /// `"12 files read, 240 new items, 1 failed; 3 queued"` for STATUS=, with
    /// `"; 2 not handled"` while files are blocked and `"; JSON Lines behind"`
    /// while an output cannot be written (the log says why, once).
    public func statusLine(queued: Int) -> String {
        "\(counts.filesRead) files read, \(counts.itemsNew) new items, \(counts.filesFailed) failed; \(queued) queued"
            + (blocked.isEmpty ? "" : "; \(blocked.count) not handled")
            + outputsBehind.keys.sorted().map { "; \($0) behind" }.joined()
    }
}
