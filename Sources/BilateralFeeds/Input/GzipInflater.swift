internal import CZlib

/// Streaming gzip (and zlib) decompression with a cap on the total output.
///
/// Handles concatenated gzip members. A class because it owns a `z_stream`.
final class GzipInflater {
    private var stream = z_stream()
    private var output: [UInt8]
    private let limit: Int64
    private(set) var produced: Int64 = 0
    private(set) var ended = false

    /// Thrown when the output would pass `limit` bytes or the data is corrupt.
    enum Failure: Error {
        case limitExceeded(Int64)
        case corrupt(String)
    }

    init(limit: Int64, chunkSize: Int) throws {
        self.limit = limit
        output = [UInt8](repeating: 0, count: chunkSize)
        guard bilateral_inflateInit2(&stream, 15 + 32) == Z_OK else { throw Failure.corrupt("inflateInit2 failed") }
    }

    deinit { inflateEnd(&stream) }

    /// Decompresses `input`, handing each decompressed piece to `sink`.
    func inflate(_ input: UnsafeRawBufferPointer, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let base = input.baseAddress, input.count > 0 else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        while stream.avail_in > 0 {
            if ended {
                // Another gzip member follows (or trailing bytes: zeros are tolerated).
                if stream.next_in.pointee == 0 { return }
                inflateReset(&stream)
                ended = false
            }
            let (count, status) = step()
            produced += Int64(count)
            if produced > limit { throw Failure.limitExceeded(limit) }
            try output.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            switch status {
            case Z_STREAM_END: ended = true
            case Z_OK, Z_BUF_ERROR: if count == 0 && stream.avail_in > 0 && status == Z_BUF_ERROR { return }
            default: throw Failure.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
            }
        }
    }

    private func step() -> (Int, Int32) {
        output.withUnsafeMutableBufferPointer { out in
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            return (out.count - Int(stream.avail_out), status)
        }
    }
}
