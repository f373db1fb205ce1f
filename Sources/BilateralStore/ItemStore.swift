import BilateralRecords
import Foundation
import Logging

/// The daemon's state: which files were read, every item once with its
/// classification, and where the outputs stand. Backed by one SQLite file
/// (`state/bilateral.sqlite`).
///
/// `ItemStore` is a `Sendable` handle; copies share one connection, and
/// every call takes a lock, so calls from several tasks run one after the
/// other. Calls are synchronous and block for the time of the SQLite work
/// (microseconds for lookups, one fsync per write transaction). The
/// lookups the workers make before classifying (`fileState`, `storedIDs`)
/// go through a second, read-only connection, so that they do not wait for
/// a long write transaction. Other processes (`bilateral query` while the
/// daemon runs) may open the same file: WAL lets them read while the daemon
/// writes.
public struct ItemStore: Sendable {
    let database: SerialConnection
    let logger: Logger

    /// The database file.
    public var path: String { database.path }

    /// The WAL checkpoints run since the store was opened (none when read-only).
    public var checkpoints: CheckpointCounts { database.checkpoints }

    /// Opens the database at `path`, creating it (and its folder) if needed,
    /// and applies pending migrations.
    /// - Parameters:
    ///   - readOnly: open for reading only; fails if the database is missing or not migrated.
    ///   - busyTimeout: how long to wait for another process's write lock.
    ///   - checkpoint: when the write-ahead log is copied back into the
    ///     database, by a thread of the store's own (`WALCheckpointer`).
    /// - Throws: `StoreError` `.damaged`, `.locked`, `.tooNew`, `.cannotOpen`;
    ///   `.invalid` for a read-only opening of a database not (fully) migrated.
    public static func open(path: String, readOnly: Bool = false, busyTimeout: Duration = .seconds(5),
                            checkpoint: CheckpointPolicy = CheckpointPolicy(), logger: Logger) throws -> ItemStore {
        if !readOnly { try createFolder(of: path) }
        let millis = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        let connection = try SQLiteConnection(path: path, create: !readOnly, readOnly: readOnly,
                                              busyTimeout: Int32(clamping: millis))
        let migrator = Migrator()
        if readOnly {
            let pending = try migrator.pending(connection)
            if pending.count == migrator.migrations.count {
                throw StoreError(path: path, message: "the database is not set up yet (no migrations applied); run the daemon once", code: .invalid)
            } else if !pending.isEmpty {
                throw StoreError(path: path, message: "the database needs the migrations of this bilateral ("
                                    + pending.joined(separator: ", ")
                                    + "); restart the daemon (or run `bilateral run --once`) to apply them", code: .invalid)
            }
        } else {
            let ran = try migrator.migrate(connection)
            if !ran.isEmpty { logger.info("store migrated", metadata: ["store.path": "\(path)", "store.migrations": "\(ran)"]) }
        }
        guard !readOnly else { return ItemStore(database: SerialConnection(connection), logger: logger) }
        let reader = try SQLiteConnection(path: path, create: false, readOnly: true, busyTimeout: Int32(clamping: millis))
        let checkpointer = try WALCheckpointer(path: path, policy: checkpoint, busyTimeout: Int32(clamping: millis),
                                               logger: logger)
        return ItemStore(database: SerialConnection(connection, reader: reader, checkpointer: checkpointer), logger: logger)
    }

    private static func createFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path, message: "cannot create the folder \(folder): \(error.localizedDescription)", code: .cannotOpen)
        }
    }

    /// What the store knows of the file at `path` (relative to the watch folder), if anything.
    public func fileState(path: String) throws -> FileState? {
        try database.withReader { db in
            let stmt = try db.statement("""
                SELECT path, size, mtime_ns, content_hash, status, items, error, last_read_at FROM file WHERE path = ?
                """)
            return try stmt.rows([.text(path)], FileState.init(row:)).first
        }
    }

    /// Records `file` without items (a failed or pending file, or one whose items are all known).
    public func recordFile(_ file: FileState) throws {
        try database.transaction { db in try file.upsert(into: db) }
    }

    /// Every file the store knows, by path.
    public func files() throws -> [FileState] {
        try database.withConnection { db in
            try db.statement("""
                SELECT path, size, mtime_ns, content_hash, status, items, error, last_read_at FROM file ORDER BY path
                """).rows([], FileState.init(row:))
        }
    }
}
