#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// File operations that are on disk when they return: truncations
/// followed by fsync, and atomic replacement (temporary file in
/// the same folder, fsync, rename, fsync of the folder). Lines appended
/// or streamed into a replacement go through `DurableLineWriter`.
enum DurableFile {
    /// The size of the file at `path`, or nil if there is none.
    static func size(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    /// Cuts the file at `path` back to `length` bytes and fsyncs it.
    static func truncate(_ path: String, to length: Int64) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open for truncating") }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw failure(path, "cannot truncate to \(length) bytes") }
        guard fsync(fd) == 0 else { throw failure(path, "cannot fsync") }
    }

    /// Replaces the file at `path` with `bytes` so that a reader (or a crash)
    /// sees either the old content or the new, never a mix.
    /// - Parameter syncFolder: fsync the folder after the rename, making the
    ///   replacement itself durable; a caller replacing many files of one
    ///   folder may pass false and call `syncFolder(of:)` once after the last.
    static func replace(_ path: String, with bytes: [UInt8], syncFolder: Bool = true) throws {
        let writer = try DurableLineWriter(replacing: path)
        try writer.write(bytes)
        try writer.finish(syncingFolder: syncFolder)
    }

    static func syncFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(folder, "cannot open the folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(folder, "cannot fsync the folder") }
    }

    /// Removes temporary files `replace` left in `folder` when a process died
    /// between creating and renaming them (`.<name>.<pid>.tmp`, with `name`
    /// passing `matching`). Only for a folder this process alone writes.
    static func removeLeftovers(in folder: String, matching: (String) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") && matching(String(name.dropFirst())) {
            unlink(folder + "/" + name)
        }
    }

    /// Creates `path` and its parents if missing.
    static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path, message: "cannot create the folder: \(error.localizedDescription)", code: .io)
        }
    }

    static func writeAll(_ bytes: [UInt8], fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "cannot write")
                }
                done += n
            }
        }
    }

    static func failure(_ path: String, _ what: String) -> StoreError {
        StoreError(path: path, message: "\(what): \(String(cString: strerror(errno)))", code: .io)
    }
}
