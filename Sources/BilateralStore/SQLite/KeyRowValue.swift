import CSQLite

extension bilateral_key_row {
    /// One row of a `bilateral_key_rows(?)` batch (CSQLite/key_rows.h) with
    /// its value as SQLite will store it: an integer, a real or NULL (text is
    /// not a classification value and is stored as NULL).
    init(key: Int64, recency: Int64, seq: Int64, value: SQLiteValue) {
        self.init(key: key, recency: recency, seq: seq, ivalue: 0, dvalue: 0, type: SQLITE_NULL)
        switch value {
        case let .int(n): (ivalue, type) = (n, SQLITE_INTEGER)
        case let .double(d): (dvalue, type) = (d, SQLITE_FLOAT)
        case .null, .text, .utf8: break
        }
    }
}
