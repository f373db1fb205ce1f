import BilateralRecords
import Foundation

extension ItemStore {
    /// Stores what was read from one file, in ONE transaction: the file's
    /// state, each record not stored before (by its stable id) with its
    /// classification, and the link of every item (new or already stored) to
    /// this file. The same story in two feeds is thus stored once and listed
    /// under both. See `FileIngest` for the parameters.
    /// - Parameter now: the first-seen time of new items.
    /// - Returns: which ids were new and which were already stored.
    /// - Throws: `StoreError` (`.invalid` if `knownIDs` is not empty and no feed is known).
    public func ingest(file: FileState, records: [ItemRecord], knownIDs: [String] = [],
                       knownFeed: ItemRecord.FeedRef? = nil, now: Date = Date()) throws -> IngestResult {
        try ingest([FileIngest(file: file, records: records, knownIDs: knownIDs, knownFeed: knownFeed)], now: now)[0]
    }

    /// Stores several files in ONE transaction (group commit: one WAL
    /// fsync for all of them, and the pages they share written once). Each
    /// file is stored as `ingest(file:records:...)` would; files later in
    /// `batch` see the items of earlier ones as already stored.
    /// - Returns: one result per file, in the order of `batch`.
    /// - Throws: `StoreError`; nothing of the batch is stored then.
    public func ingest(_ batch: [FileIngest], now: Date = Date()) throws -> [IngestResult] {
        for entry in batch where !entry.knownIDs.isEmpty && (entry.knownFeed ?? entry.records.first?.feed) == nil {
            throw StoreError(path: entry.file.path, message: "ingest: known ids given without a feed", code: .invalid)
        }
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let results = try database.transaction { db in
            var entries: [IndexEntry] = []
            var ranks = RankCache()
            let results = try batch.map { try ingest($0, firstSeen: seconds, index: &entries, ranks: &ranks, db: db) }
            try indexItems(entries, db: db)
            return results
        }
        for (entry, result) in zip(batch, results) {
            logger.debug("store ingested", metadata: [
                "feed.path": "\(entry.file.path)", "store.new": "\(result.newIDs.count)",
                "store.existing": "\(result.existingIDs.count)",
            ])
        }
        return results
    }

    private func ingest(_ entry: FileIngest, firstSeen seconds: Int64, index entries: inout [IndexEntry],
                        ranks: inout RankCache, db: SQLiteConnection) throws -> IngestResult {
        try entry.file.upsert(into: db)
        var result = IngestResult()
        for ((record, json), keys) in zip(zip(entry.records, entry.jsonLines), entry.keys) {
            let ids = try keyIDs(keys, db: db)
            let recency = record.published.map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? seconds
            let rkey = try nextRKey(seconds: recency, ranks: ranks, db: db)
            if let seq = try insertItem(record, json: json, keys: ids, rkey: rkey, firstSeen: seconds, db: db) {
                ranks.stored(rkey)
                entries.append(IndexEntry(rkey: rkey, keys: ids))
                try link(seq: seq, file: entry.file.path, feed: record.feed, db: db)
                result.newIDs.append(record.id)
            } else if let seq = try seq(of: record.id, db: db) {
                try link(seq: seq, file: entry.file.path, feed: record.feed, db: db)
                result.existingIDs.append(record.id)
            }
        }
        if let feed = entry.knownFeed ?? entry.records.first?.feed {
            for id in entry.knownIDs {
                guard let seq = try seq(of: id, db: db) else { continue }
                try link(seq: seq, file: entry.file.path, feed: feed, db: db)
                result.existingIDs.append(id)
            }
        }
        return result
    }

    /// The ids among `ids` that are already stored, so that the caller can
    /// skip classifying them.
    public func storedIDs(among ids: [String]) throws -> Set<String> {
        try database.withReader { db in
            var found = Set<String>()
            for id in ids where try seq(of: id, db: db) != nil { found.insert(id) }
            return found
        }
    }

    /// Inserts `record` unless its id is stored; returns its seq when inserted.
    private func insertItem(_ record: ItemRecord, json: [UInt8], keys: [Int64], rkey: Int64, firstSeen: Int64,
                            db: SQLiteConnection) throws -> Int64? {
        let changed = try db.run("""
            INSERT INTO item (id, first_seen_at, published, title, link, guid, language, record_json,
                              classifier_version, recovered, class_keys, rkey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """,
            .text(record.id), .int(firstSeen), record.published.map { .int(Int64($0.timeIntervalSince1970.rounded(.down))) } ?? .null,
            .text(record.title), .text(record.link), .text(record.guid), .text(record.language),
            .utf8(json), .text(record.classifier), .bool(record.recovered), .utf8(Self.classKeyList(keys)), .int(rkey))
        return changed == 1 ? db.lastInsertRowID : nil
    }

    func seq(of id: String, db: SQLiteConnection) throws -> Int64? {
        try db.statement("SELECT seq FROM item WHERE id = ?").rows([.text(id)]) { $0.int64(0) }.first
    }

    private func link(seq: Int64, file: String, feed: ItemRecord.FeedRef, db: SQLiteConnection) throws {
        try db.run("""
            INSERT INTO item_file (item_seq, file_path, feed_title, feed_link, format) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET feed_title = excluded.feed_title, feed_link = excluded.feed_link,
                format = excluded.format
            """, .int(seq), .text(file), .text(feed.title), .text(feed.link), .text(feed.format))
    }
}
