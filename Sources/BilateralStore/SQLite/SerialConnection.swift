import Foundation

/// A `SQLiteConnection` behind a lock: the only way the rest of the store
/// reaches it, plus an optional read-only connection to the same file for
/// lookups that should not wait for a long write transaction (WAL lets a
/// reader see the last commit while a writer works). `@unchecked Sendable`
/// because the locks, not the compiler, guarantee that one thread at a time
/// uses each connection.
final class SerialConnection: @unchecked Sendable {
    private let lock = NSLock()
    private let connection: SQLiteConnection
    private let readerLock = NSLock()
    private var reader: SQLiteConnection?
    private let checkpointer: WALCheckpointer?
    /// The writer's cache of `class_key` ids; use it only inside `withConnection` or `transaction`.
    let classKeys = ClassKeyIDs()

    /// - Parameter checkpointer: checkpoints the WAL instead of the writer's commits (attached here).
    init(_ connection: SQLiteConnection, reader: SQLiteConnection? = nil, checkpointer: WALCheckpointer? = nil) {
        self.connection = connection
        self.reader = reader
        self.checkpointer = checkpointer
        checkpointer?.attach(to: connection)
    }

    deinit {
        // The checkpointer's thread and connection, then the reader, close
        // first, so that the writer is the last connection to close: it
        // checkpoints and removes the -wal and -shm files.
        if let checkpointer {
            checkpointer.detach(from: connection)
            checkpointer.stop()
        }
        reader = nil
    }

    /// The checkpoints run so far (zero without a checkpointer).
    var checkpoints: CheckpointCounts { checkpointer?.counts ?? .init() }

    var path: String { connection.path }

    /// Runs `body` with exclusive use of the connection.
    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    /// Runs `body` with exclusive use of the read-only connection (the
    /// writer's when there is none). It sees the last committed state.
    func withReader<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        guard let reader else { return try withConnection(body) }
        readerLock.lock()
        defer { readerLock.unlock() }
        return try body(reader)
    }

    /// Runs `body` with exclusive use of the connection, inside one transaction.
    func transaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try withConnection { db in
            do {
                return try db.transaction { try body(db) }
            } catch {
                classKeys.forget()
                throw error
            }
        }
    }
}
