import Foundation
import Logging
import ServiceLifecycle

/// Feeds inbox files to N workers: the start-up scan, inotify events, a
/// rescan on overflow and every poll interval, and settle retries. A worker
/// hands a file's records to the group `committer` and goes on with the
/// next file; the file counts as handled when its records are durable.
/// Runs until graceful shutdown, then lets the files in flight finish and
/// their last batch commit, and returns.
public struct IngestCoordinator: Sendable {
    /// Tells the caller what happened to each file (benchmarks, tests).
    public typealias Observer = @Sendable (String, FileOutcome) async -> Void

    public var scanner: InboxScanner
    public var workers: Int
    public var pollInterval: Duration
    public var processor: @Sendable () async -> any FileProcessing
    public var health: PipelineHealth
    public var notifier: SystemdNotifier
    public var logger: Logger
    public var observer: Observer?
    /// The group commit the processors hand records to; its writer loop runs with the workers.
    public var committer: IngestCommitter?
    /// Called on every tick with `false`, and once with `true` after the last file (output flushes).
    public var maintenance: (@Sendable (_ final: Bool) async -> Void)?
    /// Asked every 5 s for the end of the STATUS line (e.g. the store's item count). It runs on the
    /// ticker, so a store that stops answering stops the heartbeat and with it the watchdog pings.
    public var probe: (@Sendable () async -> String)?
    let queue = WorkQueue()
    /// Inbox names already reported as not UTF-8, or as links not followed (`rescan`): said once each.
    let undecodableReported = OnceSet()
    let linksReported = OnceSet()
    /// The longest READY=1 waits for the start-up backlog.
    public var startupGrace: Duration = .seconds(60)
    static let tick: Duration = .milliseconds(200)

    public init(scanner: InboxScanner, workers: Int, pollInterval: Duration,
                processor: @escaping @Sendable () async -> any FileProcessing,
                health: PipelineHealth, notifier: SystemdNotifier, logger: Logger, observer: Observer? = nil,
                maintenance: (@Sendable (_ final: Bool) async -> Void)? = nil, committer: IngestCommitter? = nil) {
        self.scanner = scanner
        self.workers = max(1, workers)
        self.pollInterval = pollInterval
        self.processor = processor
        self.health = health
        self.notifier = notifier
        self.logger = logger
        self.observer = observer
        self.maintenance = maintenance
        self.committer = committer
    }

    /// Runs until graceful shutdown (or task cancellation).
    public func run() async {
        let watcher = InboxWatcher(folder: scanner.inbox)
        await withTaskGroup(of: Void.self) { group in
            if let committer { group.addTask { await committer.run() } }
            group.addTask {
                await withTaskGroup(of: Void.self) { workers in
                    for _ in 0..<self.workers { workers.addTask { await work() } }
                }
                await committer?.close()
            }
            group.addTask { await pumpEvents(from: watcher) }
            group.addTask { await tickUntilClosed() }
            group.addTask { await startUp() }
        }
        await maintenance?(true)
        logger.info("pipeline stopped")
    }

    /// First scan; READY=1 once every file it found has been processed (retries of files still
    /// being written included; a blocked file counts as processed, since it may never be), or
    /// after `startupGrace` with the rest still queued, so that a large backlog does not run into
    /// systemd's start timeout.
    func startUp() async {
        let names = await rescan(reason: "start-up")
        await queue.follow(Set(names))
        let deadline = ContinuousClock.now + startupGrace
        while await queue.followedRemaining > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        guard await !queue.isClosed else { return }
        await health.markReady()
        await updateStatus()
        notifier.ready()
        logger.info("ready", metadata: ["inbox": "\(scanner.inbox.path)"])
    }

    /// Takes files until the queue closes; each file is finished (below)
    /// when its outcome is known, possibly after the worker moved on.
    func work() async {
        await withTaskGroup(of: Void.self) { commits in
            while let work = await queue.next() {
                let fingerprint = FileFingerprint.of(scanner.inbox.appendingPathComponent(work.name).path)
                let pending = await processor().start(work.name, trigger: work.trigger)
                if pending.isReady {
                    await finish(work, fingerprint: fingerprint, outcome: await pending.outcome())
                } else {
                    commits.addTask { await finish(work, fingerprint: fingerprint, outcome: await pending.outcome()) }
                }
            }
        }
    }

