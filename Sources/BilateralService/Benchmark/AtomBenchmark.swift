import BilateralStore
import Foundation
import Logging

/// Measures Atom feed rounds (`bilateral bench atom`): a folder of feed files
/// is ingested with the daemon's pipeline into a scratch folder (all but the
/// last `increment` files), then three rounds of the Atom writer are timed
/// with the pipeline stopped: a full rewrite into an empty feeds folder, an
/// incremental update after the held-back files are ingested, and a full
/// rewrite with nothing changed (what a reload does). The rounds share an
/// entry cache, as the daemon's rounds do. During each round a
/// probe makes a tiny store call every 2 ms and records the longest it had
/// to wait: how long the round kept the store from the ingest workers.
public struct AtomBenchmark: Sendable {
    /// One timed Atom round.
    public struct Round: Sendable {
        public var name: String
        /// Feed files created or replaced in the folder.
        public var feedsWritten: Int
        /// Their size.
        public var bytesWritten: Int64
        public var wallSeconds: Double
        /// CPU time of the process (user + system) during the round.
        public var cpuSeconds: Double
        /// Resident memory when the round started, nil if unknown.
        public var residentBytesBefore: Int64?
        /// Peak resident memory during the round (`VmHWM`, reset before), nil if unknown.
        public var peakResidentBytes: Int64?
        /// The longest a concurrent store call waited during the round.
        public var longestStoreWait: Duration
        /// What the writer reports (its own count of files, store holds, items rendered).
        public var report: AtomRoundReport
    }

    /// What the benchmark ingested and measured.
    public struct Result: Sendable {
        public var files: Int
        public var items: Int
        public var rounds: [Round]
    }

    public var corpus: URL
    public var base: DaemonConfiguration
    /// Files held back from the first ingest, stored before the incremental round.
    public var increment: Int
    public var logger: Logger

    /// - Parameters:
    ///   - corpus: a folder of feed files (`gen_corpus.py folder`).
    ///   - base: the configuration to measure (lexicons, `outputs.atom_entries`); folders are the benchmark's.
    ///   - increment: files ingested between the full rewrite and the incremental round.
    public init(corpus: URL, base: DaemonConfiguration = DaemonConfiguration(), increment: Int = 10, logger: Logger) {
        self.corpus = corpus
        self.base = base
        self.increment = max(0, increment)
        self.logger = logger
    }

    /// Ingests the corpus under `scratch` and times the three rounds.
    /// - Throws: file, configuration, store or Atom writer errors.
    public func run(scratch: URL) async throws -> Result {
        let ingest = IngestBenchmark(corpus: corpus, base: base, logger: logger)
        let files = try ingest.corpusFiles
        let configuration = ingest.configuration(scratch: scratch, workers: base.workers)
        let held = min(increment, max(0, files.count - 1))
        var items = try await self.ingest(Array(files.dropLast(held)), total: files.count - held, ingest, configuration)
        let paths = configuration.paths()
        let store = try ItemStore.open(path: paths.database.path, logger: logger)
        guard let writer = OutputWriter(configuration: configuration, paths: paths, store: store, logger: logger).atom else {
            throw ServiceError(corpus.path, "outputs.atom is off in the configuration: nothing to measure")
        }
        let folder = paths.out.appendingPathComponent("feeds").path
        // Entries are kept from round to round, as AtomFeedService keeps them.
        var cache = AtomEntryCache(budget: configuration.outputs.atomCacheMB << 20)
        var rounds = [try await measure("full rewrite", folder: folder, store: store, cache: &cache) {
            try writer.round(rewriteAll: true, cache: &$0)
        }]
        items += try await self.ingest(Array(files.suffix(held)), total: files.count, ingest, configuration)
        rounds.append(try await measure("incremental (+\(held) files)", folder: folder, store: store, cache: &cache) {
            try writer.round(rewriteAll: false, cache: &$0)
        })
        rounds.append(try await measure("full rewrite, unchanged", folder: folder, store: store, cache: &cache) {
            try writer.round(rewriteAll: true, cache: &$0)
        })
        return Result(files: files.count, items: items, rounds: rounds)
    }

    /// Copies `files` into the inbox and runs the pipeline until `total` files
    /// (those already there, reported unchanged, included) are processed.
    func ingest(_ files: [URL], total: Int, _ ingest: IngestBenchmark, _ configuration: DaemonConfiguration) async throws -> Int {
        let inbox = configuration.paths().inbox
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(at: file, to: inbox.appendingPathComponent(file.lastPathComponent))
        }
        let tally = BenchmarkTally()
        let daemon = Daemon(configuration: configuration, configurationFile: nil, logger: logger,
                            notifier: SystemdNotifier(environment: [:]),
                            observer: { name, outcome in await tally.record(name, outcome) })
        try await ingest.run(try daemon.prepare()) { await tally.waitForFiles(total) }
        return await tally.items
    }

    /// Times `round`, with the store-wait probe running beside it.
    func measure(_ name: String, folder: String, store: ItemStore, cache: inout AtomEntryCache,
                 _ round: @escaping @Sendable (inout AtomEntryCache) throws -> AtomRoundReport) async throws -> Round {
        let before = AtomFolderSnapshot(folder: folder)
        ProcessMeter.resetPeakResident()
        let resident = ProcessMeter.residentBytes()
        let probe = Task.detached { await Self.probeStore(store) }
        let cpu = ProcessMeter.cpuSeconds()
        let start = ContinuousClock.now
        let kept = cache
        let (report, updated) = try await Task.detached {
            var cache = kept
            return (try round(&cache), cache)
        }.value
        cache = updated
        let wall = ContinuousClock.now - start
        let cpuSeconds = ProcessMeter.cpuSeconds() - cpu
        probe.cancel()
        let wait = await probe.value
        let written = AtomFolderSnapshot(folder: folder).changed(since: before)
        return Round(name: name, feedsWritten: written.files, bytesWritten: written.bytes,
                     wallSeconds: ProcessMeter.seconds(wall), cpuSeconds: cpuSeconds,
                     residentBytesBefore: resident, peakResidentBytes: ProcessMeter.peakResidentBytes(), longestStoreWait: wait, report: report)
    }

    /// A cheap store call every 2 ms until cancelled; returns the longest call.
    static func probeStore(_ store: ItemStore) async -> Duration {
        var longest = Duration.zero
        while !Task.isCancelled {
            let start = ContinuousClock.now
            _ = try? store.fileState(path: "bench-probe")
            longest = max(longest, ContinuousClock.now - start)
            try? await Task.sleep(for: .milliseconds(2))
        }
        return longest
    }
}
