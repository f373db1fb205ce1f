import Foundation

extension FileState {
    /// Reads the columns path, size, mtime_ns, content_hash, status, items, error, last_read_at.
    init(row: SQLiteStatement) throws {
        let status = row.text(4) ?? ""
        guard let parsed = Status(rawValue: status) else {
            throw StoreError(path: row.text(0) ?? "?", message: "unknown file status '\(status)' in the database", code: .damaged)
        }
        self.init(path: row.text(0) ?? "", size: row.int64(1), mtimeNanoseconds: row.int64(2),
                  contentHash: row.text(3) ?? "", status: parsed, items: row.int(5), error: row.text(6),
                  lastReadAt: Date(timeIntervalSince1970: TimeInterval(row.int64(7))))
    }

    /// Inserts or updates the row of this file (never deletes it, so its item links stay).
    func upsert(into db: SQLiteConnection) throws {
        try db.run("""
            INSERT INTO file (path, size, mtime_ns, content_hash, status, items, error, last_read_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
                content_hash = excluded.content_hash, status = excluded.status, items = excluded.items,
                error = excluded.error, last_read_at = excluded.last_read_at
            """,
            .text(path), .int(size), .int(mtimeNanoseconds), .text(contentHash), .text(status.rawValue),
            .int(items), .text(error), .int(Int64(lastReadAt.timeIntervalSince1970.rounded(.down))))
    }
}
