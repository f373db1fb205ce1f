import BilateralFeeds
import CSQLite
import Foundation

/// The classification rows of items: one row per item and key, first in the
/// small `item_key_recent` B-tree, moved into `item_key` in bulk (see
/// `RecentKeyPolicy` and migration v4). Both tables have the primary key
/// (key, recency, item_seq); readers take the union.
extension ItemStore {
    /// One `item_key` row to be: a key's id and its value (mentions, score or none).
    struct KeyRow {
        var id: Int64
        var value: SQLiteValue

        /// The ids of `rows` as `item.class_keys` lists them (`12,45,678`).
        static func list(_ rows: [KeyRow]) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(rows.count * 5)
            for (index, row) in rows.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if row.id < 0 { bytes.append(UInt8(ascii: "-")) }
                DecimalDigits.append(UInt(row.id.magnitude), to: &bytes)
            }
            return bytes
        }

        /// The ids listed in `item.class_keys`.
        static func ids(in list: String) -> [Int64] { list.split(separator: ",").compactMap { Int64($0) } }
    }

    /// `valued` (an item's classification keys, see `ClassKey.keys(of:)`)
    /// as `item_key` rows to be, each key's id taken from (or added to)
    /// `class_key`. Must run inside `database.transaction` (new ids are
    /// forgotten if it rolls back).
    func keyRows(_ valued: [ClassKey.Valued], db: SQLiteConnection) throws -> [KeyRow] {
        try valued.map { entry in
            let value: SQLiteValue = switch entry.value {
            case let .mentions(n): .int(n)
            case let .score(s): .double(s)
            case .none: .null
            }
            return KeyRow(id: try database.classKeys.id(of: entry.key, db: db), value: value)
        }
    }

    /// One classification row of a batch: its primary key and value.
    struct ItemKeyRow {
        var key: Int64
        var recency: Int64
        var seq: Int64
        var value: SQLiteValue
    }

    /// Stores the classification rows of a whole batch in `item_key_recent`,
    /// in primary-key order, so that consecutive inserts land on the same or
    /// the next page; then, once that table holds `recentKeys.mergeRows`
    /// rows, moves them into `item_key` (`mergeRecentKeys`). The batch is
    /// read from memory by the table-valued function `bilateral_key_rows`
    /// (CSQLite/key_rows.h) in ONE `INSERT OR IGNORE ... SELECT`: one
    /// statement run and one cursor for the whole batch instead of a bound
    /// INSERT per row (store CPU per file ~10% lower, 5 alternating pairs).
    /// `OR IGNORE`, not `ON CONFLICT DO NOTHING`: nothing can then abort the
    /// statement midway, so SQLite keeps no statement journal (a copy of
    /// every page it touches), which made an earlier multi-row INSERT cost
    /// more than it saved. Must run inside `database.transaction`.
    func insertKeyRows(_ rows: [ItemKeyRow], db: SQLiteConnection) throws {
        // Sorted as plain C rows rather than as `ItemKeyRow`s, whose moves carry an enum with a String case.
        let batch = KeyRowOrder.sorted(rows.map {
            bilateral_key_row(key: $0.key, recency: $0.recency, seq: $0.seq, value: $0.value)
        })
        _ = try db.statement("""
            INSERT OR IGNORE INTO item_key_recent (key, recency, item_seq, value)
            SELECT key, recency, item_seq, value FROM bilateral_key_rows(?)
            """).run(keyRows: batch)
        let recent = try db.statement("SELECT count(*) FROM item_key_recent").rows { $0.int64(0) }.first ?? 0
        if recent >= recentKeys.mergeRows { try mergeRecentKeys(count: recent, db: db) }
    }

    /// Moves every row of `item_key_recent` into `item_key`, in key order
    /// (the scan of the small table's primary key feeds the large one in
    /// order, so each of its pages is visited once), in the caller's
    /// transaction.
    func mergeRecentKeys(count: Int64, db: SQLiteConnection) throws {
        let start = ContinuousClock.now
        try db.execute("""
            INSERT OR IGNORE INTO item_key (key, recency, item_seq, value)
            SELECT key, recency, item_seq, value FROM item_key_recent ORDER BY key, recency, item_seq
            """)
        try db.execute("DELETE FROM item_key_recent")
        logger.debug("store merged recent classification rows", metadata: [
            "store.rows": "\(count)", "store.elapsed": "\(ContinuousClock.now - start)",
        ])
    }

    /// Deletes the classification rows of item `seq` (its `keys`, stored at
    /// `recency`) from whichever table holds them.
    func deleteKeyRows(keys: [Int64], recency: Int64, seq: Int64, db: SQLiteConnection) throws {
        for table in ["item_key", "item_key_recent"] {
            let delete = try db.statement("DELETE FROM \(table) WHERE key = ? AND recency = ? AND item_seq = ?")
            for key in keys {
                delete.reset()
                try delete.bind([.int(key), .int(recency), .int(seq)])
                while try delete.step() {}
            }
        }
    }
}
