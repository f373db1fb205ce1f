#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a feed file: left alone when it already holds exactly these
/// bytes (no write, no fsync, same inode), else replaced atomically
/// (`DurableFile.replace`: temporary file, fsync, rename). The folder is
/// not fsync'd here: the round does it once per batch, before it records
/// its progress in `atom_state`.
enum AtomFeedFile {
    /// - Returns: true if the file was created or replaced, false if it already held `bytes`.
    /// - Throws: `StoreError` `.io` naming the file.
    /// - Parameter scratch: a buffer to read the current file into (reused from call to call).
    static func write(_ bytes: [UInt8], to path: String, scratch: inout [UInt8]) throws -> Bool {
        if holds(bytes, path, scratch: &scratch) { return false }
        try DurableFile.replace(path, with: bytes, syncFolder: false)
        return true
    }

    /// Whether the file at `path` has exactly `bytes` as its content (read
    /// only when the sizes match).
    static func holds(_ bytes: [UInt8], _ path: String, scratch: inout [UInt8]) -> Bool {
        guard DurableFile.size(path) == Int64(bytes.count) else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if scratch.count < bytes.count + 1 { scratch = [UInt8](repeating: 0, count: bytes.count + 1) }
        let done = scratch.withUnsafeMutableBytes { buffer in
            var done = 0
            while done <= bytes.count {
                let n = read(fd, buffer.baseAddress! + done, bytes.count + 1 - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            return done
        }
        guard done == bytes.count else { return false }
        return scratch.withUnsafeBytes { a in bytes.withUnsafeBytes { b in b.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0 } }
    }
}
