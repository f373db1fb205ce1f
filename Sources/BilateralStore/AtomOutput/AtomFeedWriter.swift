import Foundation
import Logging

/// Writes Atom 1.0 feeds of the latest items to `out/feeds/`: one per topic,
/// per pair, per pair and topic, and per country, plus `index.txt` listing
/// them (rewritten when a feed appears or disappears). A feed is brought up
/// to date only when an item that belongs in it arrived since the last
/// `update()` (`atom_state` records the last seq handled, so items stored
/// before a crash are still picked up); it is then rewritten atomically
/// (temporary file in the same folder, fsync, rename), unless its content
/// did not change. A round decodes each item once, and holds the store's
/// lock for short batches only (see `AtomRound`).
public struct AtomFeedWriter: Sendable {
    /// The feeds folder (`Feeds/out/feeds`).
    public let directory: String
    /// Entries per feed.
    public let entriesPerFeed: Int
    /// Where the folder is served (`https://example.org/feeds/`), for the
    /// feeds' self links; nil writes relative links.
    public let baseURL: String?
    let store: ItemStore
    let logger: Logger
    /// How rounds are cut into batches.
    var batching = AtomBatching()
    /// Told when the store is taken and released and a file written (tests).
    var observer: (@Sendable (AtomRoundEvent) -> Void)?

    /// - Parameters:
    ///   - directory: the feeds folder, created when first needed.
    ///   - entriesPerFeed: the latest items each feed holds (at least 1).
    ///   - baseURL: where the folder is served, for self links (nil: relative links).
    public init(store: ItemStore, directory: String, entriesPerFeed: Int = 50, baseURL: String? = nil, logger: Logger) {
        self.store = store
        self.directory = directory
        self.entriesPerFeed = max(1, entriesPerFeed)
        self.baseURL = baseURL
        self.logger = logger
    }

    /// Brings up to date the feeds that items stored since the last call belong in.
    /// - Returns: those feeds (whether or not their file had to change).
    /// - Throws: `StoreError` `.io` naming the feed file, or a database error.
    @discardableResult
    public func update(now: Date = Date()) throws -> [AtomFeedKey] {
        try round(rewriteAll: false, now: now).feeds
    }

    /// Brings every feed up to date from the database and removes feed files
    /// that no longer have any item (after a reclassification).
    /// - Returns: every feed.
    @discardableResult
    public func rewriteAll(now: Date = Date()) throws -> [AtomFeedKey] {
        try round(rewriteAll: true, now: now).feeds
    }

    /// One round, `update()` or `rewriteAll()`, with what it did.
    /// - Throws: `StoreError` `.io` naming the feed file, or a database error.
    public func round(rewriteAll: Bool, now: Date = Date()) throws -> AtomRoundReport {
        var cache = AtomEntryCache(budget: batching.cacheBytes)
        return try round(rewriteAll: rewriteAll, now: now, cache: &cache)
    }

    /// One round, reusing the entries `cache` kept from earlier rounds (each
    /// checked against its stored row first) and keeping this round's in it.
    /// - Throws: `StoreError` `.io` naming the feed file, or a database error.
    /// - Parameter shouldStop: asked between batches; when it says yes the
    ///   round stops with `CancellationError`, without recording its progress
    ///   (the feeds written so far are complete files; the next round redoes them).
    public func round(rewriteAll: Bool, now: Date = Date(), cache: inout AtomEntryCache,
                      shouldStop: @escaping () -> Bool = { false }) throws -> AtomRoundReport {
        var round = AtomRound(self, cache: cache, shouldStop: shouldStop)
        defer { cache = round.cache }
        let (last, upTo) = try round.holding { db in (try AtomState.lastSeq(db), try AtomState.maxSeq(db)) }
        var rewriteAll = rewriteAll
        if !rewriteAll, last > 0, let missing = missingFeed() {
            logger.warning("atom feeds missing from their folder (deleted?); rewriting every feed", metadata: [
                "atom.missing": "\(missing)", "atom.folder": "\(directory)",
            ])
            rewriteAll = true
        }
        if rewriteAll {
            let keys = try round.allKeys()
            try prepareFolder(for: keys)
            try round.write(keys, now: now)
            try DurableFile.makeFolder(directory)
            try removeStale(keeping: Set(keys.map(\.fileName)))
            try writeIndex(keys)
        } else {
            let keys = try round.keys(after: last, upTo: upTo)
            let appeared = keys.contains { !exists($0.fileName) }
            try prepareFolder(for: keys)
            try round.write(keys, now: now)
            if appeared || (!keys.isEmpty && !exists("index.txt")) { try writeIndex(try round.allKeys().filter { exists($0.fileName) }) }
        }
        try store.database.transaction { db in try AtomState.save(db, lastSeq: upTo) }
        log(round.report)
        return round.report
    }

    /// A file the last round left that is gone: `index.txt` (with the
    /// folder), or a feed it lists; nil when all are there. A round only
    /// writes the feeds of new items, so a deleted feed would otherwise stay
    /// missing until its key gets a new item (or a reload rewrites them all).
    private func missingFeed() -> String? {
        guard let index = try? String(contentsOfFile: directory + "/index.txt", encoding: .utf8) else { return "index.txt" }
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        for line in index.split(separator: "\n") {
            let name = String(line.prefix { $0 != "\t" })
            if !name.isEmpty && !present.contains(name) { return name }
        }
        return nil
    }

    private func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: directory + "/" + name) }

    private func prepareFolder(for keys: [AtomFeedKey]) throws {
        guard !keys.isEmpty else { return }
        try DurableFile.makeFolder(directory)
        DurableFile.removeLeftovers(in: directory) { $0.contains(".atom.") || $0.hasPrefix("index.txt.") }
    }

    private func log(_ report: AtomRoundReport) {
        guard !report.feeds.isEmpty else { return }
        logger.info("atom feeds written", metadata: [
            "atom.feeds": "\(report.feeds.count)", "atom.written": "\(report.written)",
            "atom.unchanged": "\(report.unchanged)", "atom.bytes": "\(report.bytesWritten)",
            "atom.items_rendered": "\(report.itemsRendered)", "atom.store_holds": "\(report.storeHolds)",
            "atom.longest_store_hold": "\(report.longestStoreHold)",
            "atom.longest_store_hold_cpu": "\(report.longestStoreHoldCPU)", "atom.folder": "\(directory)",
        ])
    }

    private func removeStale(keeping current: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".atom") && !current.contains(name) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    /// `index.txt`: one line per feed, `file<TAB>title`, by file name.
    private func writeIndex(_ keys: [AtomFeedKey]) throws {
        let lines = AtomFeedKey.sortedByFileName(keys).map { "\($0.fileName)\t\($0.title)\n" }.joined()
        try DurableFile.replace(directory + "/index.txt", with: Array(lines.utf8))
    }
}
