import Foundation

/// Brings a database up to `Migration.all`, each pending migration in its
/// own transaction together with its row in `schema_migration`, and refuses
/// a database that has migrations this code does not know (written by a
/// newer bilateral).
struct Migrator {
    let migrations: [Migration]

    init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// Applies the pending migrations and returns their names.
    /// - Throws: `StoreError` `.tooNew` for a database newer than the code.
    @discardableResult
    func migrate(_ db: SQLiteConnection, now: Date = Date()) throws -> [String] {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                name TEXT PRIMARY KEY NOT NULL,
                applied_at INTEGER NOT NULL
            )
            """)
        try checkKnown(applied(db), path: db.path)
        var ran: [String] = []
        for migration in migrations {
            let didRun = try db.transaction { () throws -> Bool in
                // Re-read inside the write lock: another process may have migrated meanwhile.
                guard try !applied(db).contains(migration.name) else { return false }
                do {
                    try db.execute(migration.sql)
                } catch let error as StoreError {
                    // v6 needs FTS5 in the SQLite library bilateral is linked with (Debian's and Ubuntu's have it).
                    let hint = error.message.contains("no such module: fts5")
                        ? " (this SQLite library was built without FTS5, which the classification index needs)" : ""
                    throw StoreError(path: error.path, message: "migration \(migration.name) failed: \(error.message)\(hint)",
                                     code: error.code)
                }
                try db.run("INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)",
                           .text(migration.name), .int(Int64(now.timeIntervalSince1970)))
                return true
            }
            if didRun { ran.append(migration.name) }
        }
        return ran
    }

    /// The names recorded in `schema_migration`.
    func applied(_ db: SQLiteConnection) throws -> Set<String> {
        Set(try db.statement("SELECT name FROM schema_migration").rows { $0.text(0) ?? "" })
    }

    private func checkKnown(_ applied: Set<String>, path: String) throws {
        let known = Set(migrations.map(\.name))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else {
            throw StoreError(
                path: path,
                message: "the database was written by a newer bilateral (unknown migrations: "
                    + unknown.joined(separator: ", ")
                    + "); upgrade bilateral, or move the database aside to rebuild it from the inbox",
                code: .tooNew)
        }
    }

    /// The migrations not applied yet, by name (for a read-only opening,
    /// which cannot migrate). A database without the bookkeeping table has
    /// all of them pending.
    func pending(_ db: SQLiteConnection) throws -> [String] {
        let exists = try db.statement("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migration'")
            .rows { $0.int(0) }.first ?? 0
        let applied = exists > 0 ? try applied(db) : []
        try checkKnown(applied, path: db.path)
        return migrations.map(\.name).filter { !applied.contains($0) }
    }
}
