import BilateralClassifier
import BilateralFeeds
import BilateralRecords
import BilateralStore
import Foundation
import Logging

/// The pipeline for one inbox file: settle check → unchanged check (size,
/// mtime, content hash) → `FeedReader` → stable ids → skip known items →
/// `Classifier` → `ItemRecord` → the store (through the group
/// `committer`, or one transaction of its own without one) → outputs. A
/// file from which nothing can be read goes to `failed/`. The inbox is
/// only ever read.
public struct FeedFileProcessor: FileProcessing {
    public var context: ProcessingContext
    public var store: ItemStore
    public var outputs: OutputWriter
    public var gate: OutputGate
    /// Group commit; nil: each file is stored by a transaction of its own
    /// and its outputs written before `start` returns.
    public var committer: IngestCommitter?

    public init(context: ProcessingContext, store: ItemStore, outputs: OutputWriter, gate: OutputGate,
                committer: IngestCommitter? = nil) {
        self.context = context
        self.store = store
        self.outputs = outputs
        self.gate = gate
        self.committer = committer
    }

    /// What the worker's part leads to.
    enum Step {
        case done(FileOutcome)
        /// Records to store; `items` in the file, read in recovery mode or not.
        case store(FileIngest, items: Int, recovered: Bool)
    }

    public func process(_ name: String, trigger: FileTrigger) async -> FileOutcome {
        await start(name, trigger: trigger).outcome()
    }

    public func start(_ name: String, trigger: FileTrigger) async -> PendingOutcome {
        let path = context.inbox.appendingPathComponent(name).path
        let relative = context.relativePath(of: name)
        let logger = context.logger.with(file: relative)
        let step: Step
        do {
            step = try processFile(at: path, relative: relative, trigger: trigger, logger: logger)
        } catch {
            return .ready(retryLater(error, logger: logger))
        }
        let (ingest, items, recovered): (FileIngest, Int, Bool)
        switch step {
        case .done(let outcome): return .ready(outcome)
        case .store(let i, let n, let r): (ingest, items, recovered) = (i, n, r)
        }
        if let committer {
            let ticket = await committer.enqueue(ingest)
            return .later {
                finish(await committer.result(of: ticket), items: items, recovered: recovered, logger: logger)
            }
        }
        let result = IngestCommitter.commit([ingest], to: store, logger: logger)[0]
        let outcome = finish(result, items: items, recovered: recovered, logger: logger)
        if case .ingested = outcome { await writeOutputs(logger: logger) }
        return .ready(outcome)
    }

    /// The outcome of a file once the store has answered.
    func finish(_ result: Result<IngestResult, StoreError>, items: Int, recovered: Bool, logger: Logger) -> FileOutcome {
        switch result {
        case .success(let stored):
            for id in stored.newIDs { logger.debug("item stored", metadata: ["item.id": "\(id)"]) }
            logger.info("file read", metadata: ["items": "\(items)", "items.new": "\(stored.newIDs.count)",
                                                "recovered": "\(recovered)"])
            return .ingested(items: items, new: stored.newIDs.count)
        case .failure(let error):
            return retryLater(error, logger: logger)
        }
    }

    func retryLater(_ error: any Error, logger: Logger) -> FileOutcome {
        logger.error("file not processed; will retry on the next scan", metadata: ["error": "\(error)"])
        return .unsettled(retryAfter: context.pollInterval)
    }

    /// Outputs catch up from the store: a failure here loses nothing and is retried by the next flush.
    func writeOutputs(logger: Logger) async {
        do {
            try await gate.afterIngest(outputs)
        } catch {
            logger.error("outputs not written yet; retried on the next flush", metadata: ["error": "\(error)"])
        }
    }

