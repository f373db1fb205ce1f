import Foundation
import Logging

/// Serialises output writing between the workers: after each ingest the
/// JSON Lines export runs at once (so records are written when the file is
/// done), while Atom feeds, which rewrite whole files, are coalesced to at
/// most one update per `atomInterval` and flushed by the ticker and at
/// shutdown.
public actor OutputGate {
    let atomInterval: Duration
    private var atomPending = false
    private var jsonlPending = false
    private var lastAtom: ContinuousClock.Instant?

    public init(atomInterval: Duration = .seconds(1)) {
        self.atomInterval = atomInterval
    }

    /// After a file's new items were stored.
    /// - Throws: the exporter's or Atom writer's error (items stay stored; the next call catches up).
    public func afterIngest(_ outputs: OutputWriter) throws {
        atomPending = true
        jsonlPending = true
        try outputs.jsonl?.export()
        jsonlPending = false
        try flushAtom(outputs, force: false)
    }

    /// Writes what is pending; `final` forces the Atom update (shutdown).
    public func flush(_ outputs: OutputWriter, final: Bool) throws {
        if final || jsonlPending {
            try outputs.jsonl?.export()
            jsonlPending = false
        }
        try flushAtom(outputs, force: final)
    }

    /// Everything, with every Atom feed rebuilt when `rewriteAtom` (reload after `bilateral reclassify`).
    public func catchUp(_ outputs: OutputWriter, rewriteAtom: Bool) throws {
        try outputs.catchUp(rewriteAtom: rewriteAtom)
        atomPending = false
        jsonlPending = false
        lastAtom = .now
    }

    private func flushAtom(_ outputs: OutputWriter, force: Bool) throws {
        guard atomPending else { return }
        guard let atom = outputs.atom else { atomPending = false; return }
        if !force, let lastAtom, ContinuousClock.now - lastAtom < atomInterval { return }
        atomPending = false
        lastAtom = .now
        try atom.update()
    }
}
