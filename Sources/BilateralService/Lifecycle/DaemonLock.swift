#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An exclusive `flock(2)` on `<state>/bilateral.lock`, held by the daemon
/// for its whole life: a second daemon on the same folder refuses to
/// start, and `bilateral reclassify` knows to leave the outputs to the
/// running daemon. The kernel releases it when the process dies (even by
/// `kill -9`).
public struct DaemonLock: ~Copyable {
    let fd: Int32
    public let path: String

    /// Takes the lock without waiting.
    /// - Throws: `ServiceError` when another process holds it or the file cannot be opened.
    public init(stateFolder: URL) throws {
        path = stateFolder.appendingPathComponent("bilateral.lock").path
        // `self.fd` is set last: once every stored property is set, a throw
        // runs `deinit`, which would close the descriptor a second time (by
        // then possibly another thread's, e.g. an SQLite connection's).
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServiceError(path, "cannot open the lock file: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw ServiceError(path, "another bilateral daemon is running on this folder")
        }
        self.fd = fd
    }

    /// Whether a daemon holds the lock of `stateFolder` now.
    public static func isHeld(stateFolder: URL) -> Bool {
        let path = stateFolder.appendingPathComponent("bilateral.lock").path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// Releases the lock (also done when the value goes away).
    public consuming func release() {}

    deinit { close(fd) }
}
