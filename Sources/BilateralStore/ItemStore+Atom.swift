import Foundation

/// The Atom writer's queries. Each runs on a connection the caller holds
/// (`database.withConnection`) and is small (the index range of one feed, a
/// point lookup, an index seek), so the writer can release the store
/// between batches and let ingest interleave.
extension ItemStore {
    /// The seqs of the items `key`'s feed lists, newest first (recency, then
    /// seq: the order of `ItemQuery`), at most `limit`.
    func atomEntrySeqs(of key: AtomFeedKey, limit: Int, db: SQLiteConnection) throws -> [Int64] {
        let kind = key.kind
        let filter = kind.columns.map { "\($0) = ?" }.joined(separator: " AND ")
        let sql = "SELECT item_seq FROM \(kind.table) WHERE \(filter) ORDER BY recency DESC, item_seq DESC LIMIT ?"
        return try db.statement(sql).rows(key.values.map { .text($0) } + [.int(max(0, limit))]) { $0.int64(0) }
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
    /// order of the key columns, or nil when there is none: one index seek
    /// per key column at most. (A row-value comparison `(pair, topic) > (?, ?)`
    /// would seek on `pair` only and step over every row of the pair's
    /// smaller topics.)
    func atomKey(_ kind: AtomFeedKey.Kind, after key: AtomFeedKey?, db: SQLiteConnection) throws -> AtomFeedKey? {
        let columns = kind.columns
        let all = columns.joined(separator: ", ")
        guard let values = key?.values else {
            return try firstKey(kind, "SELECT \(all) FROM \(kind.table) ORDER BY \(all) LIMIT 1", [], db)
        }
        // With the first k columns equal, the next key has a greater column k.
        for k in stride(from: columns.count - 1, through: 0, by: -1) {
            let equal = columns[..<k].map { "\($0) = ? AND " }.joined()
            let sql = "SELECT \(all) FROM \(kind.table) WHERE \(equal)\(columns[k]) > ? ORDER BY \(all) LIMIT 1"
            if let next = try firstKey(kind, sql, values[...k].map { .text($0) }, db) { return next }
        }
        return nil
    }

    private func firstKey(_ kind: AtomFeedKey.Kind, _ sql: String, _ values: [SQLiteValue],
                          _ db: SQLiteConnection) throws -> AtomFeedKey? {
        try db.statement(sql).rows(values) { row in
            AtomFeedKey(kind, kind.columns.indices.map { row.text(Int32($0)) ?? "" })
        }.first
    }
}
