import Foundation

/// Buffers text for a file handle and writes it in 64 KiB blocks: one
/// `write(2)` per record would dominate `classify` on large feeds.
struct OutputBuffer {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity = 64 * 1024

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
