import CSQLite
import Foundation
import Logging

/// Copies the write-ahead log back into the database file on a thread of
/// its own, so that the store's writer does not.
///
/// By default SQLite checkpoints inside the commit that takes the WAL past
/// 1,000 pages: the writer copies every page of the log into the database
/// and fsyncs it before the commit returns. On the ingest benchmark that was
/// about a quarter of the writer's CPU. Here the writer's commit hook only
/// signals this thread once the log holds `CheckpointPolicy.backgroundBytes`;
/// the thread runs a PASSIVE checkpoint on its own connection while the
/// writer goes on (WAL lets both work at once). A larger threshold also lets
/// a page changed by several commits be copied once. Should the thread fall
/// behind (or be stuck on a slow disk), the writer checkpoints in its commit
/// once the log holds `CheckpointPolicy.inlineBytes`, as SQLite would have,
/// so the log stays bounded.
///
/// `@unchecked Sendable`: `condition` guards the mutable state; the thread's
/// connection is used by the thread only, and closed after it has ended.
final class WALCheckpointer: @unchecked Sendable {
    private let path: String
    private let logger: Logger
    private let condition = NSCondition()
    private var connection: SQLiteConnection?
    private var requested = false
    private var stopping = false
    private var running = false
    private var statistics = CheckpointCounts()
    private var lastFailure: String?
    /// The policy in pages of the database (read once: a database's page size is fixed in WAL mode).
    private let backgroundPages: Int32
    private let inlinePages: Int32

    /// Opens the thread's connection to `path` (an existing database in WAL
    /// mode) and starts the thread.
    init(path: String, policy: CheckpointPolicy, busyTimeout: Int32, logger: Logger) throws {
        self.path = path
        self.logger = logger
        let connection = try SQLiteConnection(path: path, create: false, readOnly: false, busyTimeout: busyTimeout)
        let pageSize = max(1, try connection.statement("PRAGMA page_size").rows { $0.int(0) }.first ?? 4096)
        backgroundPages = Int32(clamping: max(1, policy.backgroundBytes / pageSize))
        inlinePages = Int32(clamping: max(1, policy.inlineBytes / pageSize))
        self.connection = connection
        running = true
        let thread = Thread { [self] in loop() }
        thread.name = "bilateral-checkpoint"
        thread.start()
    }

    deinit { stop() }

    /// Makes `writer`'s commits report to this checkpointer instead of
    /// SQLite's own automatic checkpoint. Call `detach(from:)` before this
    /// object is released.
    func attach(to writer: SQLiteConnection) {
        sqlite3_wal_hook(writer.handle, { context, db, name, pages in
            guard let context else { return SQLITE_OK }
            let checkpointer = Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue()
            checkpointer.committed(pages: pages, db: db, name: name)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Removes the commit hook set by `attach(to:)`.
    func detach(from writer: SQLiteConnection) {
        sqlite3_wal_hook(writer.handle, nil, nil)
    }

    /// What has been checkpointed so far.
    var counts: CheckpointCounts {
        condition.lock()
        defer { condition.unlock() }
        return statistics
    }

    /// Stops the thread after the checkpoint in progress, if any, and closes
    /// its connection. Idempotent.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
        connection = nil
    }

    /// The writer's commit hook: runs on the writer's thread, inside its commit.
    private func committed(pages: Int32, db: OpaquePointer?, name: UnsafePointer<CChar>?) {
        if pages >= inlinePages {
            let rc = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            record(rc, inline: true, message: db.map { String(cString: sqlite3_errmsg($0)) })
        } else if pages >= backgroundPages {
            condition.lock()
            requested = true
            condition.signal()
            condition.unlock()
        }
    }

    private func loop() {
        while true {
            condition.lock()
            while !requested && !stopping { condition.wait() }
            if stopping {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            requested = false
            condition.unlock()
            guard let handle = connection?.handle else { continue }
            let rc = sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            record(rc, inline: false, message: String(cString: sqlite3_errmsg(handle)))
        }
    }

    /// Counts a checkpoint; logs a failure once until a checkpoint succeeds again.
    private func record(_ rc: Int32, inline: Bool, message: String?) {
        condition.lock()
        defer { condition.unlock() }
        // BUSY: another checkpoint (the other side, or another process) was running.
        guard rc != SQLITE_BUSY else { return }
        if rc == SQLITE_OK {
            if inline { statistics.inline += 1 } else { statistics.background += 1 }
            if lastFailure != nil {
                logger.info("store checkpoint works again", metadata: ["store.path": "\(path)"])
                lastFailure = nil
            }
            return
        }
        statistics.failed += 1
        let text = message ?? "SQLite error \(rc)"
        if lastFailure != text {
            logger.warning("store checkpoint failed; the write-ahead log grows until one succeeds", metadata: [
                "store.path": "\(path)", "error": "\(text)",
            ])
            lastFailure = text
        }
    }
}
