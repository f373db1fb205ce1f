import BilateralStore
import Foundation

extension IngestBenchmark {
    /// The worker's part of ingest alone, on one thread: what one worker can
    /// give at most, whatever the store costs.
    public struct WorkerAlone: Sendable {
        public var files: Int
        public var items: Int
        public var bytes: Int64
        public var seconds: Double
        /// CPU time of the process over the run (one thread works; the rest are idle).
        public var cpuSeconds: Double
        public var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / cpuSeconds }
    }

    /// Copies the corpus into a fresh inbox and runs the worker's part of
    /// the pipeline on each file in turn (unchanged check, read, SHA-256,
    /// parse, stable ids, the look-up of stored ids, classify, records and
    /// index keys), handing nothing to the store: the records are dropped.
    /// The store stays empty, so every item is classified, as in the first
    /// ingest of `throughput`.
    public func workerAlone(scratch: URL) async throws -> WorkerAlone {
        let files = try corpusFiles
        let configuration = configuration(scratch: scratch, workers: 1)
        let paths = configuration.paths()
        let bytes = try copy(files, into: paths.inbox)
        try FileManager.default.createDirectory(at: paths.database.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        let store = try ItemStore.open(path: paths.database.path, logger: logger)
        let context = try DaemonRuntime.makeContext(configuration, logger: logger)
        let processor = FeedFileProcessor(context: context, store: store, outputs: context.outputs(store: store),
                                          gate: OutputGate())
        var items = 0
        let cpuStart = ProcessMeter.cpuSeconds()
        let start = ContinuousClock.now
        for file in files {
            let name = file.lastPathComponent
            let step = try await processor.processFile(at: paths.inbox.appendingPathComponent(name).path,
                                                       relative: context.relativePath(of: name), trigger: .scan,
                                                       logger: logger)
            if case .store(_, let n, _, _, _) = step { items += n }
        }
        let elapsed = ContinuousClock.now - start
        return WorkerAlone(files: files.count, items: items, bytes: bytes, seconds: ProcessMeter.seconds(elapsed),
                           cpuSeconds: ProcessMeter.cpuSeconds() - cpuStart)
    }
}
