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
    func exportBatch(_ db: SQLiteConnection, _ checkpoint: inout ExportCheckpoint,
                     _ report: inout ExportReport, fault: ExportFault?) throws -> Bool {
        let rows = try db.statement("""
            SELECT seq, strftime('%Y-%m-%d', first_seen_at, 'unixepoch'), record_json FROM item
            WHERE seq > ? ORDER BY seq LIMIT ?
            """).rows([.int(checkpoint.lastSeq), .int(batchSize)]) { ($0.int64(0), $0.text(1) ?? "", $0.utf8(2)) }
        guard !rows.isEmpty else { return false }
        var start = 0
        while start < rows.count {
            let day = rows[start].1
            var end = start
            while end < rows.count && rows[end].1 == day { end += 1 }
            try append(rows[start..<end].map { ($0.0, $0.2) }, file: ExportCheckpoint.fileName(day: day),
                       db, &checkpoint, fault: fault)
            report.exported += end - start
            if report.files.last != ExportCheckpoint.fileName(day: day) {
                report.files.append(ExportCheckpoint.fileName(day: day))
            }
            start = end
        }
        return true
    }

    /// Appends the lines of one day's run of items, following the protocol.
    private func append(_ items: [(seq: Int64, json: [UInt8])], file: String, _ db: SQLiteConnection,
                        _ checkpoint: inout ExportCheckpoint, fault: ExportFault?) throws {
        if checkpoint.file != file {
            checkpoint.file = file
            checkpoint.offset = DurableFile.size(path(file)) ?? 0
            try checkpoint.save(db)
            if fault == .afterSwitch { throw ExportFault.afterSwitch }
        }
        var bytes: [UInt8] = []
        for item in items {
            bytes.append(contentsOf: item.json)
            bytes.append(UInt8(ascii: "\n"))
        }
        try DurableFile.append(bytes, to: path(file))
        if fault == .afterAppend { throw ExportFault.afterAppend }
        checkpoint.lastSeq = items[items.count - 1].seq
        checkpoint.offset += Int64(bytes.count)
        try checkpoint.save(db)
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
        var bytes: [UInt8] = []
        while try stmt.step() {
            bytes.append(contentsOf: stmt.utf8(0))
            bytes.append(UInt8(ascii: "\n"))
        }
        try DurableFile.replace(path(file), with: bytes)
        logger.info("jsonl rewrote day file", metadata: ["export.file": "\(path(file))", "export.bytes": "\(bytes.count)"])
        return Int64(bytes.count)
    }
}
