import BilateralStore
import Foundation
import Logging

/// The outputs under `out/`, brought up to date with the store: the JSON
/// Lines exporter appends every item not exported yet (exactly once,
/// resuming after a crash) and the Atom writer rewrites the feeds that new
/// items belong in. Both catch up from the database, so a call may be
/// skipped or repeated without loss or duplication.
public struct OutputWriter: Sendable {
    public var jsonl: JSONLinesExporter?
    public var atom: AtomFeedWriter?

    public init(jsonl: JSONLinesExporter?, atom: AtomFeedWriter?) {
        self.jsonl = jsonl
        self.atom = atom
    }

    /// The writer `configuration` asks for, over `store`: `out/items-*.jsonl` and `out/feeds/*.atom`.
    public init(configuration: DaemonConfiguration, paths: DaemonConfiguration.Paths, store: ItemStore, logger: Logger) {
        jsonl = configuration.outputs.jsonl
            ? JSONLinesExporter(store: store, directory: paths.out.path, logger: logger) : nil
        atom = configuration.outputs.atom
            ? AtomFeedWriter(store: store, directory: paths.out.appendingPathComponent("feeds").path,
                             entriesPerFeed: configuration.outputs.atomEntries, logger: logger) : nil
    }

    /// Writes everything pending now (start-up, reload, shutdown, `reclassify`).
    /// - Parameter rewriteAtom: rebuild every Atom feed (after reclassification).
    /// - Throws: the exporter's or Atom writer's `StoreError`.
    public func catchUp(rewriteAtom: Bool = false) throws {
        try jsonl?.export()
        if rewriteAtom { try atom?.rewriteAll() } else { try atom?.update() }
    }
}
