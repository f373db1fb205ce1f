/// The ids of the `class_key` rows the writer has used, so that storing an
/// item's ~45 keys costs a dictionary lookup each, not a query. Used only
/// under the store's lock (`SerialConnection`); forgotten whenever a write
/// transaction rolls back, since the ids it created are gone with it.
final class ClassKeyIDs: @unchecked Sendable {
    private var ids: [ClassKey: Int64] = [:]

    /// The id of `key`, adding the key to `class_key` if it is new: one
    /// statement for a new key (the usual miss), two for a key stored by an
    /// earlier run.
    func id(of key: ClassKey, db: SQLiteConnection) throws -> Int64 {
        if let id = ids[key] { return id }
        let values: [SQLiteValue] = [.text(key.kind.rawValue), .text(key.name), .text(key.topic)]
        let inserted = try db.statement("""
            INSERT INTO class_key (kind, name, topic) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING id
            """).rows(values) { $0.int64(0) }
        let existing = inserted.isEmpty
            ? try db.statement("SELECT id FROM class_key WHERE kind = ? AND name = ? AND topic = ?").rows(values) { $0.int64(0) }
            : inserted
        guard let id = existing.first else {
            throw StoreError(path: db.path, message: "class_key has no row for \(key.kind.rawValue) \(key.name) \(key.topic)")
        }
        ids[key] = id
        return id
    }

    /// Drops every remembered id (after a rollback).
    func forget() { ids.removeAll() }
}
