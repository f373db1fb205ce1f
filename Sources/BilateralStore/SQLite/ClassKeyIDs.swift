/// The ids of the `class_key` rows the writer has used, so that storing an
/// item's ~45 keys costs a dictionary lookup each, not a query. Used only
/// under the store's lock (`SerialConnection`); forgotten whenever a write
/// transaction rolls back, since the ids it created are gone with it.
final class ClassKeyIDs: @unchecked Sendable {
    private var ids: [ClassKey: Int64] = [:]

    /// The id of `key`, adding the key to `class_key` if it is new: one
    /// statement for a new key (the usual miss), two for a key stored by an
    /// earlier run. `INSERT OR IGNORE` and the connection's last rowid, not
    /// `RETURNING`, which SQLite runs through a temporary table: a new key
    /// cost 13 us with it and 6 without (Python's sqlite3, 18,000 keys, the
    /// number the 2,000-file benchmark makes).
    func id(of key: ClassKey, db: SQLiteConnection) throws -> Int64 {
        if let id = ids[key] { return id }
        let values: [SQLiteValue] = [.text(key.kind.rawValue), .text(key.name), .text(key.topic)]
        let existing: [Int64]
        if try db.run("INSERT OR IGNORE INTO class_key (kind, name, topic) VALUES (?, ?, ?)", values) == 1 {
            existing = [db.lastInsertRowID]
        } else {
            existing = try db.statement("SELECT id FROM class_key WHERE kind = ? AND name = ? AND topic = ?").rows(values) { $0.int64(0) }
        }
        guard let id = existing.first else {
            throw StoreError(path: db.path, message: "class_key has no row for \(key.kind.rawValue) \(key.name) \(key.topic)")
        }
        ids[key] = id
        return id
    }

    /// Drops every remembered id (after a rollback).
    func forget() { ids.removeAll() }
}
