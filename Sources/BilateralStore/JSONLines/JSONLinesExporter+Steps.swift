import Foundation

extension JSONLinesExporter {
    /// Rebuilds every file queued in `export_rewrite`, then dequeues it (and
    /// fixes the checkpoint's length if it is the current file) in one transaction.
    func rewriteQueued(_ db: SQLiteConnection, _ checkpoint: inout ExportCheckpoint,
                       _ report: inout ExportReport, fault: ExportFault? = nil) throws {
        let queued = try db.statement("SELECT file FROM export_rewrite ORDER BY file").rows { $0.text(0) ?? "" }
        for file in queued {
            let size = try rebuild(file, upTo: checkpoint.lastSeq, db)
            if fault == .afterRewrite { throw ExportFault.afterRewrite }
            try db.transaction {
                try db.run("DELETE FROM export_rewrite WHERE file = ?", .text(file))
                if file == checkpoint.file {
                    checkpoint.offset = size
                    try checkpoint.saveInTransaction(db)
                }
            }
            report.rewritten.append(file)
        }
    }

    /// Brings the checkpoint's file back to the recorded length.
    func recover(_ db: SQLiteConnection, _ checkpoint: inout ExportCheckpoint, _ report: inout ExportReport) throws {
        guard let file = checkpoint.file else { return }
        let actual = DurableFile.size(path(file)) ?? 0
        if actual > checkpoint.offset {
            try DurableFile.truncate(path(file), to: checkpoint.offset)
            report.droppedBytes += actual - checkpoint.offset
            logger.info("jsonl dropped unconfirmed lines", metadata: [
                "export.file": "\(path(file))", "export.bytes": "\(actual - checkpoint.offset)",
            ])
        } else if actual < checkpoint.offset {
            checkpoint.offset = try rebuild(file, upTo: checkpoint.lastSeq, db)
            try checkpoint.save(db)
            report.rewritten.append(file)
        }
    }

    /// Exports the next batch of items; false when there was nothing left.
    ///
    /// A batch is the items after the checkpoint, up to `batchSize`, first
    /// seen on the day of the first of them (so it goes to one day file).
    /// Reading them, appending their lines (fsync'd) and committing the
    /// checkpoint that counts them run in ONE write transaction: no other
    /// writer (`bilateral reclassify` in another process) can change an
    /// item between the read of its line and the checkpoint, so a change
    /// is either read here or made once the item counts as exported, when
    /// it queues the day file for rewriting. (Reading outside the
    /// transaction let a reclassification commit in between: it found the
    /// item not exported yet and queued nothing, and the old line stayed.)
    /// The lines stream from SQLite's rows to the file through
    /// `DurableLineWriter`'s buffer, with no copy of the batch in memory.
    func exportBatch(_ db: SQLiteConnection, _ checkpoint: inout ExportCheckpoint,
                     _ report: inout ExportReport, fault: ExportFault?, afterRead: (() -> Void)? = nil) throws -> Bool {
        guard let next = try db.statement("""
            SELECT first_seen_at, strftime('%Y-%m-%d', first_seen_at, 'unixepoch') FROM item WHERE seq > ? ORDER BY seq LIMIT 1
            """).rows([.int(checkpoint.lastSeq)], { ($0.int64(0), $0.text(1) ?? "") }).first else { return false }
        let file = ExportCheckpoint.fileName(day: next.1)
        if checkpoint.file != file {
            checkpoint.file = file
            checkpoint.offset = DurableFile.size(path(file)) ?? 0
            try checkpoint.save(db)
            if fault == .afterSwitch { throw ExportFault.afterSwitch }
        }
        let day = Self.day(ofSeconds: next.0)
        let (batch, count) = try db.transaction {
            var batch = checkpoint
            let writer = try DurableLineWriter(appendingTo: path(file))
            let rows = try db.statement("SELECT seq, first_seen_at, record_json FROM item WHERE seq > ? ORDER BY seq LIMIT ?")
            try rows.bind([.int(checkpoint.lastSeq), .int(batchSize)])
            var count = 0
            while try rows.step(), Self.day(ofSeconds: rows.int64(1)) == day {
                try rows.withUTF8(2) { try writer.append(line: $0) }
                batch.lastSeq = rows.int64(0)
                count += 1
            }
            rows.reset()
            afterRead?()
            try writer.finish()
            if fault == .afterAppend { throw ExportFault.afterAppend }
            batch.offset += writer.bytesWritten
            try batch.saveInTransaction(db)
            return (batch, count)
        }
        checkpoint = batch
        report.exported += count
        if count > 0 && report.files.last != file { report.files.append(file) }
        return count > 0
    }

    /// The UTC day of a time in seconds since 1970, as a day number: the
    /// day `strftime('%Y-%m-%d', t, 'unixepoch')` names.
    static func day(ofSeconds seconds: Int64) -> Int64 {
        seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// Rewrites day file `file` atomically from the database: the day's items
    /// with seq up to `lastSeq`, in seq order. Returns its new length.
    func rebuild(_ file: String, upTo lastSeq: Int64, _ db: SQLiteConnection) throws -> Int64 {
        guard let day = ExportCheckpoint.day(ofFile: file) else {
            throw StoreError(path: path(file), message: "not a day file name (items-YYYY-MM-DD.jsonl)", code: .invalid)
        }
        let stmt = try db.statement("""
            SELECT record_json FROM item
            WHERE first_seen_at >= CAST(strftime('%s', ?) AS INTEGER)
              AND first_seen_at < CAST(strftime('%s', ?, '+1 day') AS INTEGER) AND seq <= ?
            ORDER BY seq
            """)
        try stmt.bind([.text(day), .text(day), .int(lastSeq)])
        let writer = try DurableLineWriter(replacing: path(file))
        while try stmt.step() {
            try stmt.withUTF8(0) { try writer.append(line: $0) }
        }
        try writer.finish()
        logger.info("jsonl rewrote day file", metadata: ["export.file": "\(path(file))", "export.bytes": "\(writer.bytesWritten)"])
        return writer.bytesWritten
    }
}
