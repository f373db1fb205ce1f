import BilateralClassifier
import BilateralFeeds
import BilateralRecords
import BilateralStore
import Foundation
import Logging

/// The pipeline for one inbox file: settle check → unchanged check (size,
/// mtime, content hash) → `FeedReader` → stable ids → skip known items →
/// `Classifier` → `ItemRecord` → `ItemStore.ingest` (one transaction) →
/// outputs. A file from which nothing can be read goes to `failed/`.
/// The inbox is only ever read.
public struct FeedFileProcessor: FileProcessing {
    public var context: ProcessingContext
    public var store: ItemStore
    public var outputs: OutputWriter
    public var gate: OutputGate

    public init(context: ProcessingContext, store: ItemStore, outputs: OutputWriter, gate: OutputGate) {
        self.context = context
        self.store = store
        self.outputs = outputs
        self.gate = gate
    }

    public func process(_ name: String, trigger: FileTrigger) async -> FileOutcome {
        let path = context.inbox.appendingPathComponent(name).path
        let relative = context.relativePath(of: name)
        var logger = context.logger
        logger[metadataKey: "file"] = "\(relative)"
        do {
            let outcome = try processFile(at: path, relative: relative, trigger: trigger, logger: logger)
            if case .ingested = outcome { await writeOutputs(logger: logger) }
            return outcome
        } catch {
            logger.error("file not processed; will retry on the next scan", metadata: ["error": "\(error)"])
            return .unsettled(retryAfter: context.pollInterval)
        }
    }

    /// Outputs catch up from the store: a failure here loses nothing and is retried by the next flush.
    func writeOutputs(logger: Logger) async {
        do {
            try await gate.afterIngest(outputs)
        } catch {
            logger.error("outputs not written yet; retried on the next flush", metadata: ["error": "\(error)"])
        }
    }

    func processFile(at path: String, relative: String, trigger: FileTrigger, logger: Logger) throws -> FileOutcome {
        guard let before = FileFingerprint.of(path) else { return .vanished }
        if trigger != .event, let wait = context.remainingSettleTime(before) { return .unsettled(retryAfter: wait) }
        let known = try store.fileState(path: relative)
        if let known, known.size == before.size, known.mtimeNanoseconds == before.mtimeNanoseconds { return .unchanged }
        let data: Data
        switch InboxFileReader.read(path, followSymlinks: context.configuration.watch.followSymlinks) {
        case .success(let bytes):
            data = bytes
        case .failure(.vanished):
            return .vanished
        case .failure(.notRegular):
            logger.warning("no longer a regular file (replaced by a link, FIFO or folder); not read")
            return .vanished
        case .failure(.unreadable(let reason)):
            // Present but unreadable (permissions): say so, and try again on the next scan.
            logger.warning("file unreadable; retried on the next scan", metadata: ["error": "\(reason)"])
            return .unsettled(retryAfter: context.pollInterval)
        }
        guard FileFingerprint.of(path) == before else { return .unsettled(retryAfter: context.settleTime) }
        let hash = SHA256.hex(data)
        var state = FileState(path: relative, size: before.size, mtimeNanoseconds: before.mtimeNanoseconds,
                              contentHash: hash, status: .pending)
        if let known, known.contentHash == hash, known.status != .pending {
            state.status = known.status
            state.items = known.items
            state.error = known.error
            try store.recordFile(state)
            return .unchanged
        }
        let parsed: ParsedFeed
        do {
            parsed = try context.reader.read(data: data, name: relative)
        } catch let error as FeedError {
            if context.isRecent(before) { return .unsettled(retryAfter: context.settleTime) }
            return try fail(state, error: error, logger: logger)
        }
        if parsed.recovered && context.isRecent(before) {
            logger.debug("not well-formed and recently modified: waiting for the writer")
            return .unsettled(retryAfter: context.settleTime)
        }
        return try ingest(parsed, state: state, logger: logger)
    }

    func ingest(_ parsed: ParsedFeed, state: FileState, logger: Logger) throws -> FileOutcome {
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
            records.append(ItemRecord(item: item, feed: parsed.feed, file: state.path,
                                      classification: classification, classifierVersion: context.classifier.version))
        }
        let feedRef = ItemRecord.FeedRef(title: parsed.feed.title, link: parsed.feed.link, file: state.path,
                                         format: parsed.feed.format.rawValue)
        let result = try store.ingest(file: state, records: records, knownIDs: knownIDs, knownFeed: feedRef)
        for id in result.newIDs { logger.debug("item stored", metadata: ["item.id": "\(id)"]) }
        logger.info("file read", metadata: ["items": "\(parsed.items.count)", "items.new": "\(result.newIDs.count)",
                                            "recovered": "\(parsed.recovered)"])
        return .ingested(items: parsed.items.count, new: result.newIDs.count)
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
