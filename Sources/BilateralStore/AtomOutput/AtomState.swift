/// The Atom writer's row of `atom_state`, and which feeds new items touch.
enum AtomState {
    static func lastSeq(_ db: SQLiteConnection) throws -> Int64 {
        try db.statement("SELECT last_seq FROM atom_state WHERE id = 1").rows { $0.int64(0) }.first ?? 0
    }

    /// The highest item seq stored (0 when none).
    static func maxSeq(_ db: SQLiteConnection) throws -> Int64 {
        try db.statement("SELECT coalesce(max(seq), 0) FROM item").rows { $0.int64(0) }.first ?? 0
    }

    static func save(_ db: SQLiteConnection, lastSeq: Int64) throws {
        try db.run("UPDATE atom_state SET last_seq = max(last_seq, ?) WHERE id = 1", .int(lastSeq))
    }

    /// The feeds that items with seq in (`after`, `upTo`] belong in: the key
    /// ids each new item lists (`item.class_keys`), then each key's row.
    static func keys(_ db: SQLiteConnection, after: Int64, upTo: Int64) throws -> Set<AtomFeedKey> {
        var ids = Set<Int64>()
        for list in try db.statement("SELECT class_keys FROM item WHERE seq > ? AND seq <= ?")
            .rows([.int(after), .int(upTo)], { $0.text(0) ?? "" }) {
            ids.formUnion(ItemStore.classKeyIDs(in: list))
        }
        var keys = Set<AtomFeedKey>()
        for id in ids {
            let found = try db.statement("SELECT kind, name, topic FROM class_key WHERE id = ?").rows([.int(id)]) { row in
                ClassKey.Kind(rawValue: row.text(0) ?? "").map { ClassKey(kind: $0, name: row.text(1) ?? "", topic: row.text(2) ?? "") }
            }
            if let key = found.first ?? nil { keys.insert(AtomFeedKey(key)) }
        }
        return keys
    }
}
