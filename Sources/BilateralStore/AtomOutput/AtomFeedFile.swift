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
    static func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        if holds(bytes, path) { return false }
        try DurableFile.replace(path, with: bytes, syncFolder: false)
        return true
    }

    /// Whether the file at `path` has exactly `bytes` as its content (read
    /// only when the sizes match).
    static func holds(_ bytes: [UInt8], _ path: String) -> Bool {
        guard DurableFile.size(path) == Int64(bytes.count) else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var done = 0
        while done < existing.count {
            let n = existing.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        guard done == bytes.count else { return false }
        return existing.withUnsafeBytes { a in bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0 } }
    }
}
