import Foundation
import Logging

/// Writes every stored item, once, to `out/items-YYYY-MM-DD.jsonl` (the UTC
/// day it was first seen), in `seq` order, exactly once across crashes and
/// `kill -9`.
///
/// Protocol. The database is the truth; `export_state` holds the checkpoint
/// (last exported seq, current file, its byte length). The exporter:
/// 1. before its first append to a file other than the checkpoint's, commits
///    a checkpoint naming that file at its current length, so the file that
///    may hold unconfirmed lines is always the one the checkpoint names;
/// 2. appends a batch of lines, fsyncs the file, then commits the
///    checkpoint (last seq of the batch, new length), all in one write
///    transaction opened before the batch is read, so that no other writer
///    changes an item between the read of its line and the checkpoint.
///    Commits are durable (`synchronous=FULL`), and a checkpoint is
///    committed only after the lines it counts are on disk;
/// 3. on every `export()`, first truncates the checkpoint's file back to the
///    recorded length (dropping lines written after the last checkpoint,
///    which are written again from seq+1), or rebuilds it from the database
///    if it is shorter than recorded (a user cut or deleted it).
/// Reclassification (`ItemStore.updateClassifications`) queues the day files
/// of already exported items in `export_rewrite` in the same transaction as
/// the change; `export()` rebuilds each queued file from the database (the
/// day's items up to the checkpoint's seq; temporary file, fsync, rename)
/// before anything else and dequeues it afterwards, so a crash in between
/// only rebuilds it again.
///
/// One exporter per output folder: `export()` holds the store's lock while it
/// runs, which serialises it with everything else in this process; two
/// processes exporting to one folder are not supported.
public struct JSONLinesExporter: Sendable {
    /// Where the day files go (`Feeds/out`).
    public let directory: String
    let store: ItemStore
    let batchSize: Int
    let logger: Logger

    /// - Parameter batchSize: lines appended (and fsync'd) per checkpoint.
    public init(store: ItemStore, directory: String, batchSize: Int = 1000, logger: Logger) {
        self.store = store
        self.directory = directory
        self.batchSize = max(1, batchSize)
        self.logger = logger
    }

    /// Finishes what a crash left half-done, rewrites the files of
    /// reclassified items, then appends every item not exported yet.
    /// - Throws: `StoreError` `.io` naming the output file, or a database error.
    @discardableResult
    public func export() throws -> ExportReport {
        try export(fault: nil)
    }

    /// `export()`, stopping with `ExportFault.injected` at `fault` to simulate a crash in tests;
    /// `afterRead` runs in each batch's transaction once its lines are read (a test's concurrent writer).
    func export(fault: ExportFault?, afterRead: (() -> Void)? = nil) throws -> ExportReport {
        try DurableFile.makeFolder(directory)
        return try store.database.withConnection { db in
            DurableFile.removeLeftovers(in: directory) { $0.hasPrefix("items-") && $0.contains(".jsonl.") }
            var report = ExportReport()
            var checkpoint = try ExportCheckpoint.load(db)
            try rewriteQueued(db, &checkpoint, &report)
            try recover(db, &checkpoint, &report)
            while try exportBatch(db, &checkpoint, &report, fault: fault, afterRead: afterRead) {}
            if report.exported > 0 || report.droppedBytes > 0 || !report.rewritten.isEmpty {
                logger.info("jsonl exported", metadata: [
                    "export.items": "\(report.exported)", "export.lastSeq": "\(checkpoint.lastSeq)",
                    "export.rewritten": "\(report.rewritten.count)", "export.droppedBytes": "\(report.droppedBytes)",
                ])
            }
            return report
        }
    }

    func path(_ file: String) -> String { directory + "/" + file }
}
