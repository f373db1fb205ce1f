import BilateralRecords
import Foundation

extension ItemStore {
    /// The records matching `query`, newest first.
    /// - Throws: `StoreError` (`.damaged` if a stored record no longer decodes).
    public func query(_ query: ItemQuery) throws -> [ItemRecord] {
        try storedItems(query).map(\.record)
    }

    /// Like `query(_:)`, with each item's seq and first-seen time.
    public func storedItems(_ query: ItemQuery) throws -> [StoredItem] {
        try storedItems(sql: ItemQuerySQL(query))
    }

    /// How many items match `query`, whatever its limit (what a limited result left out).
    public func count(_ query: ItemQuery) throws -> Int {
        let sql = ItemQuerySQL(counting: query)
        return try database.withConnection { db in try db.statement(sql.sql).rows(sql.values) { $0.int(0) }.first ?? 0 }
    }

    func storedItems(sql: ItemQuerySQL) throws -> [StoredItem] {
        let rows = try database.withConnection { db in
            try db.statement(sql.sql).rows(sql.values) { ($0.int64(0), $0.int64(1), $0.text(2) ?? "") }
        }
        return try rows.map { try StoredItem(seq: $0.0, firstSeenSeconds: $0.1, json: $0.2, path: path) }
    }

    /// The topic ids, codes and pairs of the stored classifications (the names of the
    /// `class_key` table, a few thousand rows: no item is read).
    public func storedKeyNames() throws -> StoredKeyNames {
        try database.withConnection { db in
            func names(_ sql: String) throws -> Set<String> { Set(try db.statement(sql).rows { $0.text(0) ?? "" }) }
            return StoredKeyNames(
                topics: try names("SELECT name FROM class_key WHERE kind = 'topic' UNION SELECT topic FROM class_key WHERE kind = 'pair_topic'"),
                codes: try names("SELECT name FROM class_key WHERE kind = 'country'"),
                pairs: try names("SELECT name FROM class_key WHERE kind = 'pair'"))
        }
    }

    /// The stored item with this id, if any.
    public func item(id: String) throws -> StoredItem? {
        try database.withConnection { db in try storedItem(id: id, db: db) }
    }

    func storedItem(id: String, db: SQLiteConnection) throws -> StoredItem? {
        guard let row = try db.statement("SELECT seq, first_seen_at, record_json FROM item WHERE id = ?")
            .rows([.text(id)], { ($0.int64(0), $0.int64(1), $0.text(2) ?? "") }).first else { return nil }
        return try StoredItem(seq: row.0, firstSeenSeconds: row.1, json: row.2, path: path)
    }

    /// The files (paths relative to the watch folder) an item was read from.
    public func files(ofItem id: String) throws -> [String] {
        try database.withConnection { db in
            try db.statement("""
                SELECT f.file_path FROM item_file f JOIN item i ON i.seq = f.item_seq WHERE i.id = ? ORDER BY f.file_path
                """).rows([.text(id)]) { $0.text(0) ?? "" }
        }
    }
}

extension StoredItem {
    init(seq: Int64, firstSeenSeconds: Int64, json: String, path: String) throws {
        do {
            self.init(seq: seq, firstSeen: Date(timeIntervalSince1970: TimeInterval(firstSeenSeconds)),
                      record: try ItemRecord(jsonLine: json))
        } catch {
            throw StoreError(path: path, message: "item seq \(seq): stored record does not decode: \(error)", code: .damaged)
        }
    }
}
