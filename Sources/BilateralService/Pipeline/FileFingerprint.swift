#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Size and modification time of a file, from stat(2) (following links).
public struct FileFingerprint: Sendable, Equatable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var mtimeNanoseconds: Int64

    public init(size: Int64, mtimeNanoseconds: Int64) {
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
    }

    /// The fingerprint of `path`, or nil when it does not exist (or is not a regular file).
    public static func of(_ path: String) -> FileFingerprint? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileFingerprint(size: Int64(info.st_size),
                               mtimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// How long ago the file was modified (zero if its time is in the future).
    public func age(now: Date = Date()) -> Duration {
        let nowNanoseconds = Int64(now.timeIntervalSince1970 * 1_000_000_000)
        return .nanoseconds(max(0, nowNanoseconds - mtimeNanoseconds))
    }
}
