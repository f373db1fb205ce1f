/// The ids of the `class_key` rows the writer has used, so that storing an
/// item's ~45 keys costs a table probe each, not a query. Used only under
/// the store's lock (`SerialConnection`); forgotten whenever a write
/// transaction rolls back, since the ids it created are gone with it.
///
/// An open-addressing table over each key's hash, computed when the key was
/// made (`ClassKey.prehash`, on the worker that classified the item): a
/// probe reads one slot of hash and id and compares the key itself only when
/// the hashes agree. It replaced a `[ClassKey: Int64]`, whose lookups (a
/// seeded `Hasher` per key, then the bucket) were half of the writer's
/// `keyIDs` in `run --once` of the 2,000 corpus files (2.5% of all samples).
final class ClassKeyIDs: @unchecked Sendable {
    private struct Slot {
        var hash: Int
        /// The key's id (class_key ids are positive); 0 for an empty slot.
        var id: Int64
        /// Where the key is in `keys`.
        var key: Int32
    }

    private var slots = [Slot](repeating: Slot(hash: 0, id: 0, key: 0), count: 1024)
    private var shift = 64 - 10
    private var keys: [ClassKey] = []

    /// Number of remembered keys.
    var count: Int { keys.count }

    /// The id of `key`, adding the key to `class_key` if it is new: one
    /// statement for a new key (the usual miss), two for a key stored by an
    /// earlier run. `INSERT OR IGNORE` and the connection's last rowid, not
    /// `RETURNING`, which SQLite runs through a temporary table: a new key
    /// cost 13 us with it and 6 without (Python's sqlite3, 18,000 keys, the
    /// number the 2,000-file benchmark makes).
    func id(of key: ClassKey, db: SQLiteConnection) throws -> Int64 {
        if let id = remembered(key) { return id }
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
        remember(key, id: id)
        return id
    }

    /// The remembered id of `key`, or nil.
    func remembered(_ key: ClassKey) -> Int64? {
        let mask = slots.count - 1
        var index = home(key.prehash)
        while true {
            let slot = slots[index]
            if slot.id == 0 { return nil }
            if slot.hash == key.prehash, keys[Int(slot.key)] == key { return slot.id }
            index = (index + 1) & mask
        }
    }

    /// Drops every remembered id (after a rollback).
    func forget() {
        keys.removeAll()
        slots = [Slot](repeating: Slot(hash: 0, id: 0, key: 0), count: 1024)
        shift = 64 - 10
    }

    /// The first slot probed for `hash`: its top bits after a multiply by
    /// 2^64 / phi, so that every bit of the hash moves the slot.
    private func home(_ hash: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    private func remember(_ key: ClassKey, id: Int64) {
        precondition(id > 0, "class_key ids are positive")
        // Load at most one half: probes stay short.
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        place(Slot(hash: key.prehash, id: id, key: Int32(keys.count - 1)))
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, id: 0, key: 0), count: old.count * 2)
        shift -= 1
        for slot in old where slot.id != 0 { place(slot) }
    }

    private func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = home(slot.hash)
        while slots[index].id != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }
}
