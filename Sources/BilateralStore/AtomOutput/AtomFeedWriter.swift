import Foundation
import Logging

/// Writes Atom 1.0 feeds of the latest items to `out/feeds/`: one per topic,
/// per pair, per pair and topic, and per country, plus `index.txt` listing
/// them. Each feed is rewritten atomically (temporary file in the same
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
        try write(keys, now: now)
        if !keys.isEmpty { try writeIndex() }
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
        try removeStale(keeping: Set(keys.map(\.fileName)))
        try writeIndex()
        try store.database.transaction { db in try AtomState.save(db, lastSeq: upTo) }
        return keys
    }

    private func write(_ keys: [AtomFeedKey], now: Date) throws {
        guard !keys.isEmpty else { return }
        try DurableFile.makeFolder(directory)
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

    /// `index.txt`: one line per feed, `file<TAB>title<TAB>items`, by file name.
    private func writeIndex() throws {
        let counts: [(AtomFeedKey, Int)] =
            try store.topicCounts().map { (.topic($0.key), $0.items) }
            + store.pairCounts().map { (.pair($0.key), $0.items) }
            + store.pairTopicCounts().map { count in
                let parts = count.key.split(separator: " ", maxSplits: 1).map(String.init)
                return (.pairTopic(pair: parts[0], topic: parts.count > 1 ? parts[1] : ""), count.items)
            }
            + store.countryCounts().map { (.country($0.key), $0.items) }
        let lines = counts.sorted { $0.0.fileName < $1.0.fileName }
            .map { "\($0.0.fileName)\t\($0.0.title)\t\($0.1)\n" }.joined()
        try DurableFile.replace(directory + "/index.txt", with: Array(lines.utf8))
    }
}
