import Foundation
import Logging

/// Writes Atom 1.0 feeds of the latest items to `out/feeds/`: one per topic,
/// per pair, per pair and topic, and per country, plus `index.txt` listing
/// them (rewritten when a feed appears or disappears). Each feed is rewritten atomically (temporary file in the same
/// folder, fsync, rename), and only when an item that belongs in it arrived
/// since the last `update()` (`atom_state` records the last seq handled, so
/// items stored before a crash are still picked up).
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

    /// Rewrites the feeds that items stored since the last call belong in.
    /// - Returns: the feeds rewritten.
    /// - Throws: `StoreError` `.io` naming the feed file, or a database error.
    @discardableResult
    public func update(now: Date = Date()) throws -> [AtomFeedKey] {
        let (keys, upTo) = try store.database.withConnection { db in
            let last = try AtomState.lastSeq(db)
            let upTo = try db.statement("SELECT coalesce(max(seq), 0) FROM item").rows { $0.int64(0) }.first ?? 0
            return (try AtomState.keys(db, after: last, upTo: upTo), upTo)
        }
        let appeared = keys.contains { !FileManager.default.fileExists(atPath: directory + "/" + $0.fileName) }
        try write(keys, now: now)
        if appeared || (!keys.isEmpty && !FileManager.default.fileExists(atPath: directory + "/index.txt")) {
            try writeIndex(try store.database.withConnection { db in try AtomState.keys(db, after: 0, upTo: upTo) })
        }
        try store.database.transaction { db in try AtomState.save(db, lastSeq: upTo) }
        return keys
    }

    /// Rewrites every feed from the database and removes feed files that no
    /// longer have any item (after a reclassification).
    @discardableResult
    public func rewriteAll(now: Date = Date()) throws -> [AtomFeedKey] {
        let (keys, upTo) = try store.database.withConnection { db in
            let upTo = try db.statement("SELECT coalesce(max(seq), 0) FROM item").rows { $0.int64(0) }.first ?? 0
            return (try AtomState.keys(db, after: 0, upTo: upTo), upTo)
        }
        try write(keys, now: now)
        try DurableFile.makeFolder(directory)
        try removeStale(keeping: Set(keys.map(\.fileName)))
        try writeIndex(keys)
        try store.database.transaction { db in try AtomState.save(db, lastSeq: upTo) }
        return keys
    }

    private func write(_ keys: [AtomFeedKey], now: Date) throws {
        guard !keys.isEmpty else { return }
        try DurableFile.makeFolder(directory)
        DurableFile.removeLeftovers(in: directory) { $0.contains(".atom.") || $0.hasPrefix("index.txt.") }
        for key in keys {
            let entries = try store.storedItems(key.query(limit: entriesPerFeed))
            let xml = AtomDocument(key: key, baseURL: baseURL, entries: entries, now: now).render()
            try DurableFile.replace(directory + "/" + key.fileName, with: Array(xml.utf8))
        }
        logger.info("atom feeds written", metadata: ["atom.feeds": "\(keys.count)", "atom.folder": "\(directory)"])
    }

    private func removeStale(keeping current: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".atom") && !current.contains(name) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    /// `index.txt`: one line per feed, `file<TAB>title`, by file name.
    private func writeIndex(_ keys: [AtomFeedKey]) throws {
        let lines = keys.sorted { $0.fileName < $1.fileName }.map { "\($0.fileName)\t\($0.title)\n" }.joined()
        try DurableFile.replace(directory + "/index.txt", with: Array(lines.utf8))
    }
}
