import Dispatch

/// Runs blocking work (reading, parsing and classifying a large file, an
/// Atom round) on a thread outside Swift's cooperative pool, and waits for
/// it without blocking the pool.
///
/// The pool has one thread per core (two on a small server). Work that
/// holds a pool thread for long starves every other task: a worker streaming
/// a 400 MB feed holds one for about 25 s, and two such files at once would
/// stop the systemd watchdog's heartbeat, the inbox events and the group
/// commit until they end (and `WatchdogSec` kills a daemon silent for 30 s).
/// Each call gets a serial dispatch queue of its own: serial queues run on
/// libdispatch's overcommit threads, which are added as needed instead of
/// waiting for a free core's thread like `DispatchQueue.global()`'s, so the
/// Atom round and a large file never wait for each other's threads (the
/// kernel shares the cores between them). Work of milliseconds (a usual
/// feed, a group commit) stays on the pool: the thread switches, and a
/// third busy thread on two cores, cost more than they save.
enum OffPool {
    /// Runs `body` off the pool; its result or error.
    static func run<T: Sendable>(_ label: String, _ body: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
        await withCheckedContinuation { continuation in
            DispatchQueue(label: label).async { continuation.resume(returning: Result { try body() }) }
        }
    }

    /// Runs `body`, which cannot fail, off the pool.
    static func run<T: Sendable>(_ label: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue(label: label).async { continuation.resume(returning: body()) }
        }
    }
}
