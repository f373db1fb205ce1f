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
        case .unsettled, .vanished: break
        }
    }

    /// `"12 files read, 240 new items, 1 failed; 3 queued"` for STATUS=.
    public func statusLine(queued: Int) -> String {
        "\(counts.filesRead) files read, \(counts.itemsNew) new items, \(counts.filesFailed) failed; \(queued) queued"
    }
}
