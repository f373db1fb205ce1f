import CSQLite

extension SQLiteConnection {
    /// Builds the error for SQLite result code `rc`, saying what to do where
    /// there is something to do.
    static func error(_ rc: Int32, message: String?, path: String, context: String) -> StoreError {
        let primary = rc & 0xff
        let sqliteText = "\(message ?? String(cString: sqlite3_errstr(rc))) (SQLite code \(rc))"
        switch primary {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return StoreError(
                path: path,
                message: "\(context): database is locked by another process (\(sqliteText)); "
                    + "is another bilateral running on this watch folder? Stop it (systemctl stop bilateral) or wait, then retry",
                code: .locked)
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return StoreError(
                path: path,
                message: "\(context): the database is damaged (\(sqliteText)); "
                    + "move it aside (mv '\(path)' '\(path).damaged'): bilateral creates a new one and rebuilds it from the inbox",
                code: .damaged)
        case SQLITE_READONLY:
            return StoreError(
                path: path,
                message: "\(context): \(sqliteText); the database was opened for reading only, "
                    + "or the file or its folder is not writable by this user",
                code: .cannotOpen)
        case SQLITE_CANTOPEN, SQLITE_PERM:
            return StoreError(
                path: path,
                message: "\(context): \(sqliteText); check that the folder exists and is writable by this user",
                code: .cannotOpen)
        default:
            return StoreError(path: path, message: "\(context): \(sqliteText)", code: .sqlite)
        }
    }
}
