import CSQLite
import Foundation

/// One SQLite connection: the C boundary of the store. Not thread-safe and
/// not Sendable: `ItemStore` owns it and serialises every use behind a lock.
///
/// Opened in WAL mode with `synchronous=FULL`: every commit is durable before
/// the call returns. The JSON Lines exporter relies on that ordering (a
/// checkpoint that names a new output file must be on disk before lines are
/// appended to that file); `NORMAL` would survive `kill -9` but could lose a
/// suffix of commits on power loss and with them that ordering. The cost is
/// one fsync of the WAL per transaction; the daemon writes one transaction
/// per batch of ingested files (`IngestCommitter`) or export batch.
final class SQLiteConnection {
    let path: String
    private(set) var handle: OpaquePointer?
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens (creating it if `create`) the database at `path`.
    /// - Parameter busyTimeout: how long to wait for another connection's lock, in milliseconds.
    /// - Throws: `StoreError` with code `.cannotOpen`, `.damaged` or `.locked`.
    init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeout: Int32 = 5000) throws {
        _ = SQLiteConnection.libraryConfigured
        self.path = path
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        handle = db
        guard rc == SQLITE_OK else {
            let error = SQLiteConnection.error(rc, message: db.map { String(cString: sqlite3_errmsg($0)) },
                                               path: path, context: "cannot open the database")
            sqlite3_close_v2(db)
            handle = nil
            throw error
        }
        sqlite3_busy_timeout(db, busyTimeout)
        _ = bilateral_sqlite_defensive(db)
        try registerTextSearch()
        try configure(readOnly: readOnly)
    }

    /// Process-wide SQLite settings, applied once before the first connection
    /// opens: memory statistics off (with them on, each SQLite allocation
    /// takes a global mutex; mutex locking was ~1.5% of ingest CPU in the
    /// profile, SQLite's share of it not measured apart). Whether it took
    /// effect is kept for tests.
    static let libraryConfigured: Bool = bilateral_sqlite_memstatus_off() == SQLITE_OK

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func configure(readOnly: Bool) throws {
        if !readOnly {
            // 16 KiB pages for a new database (no effect on an existing one):
            // an item's row (text and record, ~8 KB on dense news) fits in one
            // page instead of a chain of overflow pages, and a commit writes a
            // quarter as many frames. Ingest benchmark, alternating runs: store
            // CPU per file 4.5-4.9 ms vs 5.1-5.6 with 4 KiB pages.
            try execute("PRAGMA page_size = 16384")
        }
        // The first statement reads the header: a damaged file fails here.
        try execute("PRAGMA foreign_keys = ON")
        try execute("SELECT count(*) FROM sqlite_schema")
        if !readOnly {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = FULL")
            // 32 MiB of page cache instead of SQLite's 2 MiB: each item adds
            // index entries under ~45 keys (countries, pairs, topics), and with
            // the small cache those index pages were read back from the WAL
            // over and over (~125 reads of 4 KiB per item on the benchmark).
            try execute("PRAGMA cache_size = -32768")
            // Temporary files (statement journals, sorts, DISTINCT) in
            // memory. Measured when the store still used multi-row INSERTs:
            // their statement journals were ~2,000 pwrite calls per ingested
            // file. Ingest now inserts row by row (no journal); migrations'
            // INSERT ... SELECT and the queries' sorts still use this.
            try execute("PRAGMA temp_store = MEMORY")
        }
    }

    /// Runs one or more statements that return no rows we need.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        guard rc == SQLITE_OK else {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            throw SQLiteConnection.error(rc, message: text, path: path, context: "cannot run '\(sql.prefix(60))'")
        }
    }

    /// A prepared statement for `sql`, from the cache when it was prepared
    /// before, reset and with its bindings cleared.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw failure(rc, "cannot prepare '\(sql.prefix(60))'")
        }
        let statement = SQLiteStatement(stmt, connection: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// Runs `sql` once with `values` bound and returns the number of rows changed.
    @discardableResult
    func run(_ sql: String, _ values: SQLiteValue...) throws -> Int {
        try run(sql, values)
    }

    /// `run(_:_:)` with the values as an array.
    @discardableResult
    func run(_ sql: String, _ values: [SQLiteValue]) throws -> Int {
        let stmt = try statement(sql)
        try stmt.bind(values)
        while try stmt.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE`, so that the write
    /// lock is taken up front and a busy database fails at the start rather
    /// than halfway), committing if it returns and rolling back if it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// A `StoreError` for result code `rc` with the connection's current message.
    func failure(_ rc: Int32, _ context: String) -> StoreError {
        SQLiteConnection.error(rc, message: handle.map { String(cString: sqlite3_errmsg($0)) },
                               path: path, context: context)
    }
}
