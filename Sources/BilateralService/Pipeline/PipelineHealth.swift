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

    /// Notes how the last write of `output` went: `error` nil when it was written.
    public func output(_ output: String, failed error: (any Error)?) {
        outputsBehind[output] = error.map { "\($0)" }
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
    /// `"; 2 not handled"` while files are blocked (the log says why, once).
    public func statusLine(queued: Int) -> String {
        "\(counts.filesRead) files read, \(counts.itemsNew) new items, \(counts.filesFailed) failed; \(queued) queued"
            + (blocked.isEmpty ? "" : "; \(blocked.count) not handled")
    }
}
