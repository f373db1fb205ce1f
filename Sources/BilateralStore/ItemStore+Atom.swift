import Foundation

/// The Atom writer's queries. Each runs on a connection the caller holds
/// (`database.withConnection`) and is small (the index range of one feed, a
/// point lookup, an index seek), so the writer can release the store
/// between batches and let ingest interleave.
extension ItemStore {
    /// The seqs of the items `key`'s feed lists, newest first (recency, then
    /// seq: the order of `ItemQuery`), at most `limit`.
    func atomEntrySeqs(of key: AtomFeedKey, limit: Int, db: SQLiteConnection) throws -> [Int64] {
        let range = KeyRangeSQL(key.classKey)
        return try db.statement(range.sql + " ORDER BY r DESC LIMIT ?")
            .rows(range.values + [.int(max(0, limit))]) { $0.int64(0) }
    }

    /// The stored rows of those `seqs` that exist, in the order given.
    func atomRows(_ seqs: [Int64], db: SQLiteConnection) throws -> [AtomStoredRow] {
        let sql = "SELECT seq, first_seen_at, record_json FROM item WHERE seq = ?"
        var rows: [AtomStoredRow] = []
        rows.reserveCapacity(seqs.count)
        for seq in seqs {
            rows += try db.statement(sql).rows([.int(seq)]) {
                AtomStoredRow(seq: $0.int64(0), firstSeenSeconds: $0.int64(1), json: $0.text(2) ?? "")
            }
        }
        return rows
    }

    /// The first feed key of `kind` after `key` (nil: the very first) in the
    /// order of the key columns that has at least one item, or nil when
    /// there is none. Keys are read from `class_key` (its unique index on
    /// kind, name, topic gives them in order: one index seek per key column
    /// at most; a row-value comparison `(name, topic) > (?, ?)` would seek on
    /// `name` only and step over every row of the pair's smaller topics);
    /// a key whose items were all reclassified away is passed over.
    func atomKey(_ kind: AtomFeedKey.Kind, after key: AtomFeedKey?, db: SQLiteConnection) throws -> AtomFeedKey? {
        var after = key?.classKey
        while let next = try classKey(kind, after: after, db: db) {
            let used = try db.statement("SELECT EXISTS (SELECT 1 FROM key_index WHERE key_index MATCH ?)")
                .rows([.text(Self.indexTerm(next.id))]) { $0.int(0) }.first ?? 0
            if used != 0 { return AtomFeedKey(next.key) }
            after = next.key
        }
        return nil
    }

    /// The `class_key` row of `kind` after `key` (nil: the first) in the order of (name, topic).
    private func classKey(_ kind: AtomFeedKey.Kind, after key: ClassKey?,
                          db: SQLiteConnection) throws -> (id: Int64, key: ClassKey)? {
        let classKind = kind.classKind
        let columns = kind == .pairTopic ? ["name", "topic"] : ["name"]
        let base = "SELECT id, name, topic FROM class_key WHERE kind = ?"
            + (kind == .pairTopic ? "" : " AND topic = ''")
        let order = " ORDER BY name, topic LIMIT 1"
        let row = { (sql: String, values: [SQLiteValue]) in
            try db.statement(sql).rows([.text(classKind.rawValue)] + values) { row in
                (id: row.int64(0), key: ClassKey(kind: classKind, name: row.text(1) ?? "", topic: row.text(2) ?? ""))
            }.first
        }
        guard let key else { return try row(base + order, []) }
        let values = [key.name, key.topic]
        // With the first k columns equal, the next key has a greater column k.
        for k in stride(from: columns.count - 1, through: 0, by: -1) {
            let equal = columns[..<k].map { " AND \($0) = ?" }.joined()
            if let next = try row(base + equal + " AND \(columns[k]) > ?" + order, values[...k].map { .text($0) }) {
                return next
            }
        }
        return nil
    }
}
