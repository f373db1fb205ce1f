import Foundation

/// One round of the Atom writer, in batches that hold the store's lock only
/// briefly (`AtomBatching`): the seqs some twenty feeds list (one index
/// range each), then the records of those items not rendered yet in this
/// round (128 point lookups per hold). Decoding, rendering and writing happen with the
/// store released, so ingest interleaves. Each item is decoded and rendered
/// at most once per round (the entry cache), whatever the number of feeds
/// listing it, and not at all when the cache kept from earlier rounds holds
/// its entry rendered from the same row.
struct AtomRound {
    let store: ItemStore
    let directory: String
    let entriesPerFeed: Int
    let baseURL: String?
    let batching: AtomBatching
    let observer: (@Sendable (AtomRoundEvent) -> Void)?
    /// Asked between batches: stop (`CancellationError`) when it says yes.
    let shouldStop: () -> Bool
    private(set) var report = AtomRoundReport()
    private(set) var cache: AtomEntryCache
    /// The document being written, and the file being compared with it (reused from feed to feed).
    private var document: [UInt8] = []
    private var scratch: [UInt8] = []

    /// - Parameter cache: entries kept from earlier rounds (default: a new cache of `batching.cacheBytes`).
    init(_ writer: AtomFeedWriter, cache: AtomEntryCache? = nil, shouldStop: @escaping () -> Bool = { false }) {
        self.shouldStop = shouldStop
        store = writer.store
        directory = writer.directory
        entriesPerFeed = writer.entriesPerFeed
        baseURL = writer.baseURL
        batching = writer.batching
        observer = writer.observer
        self.cache = cache ?? AtomEntryCache(budget: writer.batching.cacheBytes)
        self.cache.beginRound()
    }

    /// Runs `body` holding the store's lock, and counts the hold.
    mutating func holding<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        let (value, held, cpu) = try store.database.withConnection { db in
            observer?(.storeTaken)
            let (start, startCPU) = (ContinuousClock.now, ThreadCPUTime.now())
            let value = try body(db)
            return (value, ContinuousClock.now - start, ThreadCPUTime.now() - startCPU)
        }
        observer?(.storeReleased)
        report.storeHolds += 1
        report.longestStoreHold = max(report.longestStoreHold, held)
        report.longestStoreHoldCPU = max(report.longestStoreHoldCPU, cpu)
        return value
    }

    /// Renders and writes the feeds of `keys` (a file whose content would
    /// not change is left alone); the report lists them as brought up to date.
    mutating func write(_ keys: [AtomFeedKey], now: Date) throws {
        report.feeds += keys
        let feedsPerBatch = max(1, batching.entriesPerBatch / max(1, entriesPerFeed))
        var start = 0
        while start < keys.count {
            if shouldStop() { throw CancellationError() }
            let batch = Array(keys[start..<min(keys.count, start + feedsPerBatch)])
            try writeBatch(batch, now: now)
            start += batch.count
        }
    }

    private mutating func writeBatch(_ keys: [AtomFeedKey], now: Date) throws {
        let (store, limit) = (store, entriesPerFeed)
        let lists = try holding { db in try keys.map { try store.atomEntrySeqs(of: $0, limit: limit, db: db) } }
        let entries = try entries(of: lists)
        var lastWritten: String?
        for (key, seqs) in zip(keys, lists) {
            let listed = seqs.compactMap { entries[$0] }
            report.entriesListed += listed.count
            AtomDocument(key: key, baseURL: baseURL, entries: listed, now: now).render(into: &document)
            let path = directory + "/" + key.fileName
            if try AtomFeedFile.write(document, to: path, scratch: &scratch) {
                lastWritten = path
                report.written += 1
                report.bytesWritten += Int64(document.count)
                observer?(.wrote(key.fileName))
            } else {
                report.unchanged += 1
            }
        }
        // The renames of the batch made durable at once (each file's content was fsync'd before its rename).
        if let lastWritten { try DurableFile.syncFolder(of: lastWritten) }
    }

    /// The rendered entries of the items in `lists`: from the cache when
    /// already checked in this round; otherwise their rows are read (128 per
    /// hold of the store) and the cached entry is used if rendered from the
    /// same row, else the record is decoded and rendered.
    private mutating func entries(of lists: [[Int64]]) throws -> [Int64: AtomEntry] {
        var entries: [Int64: AtomEntry] = [:]
        var missing: [Int64] = []
        var queued = Set<Int64>()
        for seq in lists.joined() where entries[seq] == nil && !queued.contains(seq) {
            if let entry = cache.validEntry(seq) { entries[seq] = entry } else { missing.append(seq); queued.insert(seq) }
        }
        var start = 0
        while start < missing.count {
            let chunk = Array(missing[start..<min(missing.count, start + max(1, batching.recordsPerHold))])
            let store = store
            for row in try holding({ db in try store.atomRows(chunk, db: db) }) {
                entries[row.seq] = try entry(of: row)
            }
            start += chunk.count
        }
        return entries
    }

    private mutating func entry(of row: AtomStoredRow) throws -> AtomEntry {
        let fingerprint = AtomEntryCache.fingerprint(json: row.json, firstSeenSeconds: row.firstSeenSeconds)
        if let entry = cache.entry(row.seq, fingerprint: fingerprint) { return entry }
        let item = try StoredItem(seq: row.seq, firstSeenSeconds: row.firstSeenSeconds, json: row.json, path: store.path)
        let entry = AtomEntry(item)
        cache.insert(entry, seq: row.seq, fingerprint: fingerprint)
        report.itemsRendered += 1
        return entry
    }
}
