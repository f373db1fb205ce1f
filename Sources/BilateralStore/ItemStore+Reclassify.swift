import BilateralRecords
import Foundation

extension ItemStore {
    /// Up to `limit` stored items classified by another classifier version
    /// than `version`, oldest first, after the item of seq `after` (0: from
    /// the first). Reclassify them, pass them to `updateClassifications(_:)`,
    /// and ask again after the last one's seq until none is left: each call
    /// then reads only the items it returns and those it passes over, not
    /// every item already done (a walk of a whole database stays linear).
    public func items(withClassifierOtherThan version: String, after: Int64 = 0,
                      limit: Int = 500) throws -> [StoredItem] {
        let rows = try database.withConnection { db in
            try db.statement("""
                SELECT seq, first_seen_at, record_json FROM item WHERE seq > ? AND classifier_version <> ? ORDER BY seq LIMIT ?
                """).rows([.int(after), .text(version), .int(max(0, limit))]) { ($0.int64(0), $0.int64(1), $0.text(2) ?? "") }
        }
        return try rows.map { try StoredItem(seq: $0.0, firstSeenSeconds: $0.1, json: $0.2, path: path) }
    }

    /// The classifier version of the last item stored, or nil when none is (one row, by seq).
    public func latestClassifierVersion() throws -> String? {
        try database.withConnection { db in
            try db.statement("SELECT classifier_version FROM item ORDER BY seq DESC LIMIT 1").rows { $0.text(0) }.first ?? nil
        }
    }

    /// How many stored items were classified by another classifier version than `version`.
    public func itemCount(withClassifierOtherThan version: String) throws -> Int {
        try database.withConnection { db in
            try db.statement("SELECT count(*) FROM item WHERE classifier_version <> ?").rows([.text(version)]) { $0.int(0) }.first ?? 0
        }
    }

    /// Replaces the stored classification (and record) of item `id` with `record`'s.
    /// - Throws: `StoreError` `.invalid` if `record.id` is not `id` or no such item is stored.
    public func updateClassification(id: String, record: ItemRecord) throws {
        guard record.id == id else {
            throw StoreError(path: path, message: "reclassify: record id \(record.id) given for item \(id)", code: .invalid)
        }
        try updateClassifications([record])
    }

    /// Replaces the stored classification of each record's item, in one
    /// transaction. Items already written to JSON Lines have their day file
    /// queued for rewriting: the next `JSONLinesExporter.export()` rewrites
    /// it, so each item still appears once, with its new classification.
    /// The record's feed, dates and text are kept as stored.
    /// - Throws: `StoreError` `.invalid` if an item is not stored (nothing is changed then).
    public func updateClassifications(_ records: [ItemRecord]) throws {
        try database.transaction { db in
            let exported = try ExportCheckpoint.load(db).lastSeq
            // Index documents (keys by rkey) are removed, then added, each in rkey order, after the
            // loop (see `indexItems`). An item given twice keeps the document it was indexed with
            // (its first old keys) and gets its last new keys.
            var removed: [Int64: [Int64]] = [:]
            var added: [Int64: [Int64]] = [:]
            for record in records {
                guard let item = try storedItem(id: record.id, db: db) else {
                    throw StoreError(path: path, message: "reclassify: no stored item \(record.id)", code: .invalid)
                }
                let seq = item.seq
                var updated = item.record
                updated.countries = record.countries
                updated.topics = record.topics
                updated.dyads = record.dyads
                updated.classifier = record.classifier
                // The item's index document: its old terms (its listed key ids) under its rkey.
                guard let (oldKeys, rkey) = try db.statement("SELECT class_keys, rkey FROM item WHERE seq = ?")
                    .rows([.int(seq)], { (Self.classKeyIDs(in: $0.text(0) ?? ""), $0.int64(1)) }).first else { continue }
                let keys = try keyIDs(ClassKey.keys(of: updated), db: db)
                if removed[rkey] == nil { removed[rkey] = oldKeys }
                added[rkey] = keys
                try db.run("UPDATE item SET record_json = ?, classifier_version = ?, class_keys = ? WHERE seq = ?",
                           .text(updated.jsonLine()), .text(updated.classifier), .utf8(Self.classKeyList(keys)), .int(seq))
                if seq <= exported {
                    try db.run("""
                        INSERT INTO export_rewrite (file)
                        SELECT 'items-' || strftime('%Y-%m-%d', first_seen_at, 'unixepoch') || '.jsonl' FROM item WHERE seq = ?
                        ON CONFLICT DO NOTHING
                        """, .int(seq))
                }
            }
            try unindexItems(removed.map { IndexEntry(rkey: $0.key, keys: $0.value) }, db: db)
            try indexItems(added.map { IndexEntry(rkey: $0.key, keys: $0.value) }, db: db)
        }
    }
}
