import BilateralRecords
import BilateralStore
import Foundation
import Logging

/// Brings the outputs under `out/` up to date with the store after each
/// ingest: the JSON Lines exporter appends every item not exported yet
/// (exactly once, resuming after a crash), and the Atom feeds of the
/// topics, pairs and countries of the new items are rewritten.
public struct OutputWriter: Sendable {
    public var jsonl: JSONLinesExporter?
    public var atom: AtomFeedsUpdater?

    public init(jsonl: JSONLinesExporter?, atom: AtomFeedsUpdater?) {
        self.jsonl = jsonl
        self.atom = atom
    }

    /// The writer `configuration` asks for, over `store`.
    public init(configuration: DaemonConfiguration, paths: DaemonConfiguration.Paths, store: ItemStore, logger: Logger) {
        jsonl = configuration.outputs.jsonl
            ? JSONLinesExporter(store: store, directory: paths.out.path, logger: logger) : nil
        atom = configuration.outputs.atom
            ? AtomFeedsUpdater(store: store, directory: paths.out, entries: configuration.outputs.atomEntries,
                               logger: logger) : nil
    }

    /// Catches up after `records` were stored.
    /// - Throws: the exporter's or Atom writer's error (the items stay stored and are written next time).
    public func write(_ records: [ItemRecord], logger: Logger) throws {
        try jsonl?.export()
        if !records.isEmpty { try atom?.update(for: records) }
    }

    /// Catches up at start-up (a crash may have left items unexported).
    public func catchUp() throws {
        try jsonl?.export()
    }
}
