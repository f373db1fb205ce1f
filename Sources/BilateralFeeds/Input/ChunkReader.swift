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
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return 0 }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { return 0 }
            let size = Int64(info.st_size)
            var magic: (UInt8, UInt8) = (0, 0)
            guard size >= 18, pread(fd, &magic, 2, 0) == 2, magic == (0x1F, 0x8B) else { return size }
            var trailer: UInt32 = 0
            guard pread(fd, &trailer, 4, off_t(size - 4)) == 4 else { return size }
            return max(size, Int64(UInt32(littleEndian: trailer)))
        }
    }
}

/// Where a document comes from.
enum FeedInput {
    case file(String)
    case data(Data)
}
