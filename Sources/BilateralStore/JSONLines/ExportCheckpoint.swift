/// The JSON Lines exporter's position, one row of `export_state`: every item
/// up to `lastSeq` is in the output, and `file` (the only file that may
/// hold lines written after the last checkpoint) is exactly `offset` bytes
/// long when nothing was left half-done.
struct ExportCheckpoint: Hashable, Sendable {
    var lastSeq: Int64
    var file: String?
    var offset: Int64

    static func load(_ db: SQLiteConnection) throws -> ExportCheckpoint {
        let rows = try db.statement("SELECT last_seq, file, byte_offset FROM export_state WHERE id = 1")
            .rows { ExportCheckpoint(lastSeq: $0.int64(0), file: $0.text(1), offset: $0.int64(2)) }
        guard let first = rows.first else {
            throw StoreError(path: db.path, message: "export_state has no row", code: .damaged)
        }
        return first
    }

    /// Saves the checkpoint in its own committed (and, with synchronous=FULL, durable) transaction.
    func save(_ db: SQLiteConnection) throws {
        try db.transaction { try saveInTransaction(db) }
    }

    func saveInTransaction(_ db: SQLiteConnection) throws {
        try db.run("UPDATE export_state SET last_seq = ?, file = ?, byte_offset = ? WHERE id = 1",
                   .int(lastSeq), .text(file), .int(offset))
    }

    /// The day file of an item first seen `day` (`2026-11-29`).
    static func fileName(day: String) -> String { "items-\(day).jsonl" }

    /// The day of a file name made by `fileName(day:)`, nil for any other name.
    static func day(ofFile name: String) -> String? {
        guard name.hasPrefix("items-"), name.hasSuffix(".jsonl") else { return nil }
        let day = name.dropFirst(6).dropLast(6)
        return day.count == 10 ? String(day) : nil
    }
}
