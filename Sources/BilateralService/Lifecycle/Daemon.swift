import BilateralStore
import Foundation
import Logging
import ServiceLifecycle

/// `bilateral run`: prepares the watch folder, opens the store, and runs
/// the pipeline, the SIGHUP reloader and the watchdog in a `ServiceGroup`
/// that shuts down gracefully on SIGTERM and SIGINT.
public struct Daemon: Sendable {
    public var configuration: DaemonConfiguration
    public var configurationFile: String?
    public var logger: Logger
    public var notifier: SystemdNotifier
    /// Called after each file (benchmarks and tests).
    public var observer: IngestCoordinator.Observer?

    public init(configuration: DaemonConfiguration, configurationFile: String?, logger: Logger,
                notifier: SystemdNotifier = SystemdNotifier(), observer: IngestCoordinator.Observer? = nil) {
        self.configuration = configuration
        self.configurationFile = configurationFile
        self.logger = logger
        self.notifier = notifier
        self.observer = observer
    }

    /// Runs until SIGTERM/SIGINT (or cancellation); with `once`, stops by itself
    /// after the start-up scan's files are handled and the outputs written.
    /// - Returns: what was left undone (each file logged as an error with its reason).
    /// - Throws: when the folders, the store or the lexicons cannot be set up.
    @discardableResult
    public func run(once: Bool = false) async throws -> RunReport {
        let paths = configuration.paths()
        try WatchFolders.prepareState(paths)
        let lock = try DaemonLock(stateFolder: paths.state)
        let parts = try prepare()
        var atom = parts.atom
        atom.finishOnShutdown = once
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [
                .init(service: parts.coordinator, successTerminationBehavior: .gracefullyShutdownGroup,
                      serviceName: "pipeline"),
                .init(service: atom, serviceName: "atom"),
                .init(service: ReloadService { await reload(parts) }, serviceName: "reload"),
                .init(service: WatchdogService(notifier: notifier, health: parts.health, logger: logger),
                      serviceName: "watchdog"),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        if once {
            try await withThrowingDiscardingTaskGroup { tasks in
                tasks.addTask { try await group.run() }
                tasks.addTask {
                    await parts.coordinator.waitUntilDrained()
                    await group.triggerGracefulShutdown()
                }
            }
        } else {
            try await group.run()
        }
        lock.release()
        guard once else {
            logger.info("stopped")
            return RunReport()
        }
        let report = RunReport(unhandledFiles: await parts.health.blocked, outputsBehind: await parts.health.outputsBehind)
        for (name, reason) in report.unhandledFiles.sorted(by: { $0.key < $1.key }) {
            logger.error("file not handled; the next run tries again",
                         metadata: ["file": "\(paths.inbox.lastPathComponent)/\(name)", "reason": "\(reason)"])
        }
        for (output, error) in report.outputsBehind.sorted(by: { $0.key < $1.key }) {
            logger.error("outputs are behind: not written; nothing is lost, the next run catches up from the database",
                         metadata: ["output": "\(output)", "out": "\(paths.out.path)", "error": "\(error)"])
        }
        logger.info("stopped")
        return report
    }

    /// SIGHUP: reload, then write any outputs another process left pending (`bilateral reclassify`).
    func reload(_ parts: Parts) async {
        notifier.reloading()
        await parts.runtime.reload()
        let context = await parts.runtime.context
        do {
            try await parts.gate.flush(context.outputs(store: parts.store), final: true)
            await parts.atom.schedule.requestRewrite()
        } catch {
            context.logger.error("outputs not brought up to date", metadata: ["error": "\(error)"])
        }
        notifier.ready()
    }

    /// The pieces `run()` starts, built and checked before anything runs.
    public struct Parts: Sendable {
        public var runtime: DaemonRuntime
        public var store: ItemStore
        public var health: PipelineHealth
        public var gate: OutputGate
        public var atom: AtomFeedService
        public var coordinator: IngestCoordinator
    }

    /// Creates the folders, opens the store, loads the lexicons, catches up the outputs.
    public func prepare() throws -> Parts {
        let paths = configuration.paths()
        for problem in try WatchFolders.prepare(paths) {
            logger.warning("cannot write in a folder", metadata: ["folder": "\(problem.path)", "error": "\(problem.message)"])
        }
        let keepalive = StartupKeepalive(notifier: notifier)
        let store = try keepalive.around(status: "opening the database (the first start after an upgrade migrates it)") {
            try ItemStore.open(path: paths.database.path, logger: logger)
        }
        let context = try DaemonRuntime.makeContext(configuration, logger: logger)
        if let stored = try store.latestClassifierVersion(), stored != context.classifier.version {
            // A changed lexicon or engine: said once at start, not counted (that reads every item).
            logger.notice("stored items were classified by another classifier; new items get this one, and `bilateral reclassify` brings the stored ones up to date", metadata: [
                "classifier": "\(context.classifier.version)", "stored.classifier": "\(stored)",
            ])
        }
        let runtime = DaemonRuntime(context: context, configurationFile: configurationFile, logger: logger)
        try keepalive.around(status: "catching up the JSON Lines export") {
            try OutputWriter(configuration: configuration, paths: paths, store: store, logger: logger).jsonl?.export()
        }
        let health = PipelineHealth()
        let gate = OutputGate()
        /// The JSON Lines export: after a commit (`nil`: when due), on the ticker, or at the end (`true`).
        let export: @Sendable (Bool?) async -> Void = { final in
            let context = await runtime.context
            do {
                let outputs = context.outputs(store: store)
                let exported = if let final { try await gate.flush(outputs, final: final) } else { try await gate.afterIngest(outputs) }
                // Only an export that ran says the output is written (a coalesced one did nothing yet).
                if exported, await health.output(RunReport.jsonl, failed: nil) == .writtenAgain {
                    context.logger.notice("outputs written again; the JSON Lines caught up from the database")
                }
            } catch {
                // Retried at every flush: said once per reason (STATUS= says it while it lasts).
                let news = await health.output(RunReport.jsonl, failed: error) == .failing
                context.logger.log(level: news ? .error : .debug, "outputs not written yet; retried at each flush, said again if the reason changes",
                                   metadata: ["error": "\(error)"])
            }
        }
        let committer = IngestCommitter(store: store, logger: logger) { await export(nil) }
        let ages = FileAges()
        let scanner = InboxScanner(inbox: paths.inbox, filter: InboxFileFilter(ignore: configuration.watch.ignore),
                                   followSymlinks: configuration.watch.followSymlinks)
        var coordinator = IngestCoordinator(
            scanner: scanner, workers: configuration.workers, pollInterval: configuration.watch.pollInterval,
            processor: {
                let context = await runtime.context
                return FeedFileProcessor(context: context, store: store, outputs: context.outputs(store: store), gate: gate,
                                         committer: committer, ages: ages)
            },
            health: health, notifier: notifier, logger: logger, observer: observer,
            maintenance: { final in await export(final) }, committer: committer)
        logger.info("starting", metadata: [
            "inbox": "\(paths.inbox.path)", "database": "\(paths.database.path)",
            "workers": "\(configuration.workers)", "classifier": "\(context.classifier.version)",
            "allocator": "\(ProcessAllocator.description)",
        ])
        coordinator.probe = {
            do {
                return "\(try store.counts().items) items stored"
            } catch {
                return "store: \(error)"
            }
        }
        let cacheBytes = configuration.outputs.atomCacheMB << 20
        var atom = AtomFeedService(schedule: AtomFeedService.Schedule(cacheBytes: cacheBytes)) {
            let context = await runtime.context
            return (context.outputs(store: store).atom, context.configuration.outputs.atomInterval, context.logger)
        }
        atom.report = { error in await health.output(RunReport.atom, failed: error) }
        return Parts(runtime: runtime, store: store, health: health, gate: gate, atom: atom, coordinator: coordinator)
    }
}
