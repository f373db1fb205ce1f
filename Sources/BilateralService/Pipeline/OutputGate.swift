import Foundation
import Logging

/// Serialises output writing between the workers and group-commits it.
/// After a file's items are stored, the JSON Lines export runs at once when
/// none ran in the last `jsonlInterval` (a lone file's records are written
/// when it is done); in a burst, exports are coalesced and the ticker
/// flushes them, saving two fsyncs per file. Atom feeds, which rewrite whole
/// files, are coalesced to one update per `atomInterval`. Both outputs catch
/// up from the database, so coalescing loses nothing, even on a crash.
public actor OutputGate {
    let jsonlInterval: Duration
    let atomInterval: Duration
    private var atomPending = false
    private var jsonlPending = false
    private var lastJSONL: ContinuousClock.Instant?
    private var lastAtom: ContinuousClock.Instant?

    public init(jsonlInterval: Duration = .milliseconds(100), atomInterval: Duration = .seconds(1)) {
        self.jsonlInterval = jsonlInterval
        self.atomInterval = atomInterval
    }

    /// After a file's new items were stored.
    /// - Throws: the exporter's or Atom writer's error (items stay stored; the next flush catches up).
    public func afterIngest(_ outputs: OutputWriter) throws {
        atomPending = true
        jsonlPending = true
        try flush(outputs, force: false)
    }

    /// Writes what is due (the ticker), or everything pending when `final` (shutdown).
    public func flush(_ outputs: OutputWriter, final: Bool) throws {
        try flush(outputs, force: final)
    }

    /// Everything, with every Atom feed rebuilt when `rewriteAtom` (reload after `bilateral reclassify`).
    public func catchUp(_ outputs: OutputWriter, rewriteAtom: Bool) throws {
        try outputs.catchUp(rewriteAtom: rewriteAtom)
        atomPending = false
        jsonlPending = false
        lastAtom = .now
        lastJSONL = .now
    }

    private func flush(_ outputs: OutputWriter, force: Bool) throws {
        if jsonlPending, force || Self.due(lastJSONL, jsonlInterval) {
            lastJSONL = .now
            try outputs.jsonl?.export()
            jsonlPending = false
        }
        if atomPending, force || Self.due(lastAtom, atomInterval) {
            lastAtom = .now
            try outputs.atom?.update()
            atomPending = false
        }
    }

    private static func due(_ last: ContinuousClock.Instant?, _ interval: Duration) -> Bool {
        last.map { ContinuousClock.now - $0 >= interval } ?? true
    }
}
