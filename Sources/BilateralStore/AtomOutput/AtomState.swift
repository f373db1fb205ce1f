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

    /// The feeds that items with seq in (`after`, `upTo`] belong in: one read of
    /// `item_key` by its primary key (item first), then each key's row. The join
    /// order is forced (CROSS JOIN): without statistics the planner would start
    /// from every key of a kind and probe each (~50 ms for 128 items here).
    static func keys(_ db: SQLiteConnection, after: Int64, upTo: Int64) throws -> Set<AtomFeedKey> {
        let sql = """
            SELECT DISTINCT k.kind, k.name, k.topic FROM item_key AS i CROSS JOIN class_key AS k ON k.id = i.key
            WHERE i.item_seq > ? AND i.item_seq <= ?
            """
        var keys = Set<AtomFeedKey>()
        for key in try db.statement(sql).rows([.int(after), .int(upTo)], { row in
            ClassKey.Kind(rawValue: row.text(0) ?? "").map { ClassKey(kind: $0, name: row.text(1) ?? "", topic: row.text(2) ?? "") }
        }) {
            if let key { keys.insert(AtomFeedKey(key)) }
        }
        return keys
    }
}
