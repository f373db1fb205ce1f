/// The Atom writer's row of `atom_state`, and which feeds new items touch.
enum AtomState {
    static func lastSeq(_ db: SQLiteConnection) throws -> Int64 {
        try db.statement("SELECT last_seq FROM atom_state WHERE id = 1").rows { $0.int64(0) }.first ?? 0
    }

    static func save(_ db: SQLiteConnection, lastSeq: Int64) throws {
        try db.run("UPDATE atom_state SET last_seq = max(last_seq, ?) WHERE id = 1", .int(lastSeq))
    }

    /// The feeds that items with seq in (`after`, `upTo`] belong in, sorted.
    static func keys(_ db: SQLiteConnection, after: Int64, upTo: Int64) throws -> [AtomFeedKey] {
        let range: [SQLiteValue] = [.int(after), .int(upTo)]
        var keys = Set<AtomFeedKey>()
        keys.formUnion(try db.statement("SELECT DISTINCT topic FROM item_topic WHERE item_seq > ? AND item_seq <= ?")
            .rows(range) { AtomFeedKey.topic($0.text(0) ?? "") })
        keys.formUnion(try db.statement("SELECT DISTINCT pair FROM item_dyad WHERE item_seq > ? AND item_seq <= ?")
            .rows(range) { AtomFeedKey.pair($0.text(0) ?? "") })
        keys.formUnion(try db.statement("SELECT DISTINCT pair, topic FROM item_dyad_topic WHERE item_seq > ? AND item_seq <= ?")
            .rows(range) { AtomFeedKey.pairTopic(pair: $0.text(0) ?? "", topic: $0.text(1) ?? "") })
        keys.formUnion(try db.statement("SELECT DISTINCT code FROM item_country WHERE item_seq > ? AND item_seq <= ?")
            .rows(range) { AtomFeedKey.country($0.text(0) ?? "") })
        return keys.sorted { $0.fileName < $1.fileName }
    }
}
