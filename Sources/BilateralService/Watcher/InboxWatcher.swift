#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// Watches one folder with inotify (not recursive): `IN_CLOSE_WRITE` and
/// `IN_MOVED_TO` become `.changed(name)`, `IN_Q_OVERFLOW` becomes
/// `.overflow`, and the folder being deleted or moved away `.folderGone`.
/// The descriptor is read by a dispatch read source into an `AsyncStream`;
/// ending the stream's iteration closes it.
public struct InboxWatcher: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Starts watching.
    /// - Throws: `ServiceError` when inotify is unavailable or the folder cannot be watched.
    public func events() throws(ServiceError) -> AsyncStream<InboxEvent> {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw ServiceError(folder.path, "inotify_init1 failed: \(String(cString: strerror(errno)))") }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_ONLYDIR | IN_DELETE_SELF | IN_MOVE_SELF)
        guard inotify_add_watch(fd, folder.path, mask) >= 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ServiceError(folder.path, "cannot watch: \(reason)")
        }
        let (stream, continuation) = AsyncStream.makeStream(of: InboxEvent.self, bufferingPolicy: .unbounded)
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: DispatchQueue(label: "bilateral.inotify"))
        source.setEventHandler { Self.drain(fd, into: continuation) }
        source.setCancelHandler { close(fd) }
        let handle = SourceHandle(source)
        continuation.onTermination = { _ in handle.cancel() }
        source.resume()
        return stream
    }

    /// Reads every pending event record from the non-blocking descriptor.
    static func drain(_ fd: Int32, into continuation: AsyncStream<InboxEvent>.Continuation) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            for event in parse(buffer[0..<n]) { continuation.yield(event) }
        }
    }

    /// Decodes `struct inotify_event` records (16-byte header, then `len` name bytes).
    static func parse(_ bytes: ArraySlice<UInt8>) -> [InboxEvent] {
        var events: [InboxEvent] = []
        var offset = bytes.startIndex
        func word(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        while offset + 16 <= bytes.endIndex {
            let mask = word(offset + 4)
            let length = Int(word(offset + 12))
            let nameBytes = bytes[(offset + 16)..<min(bytes.endIndex, offset + 16 + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += 16 + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                events.append(.overflow)
            } else if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                if !events.contains(.folderGone) { events.append(.folderGone) }
            } else if !name.isEmpty, mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
                events.append(.changed(name))
            }
        }
        return events
    }
}

/// Lets the stream's termination handler cancel the read source
/// (`DispatchSource.cancel()` is thread-safe).
private final class SourceHandle: @unchecked Sendable {
    private let source: any DispatchSourceRead

    init(_ source: any DispatchSourceRead) {
        self.source = source
    }

    func cancel() { source.cancel() }
}