    func processFile(at path: String, relative: String, trigger: FileTrigger, logger: Logger) throws -> Step {
        guard let before = FileFingerprint.of(path) else { return .done(.vanished) }
        if trigger != .event, let wait = context.remainingSettleTime(before) { return .done(.unsettled(retryAfter: wait)) }
        let known = try store.fileState(path: relative)
        if let known, known.size == before.size, known.mtimeNanoseconds == before.mtimeNanoseconds { return .done(.unchanged) }
        let data: Data
        switch InboxFileReader.read(path, followSymlinks: context.configuration.watch.followSymlinks) {
        case .success(let bytes):
            data = bytes
        case .failure(.vanished):
            return .done(.vanished)
        case .failure(.notRegular):
            logger.warning("no longer a regular file (replaced by a link, FIFO or folder); not read")
            return .done(.vanished)
        case .failure(.unreadable(let reason)):
            // Present but unreadable (permissions): say so, and try again on the next scan.
            logger.warning("file unreadable; retried on the next scan", metadata: ["error": "\(reason)"])
            return .done(.unsettled(retryAfter: context.pollInterval))
        }
        guard FileFingerprint.of(path) == before else { return .done(.unsettled(retryAfter: context.settleTime)) }
        let hash = SHA256.hex(data)
        var state = FileState(path: relative, size: before.size, mtimeNanoseconds: before.mtimeNanoseconds,
                              contentHash: hash, status: .pending)
        if let known, known.contentHash == hash, known.status != .pending {
            state.status = known.status
            state.items = known.items
            state.error = known.error
            try store.recordFile(state)
            return .done(.unchanged)
        }
        let parsed: ParsedFeed
        do {
            parsed = try context.reader.read(data: data, name: relative)
        } catch let error as FeedError {
            if context.isRecent(before) { return .done(.unsettled(retryAfter: context.settleTime)) }
            return .done(try fail(state, error: error, logger: logger))
        }
        if parsed.recovered && context.isRecent(before) {
            logger.debug("not well-formed and recently modified: waiting for the writer")
            return .done(.unsettled(retryAfter: context.settleTime))
        }
        return try classify(parsed, state: state)
    }

    /// Classifies the items not stored yet and returns what to store.
    func classify(_ parsed: ParsedFeed, state: FileState) throws -> Step {
        var state = state
        state.status = parsed.recovered ? .recovered : .ok
        state.items = parsed.items.count
        state.error = parsed.recovered ? parsed.diagnostics.first { $0.severity == .error }?.description : nil
        let ids = parsed.items.map(ItemIdentity.id(for:))
        let stored = try store.storedIDs(among: ids)
        var seen = Set<String>()
        var records: [ItemRecord] = []
        var knownIDs: [String] = []
        for (item, id) in zip(parsed.items, ids) where seen.insert(id).inserted {
            if stored.contains(id) { knownIDs.append(id); continue }
            let classification = context.classifier.classify(
                title: item.title, text: item.text, date: item.published ?? item.updated)
            records.append(ItemRecord(item: item, id: id, feed: parsed.feed, file: state.path,
                                      classification: classification, classifierVersion: context.classifier.version))
        }
        let feedRef = ItemRecord.FeedRef(title: parsed.feed.title, link: parsed.feed.link, file: state.path,
                                         format: parsed.feed.format.rawValue)
        return .store(FileIngest(file: state, records: records, knownIDs: knownIDs, knownFeed: feedRef),
                      items: parsed.items.count, recovered: parsed.recovered)
    }

    func fail(_ state: FileState, error: FeedError, logger: Logger) throws -> FileOutcome {
        var state = state
        state.status = .failed
        state.error = error.description
        try context.failedFiles.record(name: (state.path as NSString).lastPathComponent, message: error.description,
                                       line: error.line > 0 ? error.line : nil,
                                       column: error.column > 0 ? error.column : nil)
        try store.recordFile(state)
        logger.error("file unreadable: copied to failed/", metadata: ["error": "\(error)"])
        return .failed(message: error.description)
    }
}

extension Logger {
    /// This logger with `file` in its metadata.
    func with(file: String) -> Logger {
        var logger = self
        logger[metadataKey: "file"] = "\(file)"
        return logger
    }
}
