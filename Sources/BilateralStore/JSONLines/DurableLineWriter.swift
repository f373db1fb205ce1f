#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes lines to a file through a fixed-size buffer, then makes them
/// durable: a batch of JSON Lines, or a whole rebuilt day file, streams to
/// disk a chunk at a time instead of being built in memory first (a day
/// file can be hundreds of megabytes). `DurableFile.replace` writes whole
/// documents (Atom feeds) through it too, so that the temporary file,
/// fsync and rename are done in one place.
///
/// Two modes. Appending (`init(appendingTo:)`): the lines go to the end of
/// the file (created if missing); `finish()` fsyncs it, and its folder if it
/// was created. Replacing (`init(replacing:)`): the lines go to a temporary
/// file in the same folder (`.<name>.<pid>.tmp`, which
/// `DurableFile.removeLeftovers` clears after a crash); `finish()` fsyncs
/// it, renames it over the file and fsyncs the folder, so a reader (or a
/// crash) sees the old content or the new, never a mix. A writer given up
/// before `finish()` (an error, a fault) closes its descriptor; a replacing
/// one also removes its temporary file, leaving the old file as it was.
final class DurableLineWriter {
    /// Bytes buffered before a `write(2)`.
    static let chunkBytes = 1 << 20

    /// The file the lines are for.
    let path: String
    /// Bytes of the lines given so far (written or still buffered).
    private(set) var bytesWritten: Int64 = 0
    private let temporaryPath: String?
    private let created: Bool
    private var fd: Int32
    private var buffer: [UInt8] = []

    /// Appends to `path`, creating it if missing.
    init(appendingTo path: String) throws {
        self.path = path
        temporaryPath = nil
        created = DurableFile.size(path) == nil
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DurableFile.failure(path, "cannot open for appending") }
    }

    /// Writes a new content for `path`, which replaces it at `finish()`.
    init(replacing path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
        temporaryPath = temp
        created = false
        fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DurableFile.failure(temp, "cannot create") }
    }

    deinit {
        guard fd >= 0 else { return }
        close(fd)
        if let temporaryPath { unlink(temporaryPath) }
    }

    /// Adds `line` and a line feed.
    func append(line: UnsafeBufferPointer<UInt8>) throws {
        if buffer.capacity < Self.chunkBytes { buffer.reserveCapacity(Self.chunkBytes) }
        if buffer.count + line.count + 1 > Self.chunkBytes && !buffer.isEmpty { try flush() }
        buffer.append(contentsOf: line)
        buffer.append(UInt8(ascii: "\n"))
        bytesWritten += Int64(line.count + 1)
    }

    /// Adds `bytes` as they are (a whole document: `DurableFile.replace`),
    /// written at once, after what is buffered.
    func write(_ bytes: [UInt8]) throws {
        try flush()
        try DurableFile.writeAll(bytes, fd: fd, path: temporaryPath ?? path)
        bytesWritten += Int64(bytes.count)
    }

    /// Writes what is buffered, fsyncs, and (replacing) renames the
    /// temporary file over `path`; the folder is fsync'd when the file is new
    /// or replaced, unless `syncingFolder` is false (a caller replacing many
    /// files of one folder syncs it once after the last).
    func finish(syncingFolder: Bool = true) throws {
        try flush()
        let target = temporaryPath ?? path
        guard fsync(fd) == 0 else { throw DurableFile.failure(target, "cannot fsync") }
        close(fd)
        fd = -1
        if let temporaryPath {
            guard rename(temporaryPath, path) == 0 else {
                let error = DurableFile.failure(path, "cannot rename \(temporaryPath) to it")
                unlink(temporaryPath)
                throw error
            }
        }
        if syncingFolder && (created || temporaryPath != nil) { try DurableFile.syncFolder(of: path) }
    }

    private func flush() throws {
        try DurableFile.writeAll(buffer, fd: fd, path: temporaryPath ?? path)
        buffer.removeAll(keepingCapacity: true)
    }
}
