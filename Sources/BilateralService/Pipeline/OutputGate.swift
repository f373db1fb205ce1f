import Foundation
import Logging

/// Serialises the JSON Lines export between the workers and group-commits
/// it: after a file's items are stored, the export runs at once when none
/// ran in the last `interval` (a lone file's records are written when it is
/// done); in a burst, exports are coalesced and the ticker flushes them,
/// saving two fsyncs per file. The exporter catches up from the database,
/// so coalescing loses nothing, even on a crash. (Atom feeds are written by
/// `AtomFeedService`, off the workers' path.)
public actor OutputGate {
    let interval: Duration
    private var pending = false
    private var last: ContinuousClock.Instant?

    public init(interval: Duration = .milliseconds(100)) {
        self.interval = interval
    }

    /// After a file's new items were stored.
    /// - Returns: whether an export ran (false: coalesced, the ticker's flush runs it).
    /// - Throws: the exporter's error (items stay stored; the next flush catches up).
    @discardableResult
    public func afterIngest(_ outputs: OutputWriter) throws -> Bool {
        pending = true
        return try flush(outputs, force: false)
    }

    /// Exports what is pending: when due (the ticker), or now when `final` (shutdown, reload).
    /// - Returns: whether an export ran.
    @discardableResult
    public func flush(_ outputs: OutputWriter, final: Bool) throws -> Bool {
        try flush(outputs, force: final)
    }

    private func flush(_ outputs: OutputWriter, force: Bool) throws -> Bool {
        guard pending || force else { return false }
        if !force, let last, ContinuousClock.now - last < interval { return false }
        last = .now
        try outputs.jsonl?.export()
        pending = false
        return true
    }
}
