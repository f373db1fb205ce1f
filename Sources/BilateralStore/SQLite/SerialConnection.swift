import Foundation

/// A `SQLiteConnection` behind a lock: the only way the rest of the store
/// reaches it. `@unchecked Sendable` because the lock, not the compiler,
/// guarantees that one thread at a time uses the connection.
final class SerialConnection: @unchecked Sendable {
    private let lock = NSLock()
    private let connection: SQLiteConnection

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    var path: String { connection.path }

    /// Runs `body` with exclusive use of the connection.
    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    /// Runs `body` with exclusive use of the connection, inside one transaction.
    func transaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try withConnection { db in try db.transaction { try body(db) } }
    }
}
