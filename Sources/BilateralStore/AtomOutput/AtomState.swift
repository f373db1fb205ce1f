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

    /// The feeds that items with seq in (`after`, `upTo`] belong in.
    static func keys(_ db: SQLiteConnection, after: Int64, upTo: Int64) throws -> Set<AtomFeedKey> {
        let range: [SQLiteValue] = [.int(after), .int(upTo)]
        var keys = Set<AtomFeedKey>()
        for kind in AtomFeedKey.Kind.allCases {
            let columns = kind.columns
            let sql = "SELECT DISTINCT \(columns.joined(separator: ", ")) FROM \(kind.table) WHERE item_seq > ? AND item_seq <= ?"
            keys.formUnion(try db.statement(sql).rows(range) { row in
                AtomFeedKey(kind, columns.indices.map { row.text(Int32($0)) ?? "" })
            })
        }
        return keys
    }
}
