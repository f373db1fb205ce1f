/// The rows of one classification key in both key tables (`item_key` and
/// `item_key_recent`, migration v4) as one compound SELECT of `seq` and
/// `t` (the recency). Each branch reads its table's primary key (key,
/// recency, item_seq) for the key, so an `ORDER BY t DESC, seq DESC` on the
/// compound is run by SQLite as a merge of the two ranges read backwards:
/// no sort, and a `LIMIT` stops it early.
struct KeyRangeSQL {
    private(set) var sql: String
    private(set) var values: [SQLiteValue]

    /// - Parameters:
    ///   - key: the key, found by its `class_key` row in each branch.
    ///   - conditions: more conditions on `recency`, each with its values in `conditionValues`.
    init(_ key: ClassKey, conditions: [String] = [], conditionValues: [SQLiteValue] = []) {
        let id = "(SELECT id FROM class_key WHERE kind = ? AND name = ? AND topic = ?)"
        let filter = (["key = \(id)"] + conditions).joined(separator: " AND ")
        let branches = ["item_key", "item_key_recent"].map { "SELECT item_seq AS seq, recency AS t FROM \($0) WHERE \(filter)" }
        sql = branches.joined(separator: " UNION ALL ")
        let branchValues = [SQLiteValue.text(key.kind.rawValue), .text(key.name), .text(key.topic)] + conditionValues
        values = branchValues + branchValues
    }
}
