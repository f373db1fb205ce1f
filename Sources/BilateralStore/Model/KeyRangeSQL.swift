/// The items of one classification key in the classification index
/// (`key_index`, migration v6) as a SELECT of `seq`, `t` (the recency) and
/// `r` (the item's `rkey`, the index's rowid). FTS5 reads the key's postings
/// backwards for `ORDER BY r DESC` (its items newest first: recency, then
/// seq) and stops at a `LIMIT`, with no sort; a time range is a range of
/// `r`. The key is found by its `class_key` row (`knone`, a term no item has,
/// when the key is unknown).
struct KeyRangeSQL {
    private(set) var sql: String
    private(set) var values: [SQLiteValue]

    /// - Parameters:
    ///   - since: only items of recency at least this (seconds).
    ///   - until: only items of recency below this (seconds).
    init(_ key: ClassKey, since: Int64? = nil, until: Int64? = nil) {
        let prefix = ItemStore.indexTermPrefix
        var conditions = [
            "key_index MATCH coalesce((SELECT '\(prefix)' || id FROM class_key WHERE kind = ? AND name = ? AND topic = ?), '\(prefix)none')",
        ]
        values = [.text(key.kind.rawValue), .text(key.name), .text(key.topic)]
        if let since {
            conditions.append("key_index.rowid >= ?")
            values.append(.int(ItemStore.firstRKey(ofSeconds: since)))
        }
        if let until {
            conditions.append("key_index.rowid < ?")
            values.append(.int(ItemStore.firstRKey(ofSeconds: until)))
        }
        sql = "SELECT i.seq AS seq, coalesce(i.published, i.first_seen_at) AS t, key_index.rowid AS r"
            + " FROM key_index JOIN item AS i ON i.rkey = key_index.rowid WHERE " + conditions.joined(separator: " AND ")
    }
}
