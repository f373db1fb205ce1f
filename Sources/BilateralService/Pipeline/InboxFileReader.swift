#if canImport(Glibc)
import Glibc
#endif
import BilateralRecords
import Foundation

/// Reads one inbox file (whole, or hashed in chunks), safely against what can
/// change between the scan and the read: the file is opened without following a symbolic link
/// (unless the configuration allows links) and without blocking on a FIFO,
/// and it is checked to be a regular file on the open descriptor, so a name
/// swapped for a link or a FIFO after the scan is never followed or waited on.
enum InboxFileReader {
    enum Failure: Error, Equatable {
        /// The name is gone.
        case vanished
        /// Not a regular file any more (a link, FIFO, socket or directory now stands there).
        case notRegular
        /// Present but not readable (permissions, I/O error), with the system's reason.
        case unreadable(String)
    }

    /// Opens `path` for reading: no link unless allowed, no blocking on a
    /// FIFO, a regular file on the open descriptor. The caller closes the
    /// descriptor, and reads the file through it (`readAll`, `sha256Hex`,
    /// or by another API through `path(of:)`).
    static func open(_ path: String, followSymlinks: Bool) -> Result<Int32, Failure> {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC
        if !followSymlinks { flags |= O_NOFOLLOW }
        let fd = Glibc.open(path, flags)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .failure(.vanished)
            case ELOOP, ENXIO: return .failure(.notRegular)
            default: return .failure(.unreadable(String(cString: strerror(errno))))
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            return .failure(.unreadable(reason))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            return .failure(.notRegular)
        }
        return .success(fd)
    }

    /// The SHA-256 (hex) of everything in the open file `fd`, read from its
    /// start in chunks (positioned reads: the descriptor's offset is kept),
    /// so that a file of any size is hashed in bounded memory.
    static func sha256Hex(of fd: Int32) -> Result<String, Failure> {
        var hash = SHA256()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count == 0 { return .success(hash.finalizeHex()) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            chunk.withUnsafeBufferPointer { hash.update(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            offset += off_t(count)
        }
    }

    private static let chunkSize = 256 * 1024

    /// A path that opens the file of the open descriptor `fd`
    /// (`/proc/self/fd/N`), for an API that takes a path: the file checked
    /// by `open`, whatever stands at its name now.
    static func path(of fd: Int32) -> String { "/proc/self/fd/\(fd)" }

    /// Reads to the end straight into one buffer sized from `sizeHint` (the
    /// file may have grown: the buffer doubles then), handed to `Data`
    /// without a copy. A zeroed 256 KiB staging array per file was ~0.5% of
    /// the daemon's ingest CPU in memset alone.
    static func readAll(_ fd: Int32, sizeHint: Int) -> Result<Data, Failure> {
        var capacity = max(sizeHint, 0) + 1
        guard var buffer = malloc(capacity) else { return .failure(.unreadable("out of memory")) }
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    return .failure(.unreadable("out of memory"))
                }
                buffer = grown
            }
            let n = Glibc.read(fd, buffer + count, capacity - count)
            if n == 0 { return .success(Data(bytesNoCopy: buffer, count: count, deallocator: .free)) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                free(buffer)
                return .failure(.unreadable(reason))
            }
            count += n
        }
    }
}
