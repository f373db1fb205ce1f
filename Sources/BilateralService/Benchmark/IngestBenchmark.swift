import Foundation
import Logging
import ServiceLifecycle

/// Measures the daemon's pipeline on a folder of feed files (`bilateral
/// bench ingest`): throughput with N workers (all files dropped in the inbox
/// before start-up, timed from start to the last file stored), and the
/// latency from a file being renamed into a running daemon's inbox to its
/// records being in the database and the JSON Lines.
public struct IngestBenchmark: Sendable {
    /// One throughput run.
    public struct Throughput: Sendable {
        public var workers: Int
        public var files: Int
        public var items: Int
        public var bytes: Int64
        public var seconds: Double
        /// CPU time of the whole process (user + system, every thread) over the run.
        public var cpuSeconds: Double
        /// Bytes the process wrote over the run (database, log, checkpoints, JSON Lines), if known.
        public var writtenBytes: Int64?
        /// What the group commit did (transactions, files, CPU in the store).
        public var commits: IngestCommitter.Statistics
        /// Files and items of `IngestBenchmark.prefill` stored before the timed run (zero without one).
        public var prefilledFiles = 0
        public var prefilledItems = 0
        public var itemsPerSecond: Double { Double(items) / seconds }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        /// MB of XML per second of CPU: the throughput one core would give if
        /// nothing else ran on the machine.
        public var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / cpuSeconds }
        /// Bytes written per byte of XML read (the write amplification), if known.
        public var writtenPerByte: Double? { writtenBytes.map { Double($0) / Double(max(1, bytes)) } }
    }

    /// File-landed-to-records-written times.
    public struct Latency: Sendable {
        public var samples: [Duration]
        public var median: Duration { percentile(0.5) }
        public var p99: Duration { percentile(0.99) }

        func percentile(_ p: Double) -> Duration {
            let sorted = samples.sorted()
            guard !sorted.isEmpty else { return .zero }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        }
    }

    public var corpus: URL
    /// A folder of other feed files (items not in `corpus`) stored first,
    /// untimed, by each throughput run: the timed run then adds `corpus` to
    /// a database that already holds them, as a daemon that has run for a
    /// while does (the store's cost per item grows with its size).
    public var prefill: URL?
    public var base: DaemonConfiguration
    public var logger: Logger

    /// - Parameters:
    ///   - corpus: a folder of feed files (`gen_corpus.py folder`).
    ///   - prefill: feed files stored before each timed throughput run (see `prefill`).
    ///   - base: the configuration to measure (lexicons, outputs); folders and workers are set per run.
    public init(corpus: URL, prefill: URL? = nil, base: DaemonConfiguration = DaemonConfiguration(), logger: Logger) {
        self.corpus = corpus
        self.prefill = prefill
        self.base = base
        self.logger = logger
    }

    var corpusFiles: [URL] {
        get throws { try feedFiles(in: corpus) }
    }

    /// The feed files of `folder`, by name: what the daemon's scan of an inbox there reads
    /// (links to files included).
    func feedFiles(in folder: URL) throws -> [URL] {
        try InboxScanner(inbox: folder, filter: InboxFileFilter(ignore: base.watch.ignore), followSymlinks: true)
            .scan().map { folder.appendingPathComponent($0) }
    }

    /// A fresh watch folder under `scratch` with `workers`.
    func configuration(scratch: URL, workers: Int) -> DaemonConfiguration {
        var c = base
        c.watch.root = scratch.path
        c.watch.settleTime = .zero
        c.watch.pollInterval = .seconds(3600)
        c.store.database = nil
        c.workers = workers
        return c
    }

    /// Copies `files` into `inbox` (made if missing); returns their bytes.
    func copy(_ files: [URL], into inbox: URL) throws -> Int64 {
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var bytes: Int64 = 0
        for file in files {
            try FileManager.default.copyItem(at: file, to: inbox.appendingPathComponent(file.lastPathComponent))
            bytes += Int64(try file.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0)
        }
        return bytes
    }

    /// Copies the corpus into a fresh inbox, then times start-up to the last
    /// file stored. With `prefill`, its files are stored first by a daemon
    /// of their own (untimed), then taken out of the inbox (a restarted
    /// daemon would otherwise count them again, as unchanged files).
    public func throughput(workers: Int, scratch: URL) async throws -> Throughput {
        let files = try corpusFiles
        let configuration = configuration(scratch: scratch, workers: workers)
        let prefilled = try await storePrefill(configuration, scratch: scratch)
        let bytes = try copy(files, into: configuration.paths().inbox)
        let tally = BenchmarkTally()
        let daemon = Daemon(configuration: configuration, configurationFile: nil, logger: logger,
                            notifier: SystemdNotifier(environment: [:]),
                            observer: { name, outcome in await tally.record(name, outcome) })
        let parts = try daemon.prepare()
        let cpuStart = ProcessMeter.cpuSeconds()
        let writtenStart = ProcessMeter.writtenBytes()
        let start = ContinuousClock.now
        try await run(parts) { await tally.waitForFiles(files.count) }
        let elapsed = ContinuousClock.now - start
        let written = ProcessMeter.writtenBytes().flatMap { end in writtenStart.map { end - $0 } }
        return Throughput(workers: workers, files: files.count, items: await tally.items, bytes: bytes,
                          seconds: ProcessMeter.seconds(elapsed),
                          cpuSeconds: ProcessMeter.cpuSeconds() - cpuStart, writtenBytes: written,
                          commits: await parts.coordinator.committer?.statistics ?? .init(),
                          prefilledFiles: prefilled.files, prefilledItems: prefilled.items)
    }

    /// Stores the files of `prefill` (if any) into the database of
    /// `configuration`, then moves them out of its inbox; returns their count
    /// and the items stored.
    func storePrefill(_ configuration: DaemonConfiguration, scratch: URL) async throws -> (files: Int, items: Int) {
        guard let prefill else { return (0, 0) }
        let files = try feedFiles(in: prefill)
        let inbox = configuration.paths().inbox
        _ = try copy(files, into: inbox)
        let tally = BenchmarkTally()
        let daemon = Daemon(configuration: configuration, configurationFile: nil, logger: logger,
                            notifier: SystemdNotifier(environment: [:]),
                            observer: { name, outcome in await tally.record(name, outcome) })
        try await run(try daemon.prepare()) { await tally.waitForFiles(files.count) }
        let aside = scratch.appendingPathComponent("prefilled")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.moveItem(at: inbox.appendingPathComponent(file.lastPathComponent),
                                             to: aside.appendingPathComponent(file.lastPathComponent))
        }
        return (files.count, await tally.items)
    }

    /// Renames `samples` corpus files one by one into a running daemon's inbox and times each.
    public func latency(samples: Int, workers: Int, scratch: URL) async throws -> Latency {
        let files = Array(try corpusFiles.prefix(samples))
        let configuration = configuration(scratch: scratch, workers: workers)
        let paths = configuration.paths()
        let tally = BenchmarkTally()
        let daemon = Daemon(configuration: configuration, configurationFile: nil, logger: logger,
                            notifier: SystemdNotifier(environment: [:]),
                            observer: { name, outcome in await tally.record(name, outcome) })
        let parts = try daemon.prepare()
        try await run(parts) {
            try? await Task.sleep(for: .milliseconds(300))
            for (n, file) in files.enumerated() {
                let staging = paths.inbox.appendingPathComponent(".landing.tmp")
                try? FileManager.default.copyItem(at: file, to: staging)
                let landed = ContinuousClock.now
                rename(staging.path, paths.inbox.appendingPathComponent(file.lastPathComponent).path)
                await tally.waitForFiles(n + 1)
                await tally.addSample(ContinuousClock.now - landed)
                try? await Task.sleep(for: .milliseconds(150))
            }
        }
        return Latency(samples: await tally.samples)
    }

    /// Runs the pipeline of `parts` until `body` returns, then shuts it down gracefully.
    func run(_ parts: Daemon.Parts, until body: @escaping @Sendable () async -> Void) async throws {
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: parts.coordinator, successTerminationBehavior: .gracefullyShutdownGroup)],
            logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            await body()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}

/// Counts what the benchmark's daemon processed and wakes waiters.
actor BenchmarkTally {
    private(set) var files = 0
    private(set) var items = 0
    private(set) var samples: [Duration] = []
    private var waiters: [(Int, CheckedContinuation<Void, Never>)] = []

    func record(_ name: String, _ outcome: FileOutcome) {
        switch outcome {
        case .ingested(let n, _): items += n
        case .unchanged, .failed: break
        case .unsettled, .vanished, .blocked: return
        }
        files += 1
        waiters.removeAll { target, waiter in
            guard files >= target else { return false }
            waiter.resume()
            return true
        }
    }

    func addSample(_ d: Duration) { samples.append(d) }

    func waitForFiles(_ count: Int) async {
        if files >= count { return }
        await withCheckedContinuation { waiters.append((count, $0)) }
    }
}
