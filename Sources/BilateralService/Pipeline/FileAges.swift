import BilateralRecords
import Foundation
import Logging

/// How long ago an inbox file last changed, for the settle rules: its
/// modification time's age, except for a time in the future (clock skew, a
/// fetcher that keeps the server's time such as `curl -R`). Such a file's age
/// stayed 0 until the clock caught up, so it counted as unsettled and
/// "recently modified" for as long, and the start-up scan waited for it.
/// Its age is now the time since the daemon first saw it with that size and
/// modification time: it settles once seen unchanged for the settle time.
/// Shared by the workers (one instance per daemon), since each file's
/// processor is a new value.
public final class FileAges: @unchecked Sendable {
    /// A modification time up to this far ahead is taken as it is (file systems and clocks differ a little).
    public static let tolerance: Duration = .seconds(2)
    private let lock = NSLock()
    /// Files seen with a time in the future: the fingerprint, and when it was first seen so.
    private var firstSeen: [String: (FileFingerprint, ContinuousClock.Instant)] = [:]

    public init() {}

    /// The age of `file` (a path relative to the watch root) as `fingerprint`.
    /// The first time a file's modification time is found in the future, a
    /// warning names the file and its time.
    public func age(of file: String, _ fingerprint: FileFingerprint, now: Date = Date(),
                    logger: Logger) -> Duration {
        let ahead = Duration.nanoseconds(fingerprint.mtimeNanoseconds - Int64(now.timeIntervalSince1970 * 1_000_000_000))
        guard ahead > Self.tolerance else {
            lock.withLock { _ = firstSeen.removeValue(forKey: file) }
            return fingerprint.age(now: now)
        }
        let (since, isNew): (ContinuousClock.Instant, Bool) = lock.withLock {
            let previous = firstSeen[file]
            if let previous, previous.0 == fingerprint { return (previous.1, false) }
            firstSeen[file] = (fingerprint, .now)
            return (.now, previous == nil)
        }
        if isNew {
            let mtime = JSONWriter.iso8601(Date(timeIntervalSince1970: Double(fingerprint.mtimeNanoseconds) / 1e9))
            logger.warning("modification time in the future: the file settles once seen unchanged for the settle time",
                           metadata: ["mtime": "\(mtime)", "ahead.s": "\(ahead.components.seconds)"])
        }
        return ContinuousClock.now - since
    }
}
