import Foundation
import Glibc

/// Reads a file or a `Data` in fixed-size chunks, without loading a file whole.
enum ChunkReader {
    /// Calls `body` with each chunk until the end or until `body` returns false.
    /// - Throws: `FeedError` when the file cannot be opened or read; rethrows `body`'s errors.
    static func forEachChunk(of input: FeedInput, chunkSize: Int,
                             _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
        switch input {
        case .data(let data):
            var offset = data.startIndex
            try data.withUnsafeBytes { all in
                while offset < data.endIndex {
                    let end = min(offset + chunkSize, data.endIndex)
                    let slice = UnsafeRawBufferPointer(rebasing: all[(offset - data.startIndex)..<(end - data.startIndex)])
                    offset = end
                    if try !body(slice) { return }
                }
            }
        case .file(let path):
            try readFile(path, chunkSize: chunkSize, body)
        }
    }

    private static func readFile(_ path: String, chunkSize: Int,
                                 _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FeedError(.unreadable, file: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw FeedError(.unreadable, file: path, message: String(cString: strerror(errno)))
            }
            if n == 0 { return }
            if try !body(UnsafeRawBufferPointer(rebasing: buffer[0..<n])) { return }
        }
    }

    /// The size of a file, and for gzip files the uncompressed size from the trailer (mod 4 GiB).
    static func estimatedSize(of input: FeedInput) -> Int64 {
        switch input {
        case .data(let data): return Int64(data.count)
        case .file(let path):
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = (attributes[.size] as? NSNumber)?.int64Value else { return 0 }
            guard let handle = FileHandle(forReadingAtPath: path) else { return size }
            defer { try? handle.close() }
            let magic = (try? handle.read(upToCount: 2)) ?? Data()
            guard magic == Data([0x1F, 0x8B]), size >= 18 else { return size }
            try? handle.seek(toOffset: UInt64(size - 4))
            let trailer = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
            guard trailer.count == 4 else { return size }
            let isize = trailer.enumerated().reduce(Int64(0)) { $0 | Int64($1.element) << (8 * $1.offset) }
            return max(size, isize)
        }
    }
}

/// Where a document comes from.
enum FeedInput {
    case file(String)
    case data(Data)
}
