import CSQLite

/// A value bound to a statement parameter.
enum SQLiteValue {
    case int(Int64)
    case double(Double)
    case text(String)
    /// Text given as its UTF-8 bytes (valid UTF-8; not checked).
    case utf8([UInt8])
    case null

    static func int(_ value: Int) -> SQLiteValue { .int(Int64(value)) }
    static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
    static func bool(_ value: Bool) -> SQLiteValue { .int(value ? 1 : 0) }
}

/// A prepared statement, owned and cached by its `SQLiteConnection`.
final class SQLiteStatement {
    private let stmt: OpaquePointer
    private unowned let connection: SQLiteConnection
    let sql: String

    init(_ stmt: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.stmt = stmt
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(stmt) }

    func reset() {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
    }

    /// Binds `values` to parameters 1...n.
    func bind(_ values: [SQLiteValue]) throws {
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1)) }
    }

    /// Binds `value` to parameter `index` (from 1).
    func bind(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .int(let v): rc = sqlite3_bind_int64(stmt, index, v)
        case .double(let v): rc = sqlite3_bind_double(stmt, index, v)
        case .null: rc = sqlite3_bind_null(stmt, index)
        case .text(let s): rc = bindText(s, at: index)
        case .utf8(let bytes): rc = bytes.withUnsafeBufferPointer { bindText($0, at: index) }
        }
        guard rc == SQLITE_OK else { throw connection.failure(rc, "cannot bind parameter \(index) of '\(sql.prefix(60))'") }
    }

    private func bindText(_ string: String, at index: Int32) -> Int32 {
        var s = string
        return s.withUTF8 { bindText($0, at: index) }
    }

    private func bindText(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int32) -> Int32 {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            return sqlite3_bind_text(stmt, index, "", 0, bilateral_sqlite_transient())
        }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            sqlite3_bind_text64(stmt, index, $0, sqlite3_uint64(buffer.count), bilateral_sqlite_transient(),
                                UInt8(SQLITE_UTF8))
        }
    }

    /// Advances to the next row: `true` when there is one, `false` when done.
    func step() throws -> Bool {
        let rc = sqlite3_step(stmt)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.failure(rc, "cannot run '\(sql.prefix(60))'")
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(stmt, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(stmt, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(stmt, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(stmt, column) }
    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(stmt, column) else { return nil }
        let count = Int(sqlite3_column_bytes(stmt, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Calls `body` with a text column's UTF-8 bytes where SQLite holds them
    /// (empty for NULL): valid only during the call, until the next `step`.
    func withUTF8<R>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // sqlite3_column_text first: it may convert the value, then _bytes gives the converted length.
        guard let bytes = sqlite3_column_text(stmt, column) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(stmt, column))))
    }

    /// All rows mapped through `row`, after binding `values`.
    func rows<T>(_ values: [SQLiteValue] = [], _ row: (SQLiteStatement) throws -> T) throws -> [T] {
        try bind(values)
        var result: [T] = []
        while try step() { result.append(try row(self)) }
        return result
    }
}