    /// Records what became of `work` and tells the queue.
    /// A blocked file counts as handled for the start-up scan but its
    /// fingerprint is not remembered, so the next rescan queues it again;
    /// its reason is logged when it is news, not at every retry.
    func finish(_ work: WorkQueue.Work, fingerprint: FileFingerprint?, outcome: FileOutcome) async {
        await health.record(outcome)
        let file = scanner.inbox.lastPathComponent + "/" + work.name
        switch outcome {
        case .ingested, .unchanged, .failed: await queue.finish(work.name, fingerprint: fingerprint)
        case .unsettled: await queue.finish(work.name, final: false)
        case .vanished: await queue.finish(work.name)
        case .blocked(let reason):
            await queue.finish(work.name)
            if await health.block(work.name, reason: reason) {
                logger.error("file not handled; retried at each rescan", metadata: ["file": "\(file)", "reason": "\(reason)"])
            }
        }
        switch outcome {
        case .blocked, .unsettled: break
        default:
            if await health.unblock(work.name) != nil { logger.notice("file handled again", metadata: ["file": "\(file)"]) }
        }
        if case .unsettled(let delay) = outcome { await queue.enqueue(work.name, trigger: .retry, after: delay) }
        await observer?(work.name, outcome)
    }

    /// inotify events until graceful shutdown; re-arms the watch when the inbox comes back.
    func pumpEvents(from watcher: InboxWatcher) async {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                for await event in try watcher.events().cancelOnGracefulShutdown() {
                    if await handle(event) == false { break }
                }
            } catch {
                logger.error("cannot watch the inbox; polling only", metadata: ["error": "\(error)"])
            }
            if Task.isShuttingDownGracefully || Task.isCancelled { break }
            try? await Task.sleep(for: .seconds(1))
            if FileManager.default.fileExists(atPath: scanner.inbox.path) { await rescan(reason: "inbox back") }
        }
        notifier.stopping()
        logger.info("stopping: finishing the files in flight")
        await queue.close()
    }

    /// Returns false when the watch is lost.
    func handle(_ event: InboxEvent) async -> Bool {
        switch event {
        case .changed(let name):
            if scanner.filter.accepts(name) && scanner.isReadableFile(name) {
                await queue.enqueue(name, trigger: .event)
            }
        case .overflow:
            await rescan(reason: "inotify overflow")
        case .folderGone:
            logger.error("inbox disappeared", metadata: ["inbox": "\(scanner.inbox.path)"])
            return false
        }
        return true
    }

    /// Heartbeat, settle retries, periodic rescan and STATUS, until the queue closes.
    func tickUntilClosed() async {
        var lastScan = ContinuousClock.now
        var lastStatus = ContinuousClock.now
        while await !queue.isClosed {
            try? await Task.sleep(for: Self.tick)
            await health.beat()
            await queue.promoteDue()
            await maintenance?(false)
            if ContinuousClock.now - lastScan >= pollInterval {
                lastScan = .now
                await rescan(reason: "poll")
            }
            if ContinuousClock.now - lastStatus >= .seconds(5) {
                lastStatus = .now
                await updateStatus()
            }
        }
    }

    /// Queues every feed file that changed since it was last handled; returns the names queued.
    @discardableResult
    func rescan(reason: String) async -> [String] {
        let listing: InboxScanner.Listing
        do {
            listing = try scanner.list()
        } catch {
            logger.warning("cannot list the inbox", metadata: ["inbox": "\(scanner.inbox.path)", "error": "\(error)"])
            return []
        }
        for name in listing.undecodable where undecodableReported.insert(name) {
            logger.warning("file name is not UTF-8: the file cannot be read; rename it",
                           metadata: ["file": "\(scanner.inbox.lastPathComponent)/\(name)"])
        }
        for name in listing.unfollowedLinks where linksReported.insert(name) {
            logger.notice("symbolic link not read (watch.follow_symlinks is false)",
                          metadata: ["file": "\(scanner.inbox.lastPathComponent)/\(name)"])
        }
        let names = listing.files
        var queued: [String] = []
        for name in names {
            let fingerprint = FileFingerprint.of(scanner.inbox.appendingPathComponent(name).path)
            if await queue.isHandled(name, as: fingerprint) { continue }
            await queue.enqueue(name, trigger: .scan)
            queued.append(name)
        }
        logger.debug("scan", metadata: ["reason": "\(reason)", "files": "\(names.count)", "queued": "\(queued.count)"])
        return queued
    }

    func updateStatus() async {
        var line = await health.statusLine(queued: queue.counts.queued)
        if let probe { line += "; " + (await probe()) }
        notifier.status(line)
    }
}

extension IngestCoordinator: Service {}
