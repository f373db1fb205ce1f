import BilateralFeeds
import BilateralStore
import Foundation
import Logging

/// Files larger than `ProcessingContext.largeFiles.bytes`: streamed and
/// stored in chunks, in bounded memory (see `LargeFilePolicy`).
extension FeedFileProcessor {
    /// Hashes the file in chunks, then parses it as it is read, storing its
    /// new items `chunkItems` at a time with the file `pending`; the last
    /// chunk and the file's final state are returned to be stored as any
    /// file's records are. The file is read through its descriptor, opened
    /// under the inbox rules (`InboxFileReader.path(of:)`), so a name
    /// swapped for a link after the check is never followed.
    /// `stop` is checked after each stored chunk.
    func streamLargeFile(_ file: OpenFile, stop: StopFlag, logger: Logger) throws -> Step {
        let (fd, path, relative, before, known) = (file.fd, file.path, file.relative, file.before, file.known)
        // Items are stored as they are read, so even an announced file must have settled first.
        if let wait = context.remainingSettleTime(age: file.age) { return .done(.unsettled(retryAfter: wait)) }
        let hash: String
        switch InboxFileReader.sha256Hex(of: fd) {
        case .success(let hex): hash = hex
        case .failure(let failure): return .done(outcome(of: failure, logger: logger))
        }
        var state = FileState(path: relative, size: before.size, mtimeNanoseconds: before.mtimeNanoseconds,
                              contentHash: hash, status: .pending)
        if let done = try skipUnlessChanged(state, path: path, before: before, known: known) { return done }
        logger.info("large file: reading it as a stream, storing its items in chunks", metadata: [
            "bytes": "\(before.size)", "chunk.items": "\(context.largeFiles.chunkItems)",
        ])
        var chunk: [FeedItem] = []
        var delivered = 0
        var seen = Set<String>()
        var storedNew = 0
        let read: FeedReadResult
        do {
            read = try context.reader.read(file: InboxFileReader.path(of: fd), name: relative) { feed, item in
                chunk.append(item)
                delivered += 1
                guard chunk.count >= context.largeFiles.chunkItems else { return }
                state.items = delivered
                storedNew += try storeChunk(try ingest(chunk, feed: feed, state: state, seen: &seen), logger: logger)
                chunk.removeAll(keepingCapacity: true)
                if stop.isSet { throw Stopped() }
            }
        } catch is Stopped {
            logger.notice("large file: stopped between chunks to shut down; read again at the next start",
                          metadata: ["items.read": "\(delivered)"])
            return .done(.unsettled(retryAfter: context.settleTime))
        } catch let error as FeedError {
            return .done(try unreadable(state, error: error, age: file.age, logger: logger))
        }
        if let wait = waitForWriter(recovered: read.recovered, age: file.age, logger: logger) { return wait }
        clearFailedCopy(known: known, logger: logger)
        guard FileFingerprint.of(path) == before else { return .done(.unsettled(retryAfter: context.settleTime)) }
        // The cut item is the last delivered: in `chunk` unless a chunk was stored right after it.
        let again = withoutCutItem(&chunk, lastItemCut: read.lastItemCut, age: file.age, logger: logger)
        let items = read.itemCount - (again == nil ? 0 : 1)
        state = readState(state, items: items, recovered: read.recovered, diagnostics: read.diagnostics,
                          readAgain: again != nil)
        let last = try ingest(chunk, feed: read.feed, state: state, seen: &seen)
        return .store(last, items: items, recovered: read.recovered, storedNew: storedNew, readAgainAfter: again)
    }

    /// The daemon is stopping: a streamed file stops after its last stored
    /// chunk (it stays `pending`) so that shutdown takes seconds, not the
    /// rest of the file.
    private struct Stopped: Error {}

    /// Stores one chunk of a streamed file in a transaction of its own; returns how many of its items were new.
    /// - Throws: the store's error (the file stays `pending` and is read again later).
    private func storeChunk(_ ingest: FileIngest, logger: Logger) throws -> Int {
        let stored = try IngestCommitter.commit([ingest], to: store, logger: logger)[0].get()
        logger.info("large file: chunk stored", metadata: [
            "items.read": "\(ingest.file.items)", "items.new": "\(stored.newIDs.count)",
        ])
        if !stored.newIDs.isEmpty { exportChunk(logger: logger) }
        return stored.newIDs.count
    }

    /// Hands the chunk's records to the JSON Lines export through the gate
    /// (as after any file), so that a long file's items appear as they are
    /// stored rather than all at its end. Not waited for: the export runs on
    /// the pool while the next chunk is read (waiting for it made a 131 MB
    /// feed take 12.0 s instead of 9.5), and the gate coalesces exports that
    /// come too close together (the ticker flushes them).
    private func exportChunk(logger: Logger) {
        Task { await writeOutputs(logger: logger) }
    }
}
