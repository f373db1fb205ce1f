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
    /// The files' ages (one instance shared by the daemon's processors: it
    /// remembers when a file with a time in the future was first seen).
    public var ages: FileAges

    public init(context: ProcessingContext, store: ItemStore, outputs: OutputWriter, gate: OutputGate,
                committer: IngestCommitter? = nil, ages: FileAges = FileAges()) {
        self.context = context
        self.store = store
        self.outputs = outputs
        self.gate = gate
        self.committer = committer
        self.ages = ages
    }

    /// What the worker's part leads to.
    enum Step {
        case done(FileOutcome)
        /// Records to store; `items` in the file, read in recovery mode or
        /// not; `storedNew` new items of the file already stored (the earlier
        /// chunks of a streamed large file); `readAgainAfter`: its last item
        /// was left out (`withoutCutItem`), read the file again after this.
        case store(FileIngest, items: Int, recovered: Bool, storedNew: Int = 0, readAgainAfter: Duration? = nil)
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
            step = try await processFile(at: path, relative: relative, trigger: trigger, logger: logger)
        } catch {
            return .ready(blocked(by: error, logger: logger))
        }
        let (ingest, items, recovered, storedNew, again): (FileIngest, Int, Bool, Int, Duration?)
        switch step {
        case .done(let outcome): return .ready(outcome)
        case .store(let i, let n, let r, let s, let a): (ingest, items, recovered, storedNew, again) = (i, n, r, s, a)
        }
        // The file's problem alone: the closure below outlives the commit, and capturing `ingest`
        // would keep every record and JSON line of the file alive until its outcome is taken.
        let problem = ingest.file.error
        if let committer {
            let ticket = await committer.enqueue(ingest)
            return .later {
                finish(await committer.result(of: ticket), items: items, recovered: recovered, storedNew: storedNew,
                       readAgainAfter: again, problem: problem, logger: logger)
            }
        }
        let result = IngestCommitter.commit([ingest], to: store, logger: logger)[0]
        let outcome = finish(result, items: items, recovered: recovered, storedNew: storedNew, readAgainAfter: again,
                             problem: problem, logger: logger)
        switch outcome {
        case .ingested, .unsettled: await writeOutputs(logger: logger)
        default: break
        }
        return .ready(outcome)
    }

    /// The outcome of a file once the store has answered: with
    /// `readAgainAfter`, unsettled (its last item was left out, see `withoutCutItem`).
    /// `problem`: the first error of a recovered document (`FileState.error`: line, column and
    /// what was wrong), said in the log line as in the database's `file.error`.
    func finish(_ result: Result<IngestResult, StoreError>, items: Int, recovered: Bool, storedNew: Int = 0,
                readAgainAfter: Duration? = nil, problem: String? = nil, logger: Logger) -> FileOutcome {
        switch result {
        case .success(let stored):
            for id in stored.newIDs { logger.debug("item stored", metadata: ["item.id": "\(id)"]) }
            let new = storedNew + stored.newIDs.count
            var metadata: Logger.Metadata = ["items": "\(items)", "items.new": "\(new)", "recovered": "\(recovered)"]
            if recovered, let problem { metadata["problem"] = "\(problem)" }
            logger.log(level: recovered ? .notice : .info, "file read", metadata: metadata)
            if let readAgainAfter { return .unsettled(retryAfter: readAgainAfter) }
            return .ingested(items: items, new: new)
        case .failure(let error):
            return blocked(by: error, logger: logger)
        }
    }

    /// An error no writer will cure (the store's): blocked, retried by the next rescan, reported once.
    func blocked(by error: any Error, logger: Logger) -> FileOutcome {
        logger.debug("file not processed", metadata: ["error": "\(error)"])
        return .blocked(reason: "not processed: \(error)")
    }

    /// Outputs catch up from the store: a failure here loses nothing and is retried by the next flush.
    func writeOutputs(logger: Logger) async {
        do {
            try await gate.afterIngest(outputs)
        } catch {
            logger.error("outputs not written yet; retried on the next flush", metadata: ["error": "\(error)"])
        }
    }

    /// The worker's part of `start`. A file whose document is larger than
    /// `LargeFilePolicy.ownThreadBytes` is read on a thread of its own
    /// (`OffPool`), with `StopFlag` relaying a shutdown to the streamed path;
    /// a smaller one (the usual feed, milliseconds of work) on the worker's
    /// pool thread, where the two thread switches would cost more than it.
    func processFile(at path: String, relative: String, trigger: FileTrigger, logger: Logger) async throws -> Step {
        let file: OpenFile
        switch try openFile(path, relative: relative, trigger: trigger, logger: logger) {
        case .done(let outcome): return .done(outcome)
        case .opened(let opened): file = opened
        }
        defer { close(file.fd) }
        guard file.documentSize > min(context.largeFiles.ownThreadBytes, context.largeFiles.bytes) else {
            return try readFile(file, stop: StopFlag(), logger: logger)
        }
        let stop = StopFlag()
        return try await stop.settingOnStop {
            await OffPool.run("bilateral.worker") { try readFile(file, stop: stop, logger: logger) }
        }.get()
    }

    /// An inbox file opened under the inbox rules, to be read.
    struct OpenFile: Sendable {
        /// The file's path, and its path relative to the watch root (what the store and logs name).
        var path: String
        var relative: String
        var fd: Int32
        var before: FileFingerprint
        /// How long ago it last changed (`FileAges`).
        var age: Duration
        var known: FileState?
        /// The document's size: for gzip, what it inflates to.
        var documentSize: Int64
    }

    enum Opening {
        case done(FileOutcome)
        case opened(OpenFile)
    }

    /// The cheap checks (gone, settling, unchanged by size and time), then the file opened.
    /// Size and time decide "unchanged" only for a scan or a retry: after an
    /// inotify event (the file was closed after writing or renamed in) the
    /// content hash decides, since a rewrite of the same size with its time
    /// preserved (`curl -R`, `wget -N`) was otherwise never read again.
    func openFile(_ path: String, relative: String, trigger: FileTrigger, logger: Logger) throws -> Opening {
        guard let before = FileFingerprint.of(path) else { return .done(.vanished) }
        let age = ages.age(of: relative, before, logger: logger)
        if trigger != .event, let wait = context.remainingSettleTime(age: age) { return .done(.unsettled(retryAfter: wait)) }
        let known = try store.fileState(path: relative)
        // A `pending` file (a streamed large file stored in part) is read again, whatever its size and time.
        if trigger != .event, let known, known.status != .pending, known.size == before.size,
           known.mtimeNanoseconds == before.mtimeNanoseconds {
            return .done(.unchanged)
        }
        switch InboxFileReader.open(path, followSymlinks: context.configuration.watch.followSymlinks) {
        case .success(let fd):
            return .opened(OpenFile(path: path, relative: relative, fd: fd, before: before, age: age, known: known,
                                    documentSize: FeedReader.estimatedSize(ofFile: InboxFileReader.path(of: fd))))
        case .failure(let failure):
            return .done(outcome(of: failure, logger: logger))
        }
    }

    /// Reads, parses and classifies an opened file: whole, or streamed when
    /// larger than `LargeFilePolicy.bytes` (`stop` is checked between its chunks).
    func readFile(_ file: OpenFile, stop: StopFlag, logger: Logger) throws -> Step {
        if file.documentSize > context.largeFiles.bytes { return try streamLargeFile(file, stop: stop, logger: logger) }
        let (path, relative, before, known) = (file.path, file.relative, file.before, file.known)
        let data: Data
        switch InboxFileReader.readAll(file.fd, sizeHint: Int(before.size)) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return .done(outcome(of: failure, logger: logger))
        }
        let state = FileState(path: relative, size: before.size, mtimeNanoseconds: before.mtimeNanoseconds,
                              contentHash: SHA256.hex(data), status: .pending)
        if let done = try skipUnlessChanged(state, path: path, before: before, known: known) { return done }
        let parsed: ParsedFeed
        do {
            parsed = try context.reader.read(data: data, name: relative)
        } catch let error as FeedError {
            return .done(try unreadable(state, error: error, age: file.age, logger: logger))
        }
        if let wait = waitForWriter(recovered: parsed.recovered, age: file.age, logger: logger) { return wait }
        clearFailedCopy(known: known, logger: logger)
        var items = parsed.items
        let again = withoutCutItem(&items, lastItemCut: parsed.lastItemCut, age: file.age, logger: logger)
        let read = readState(state, items: items.count, recovered: parsed.recovered, diagnostics: parsed.diagnostics,
                             readAgain: again != nil)
        var seen = Set<String>()
        let ingest = try ingest(items, feed: parsed.feed, state: read, seen: &seen)
        return .store(ingest, items: items.count, recovered: parsed.recovered, readAgainAfter: again)
    }

    /// What to store for `items` of the file of `state`: a record for each
    /// item not stored yet, classified, and the ids of those already stored
    /// (to be linked to the file). An id already in `seen` (the same item
    /// earlier in the file) is skipped; the others are added to it.
    func ingest(_ items: [FeedItem], feed: Feed, state: FileState, seen: inout Set<String>) throws -> FileIngest {
        let ids = items.map(ItemIdentity.id(for:))
        let stored = try store.storedIDs(among: ids)
        var records: [ItemRecord] = []
        var knownIDs: [String] = []
        for (item, id) in zip(items, ids) where seen.insert(id).inserted {
            if stored.contains(id) { knownIDs.append(id); continue }
            let classification = context.classifier.classify(
                title: item.title, text: item.text, date: item.published ?? item.updated)
            records.append(ItemRecord(item: item, id: id, feed: feed, file: state.path,
                                      classification: classification, classifierVersion: context.classifier.version))
        }
        let feedRef = ItemRecord.FeedRef(title: feed.title, link: feed.link, file: state.path, format: feed.format.rawValue)
        return FileIngest(file: state, records: records, knownIDs: knownIDs, knownFeed: feedRef)
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
