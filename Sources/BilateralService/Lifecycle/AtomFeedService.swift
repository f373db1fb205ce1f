import BilateralStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps the Atom feeds under `out/feeds/` up to date, off the workers'
/// path: every `outputs.atom_interval` (and at least `loadFactor` times
/// the last round's duration after it, so that under a heavy stream of new
/// items the feeds take at most about a fifth of the machine from ingest)
/// it rewrites the feeds that items
/// stored since the last update belong in (the writer records how far it
/// got in the database, so nothing is lost if the daemon stops or crashes
/// in between; the next start catches up). A reload asks for a full rewrite
/// (items re-classified by `bilateral reclassify`). On a graceful shutdown
/// the daemon stops the round in progress between two batches (see
/// `finishOnShutdown`); `run --once` finishes it and writes one last round.
/// All Atom writing of the process happens here,
/// one update at a time, on a thread of its own: a round blocks while it
/// reads the store and writes files, and must not take one of the few
/// threads of the concurrency pool the ingest workers run on.
public struct AtomFeedService: Service {
    /// Requests a full rewrite on the next round, and keeps the entries
    /// rendered in a round for the next ones (each is checked against its
    /// stored row before use, so only new or changed items are rendered).
    public actor Schedule {
        var rewrite = false
        var entries: AtomEntryCache
        /// - Parameter cacheBytes: bytes of rendered entries kept between rounds (the resident memory this costs).
        public init(cacheBytes: Int = AtomEntryCache.defaultBudget) { entries = AtomEntryCache(budget: cacheBytes) }
        public func requestRewrite() { rewrite = true }
        func takeRewrite() -> Bool { defer { rewrite = false }; return rewrite }
        func takeEntries() -> AtomEntryCache {
            defer { entries = AtomEntryCache(budget: entries.budget) }
            return entries
        }
        func keep(_ cache: AtomEntryCache) { entries = cache }
    }

    public var schedule: Schedule
    public var writer: @Sendable () async -> (AtomFeedWriter?, Duration, Logger)
    /// The pause after a round is at least this many times the round's duration.
    public static let loadFactor = 4
    /// Whether a graceful shutdown lets the round in progress finish and
    /// writes one last round (`run --once`: the feeds are complete when it
    /// returns). When false (the daemon), SIGTERM stops the round in
    /// progress between two batches and skips the last one, so that the
    /// daemon stops within seconds; nothing is lost, the next start brings
    /// the feeds up to date from the recorded position.
    public var finishOnShutdown = true
    /// Told how each round went (nil: written), so that `run --once` can say the feeds are behind.
    /// Returns the change the log should say (nil: nothing new), so that a round that fails
    /// the same way every interval is logged once; without it every failure is logged.
    public var report: (@Sendable ((any Error)?) async -> PipelineHealth.OutputChange?)?
    let stopping = StopFlag()

    /// - Parameter writer: the current writer (nil when Atom output is off), interval and logger.
    public init(schedule: Schedule, writer: @escaping @Sendable () async -> (AtomFeedWriter?, Duration, Logger)) {
        self.schedule = schedule
        self.writer = writer
    }

    public func run() async throws {
        try? await withGracefulShutdownHandler {
            try await cancelWhenGracefulShutdown {
                while true {
                    let interval = await round()
                    try await Task.sleep(for: interval)
                }
            }
        } onGracefulShutdown: {
            stopping.set()
        }
        // One last round on the way out, so that `run --once` leaves the
        // feeds up to date with what the pipeline stored.
        if finishOnShutdown { _ = await round() }
    }

    /// One update (or full rewrite); returns the time to wait before the next:
    /// the configured interval, or `loadFactor` times the round's duration if longer.
    func round() async -> Duration {
        let (atom, interval, logger) = await writer()
        guard let atom else { return interval }
        let start = ContinuousClock.now
        let rewrite = await schedule.takeRewrite()
        let cache = await schedule.takeEntries()
        let (finish, stopping) = (finishOnShutdown, stopping)
        let shouldStop: @Sendable () -> Bool = { !finish && stopping.isSet }
        let result = await OffPool.run("bilateral.atom") { () throws -> AtomEntryCache in
            var cache = cache
            _ = try atom.round(rewriteAll: rewrite, cache: &cache, shouldStop: shouldStop)
            return cache
        }
        switch result {
        case .success(let cache):
            await schedule.keep(cache)
            if let report, await report(nil) == .writtenAgain { logger.notice("atom feeds written again") }
        case .failure(is CancellationError):
            logger.info("atom round stopped for shutdown; the next start brings the feeds up to date")
        case .failure(let error):
            let news = if let report { await report(error) == .failing } else { true }
            logger.log(level: news ? .error : .debug, "atom feeds not written; retried each round, said again if the reason changes",
                       metadata: ["error": "\(error)"])
        }
        return Self.pause(after: ContinuousClock.now - start, interval: interval)
    }

    /// The wait after a round that took `duration`.
    static func pause(after duration: Duration, interval: Duration) -> Duration {
        max(interval, duration * loadFactor)
    }
}
