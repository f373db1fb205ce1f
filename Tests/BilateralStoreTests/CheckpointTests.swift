import Foundation
import Testing
@testable import BilateralStore

/// The WAL is copied back into the database by the store's checkpoint
/// thread, or by the writer's commit once the log reaches the inline bound;
/// either way nothing written is lost.
@Suite struct CheckpointTests {
    /// Stores `files` files of 5 records each, one transaction per file.
    private func ingest(_ store: ItemStore, files: Range<Int>) throws {
        for f in files {
            let records = (0..<5).map { StoreFixture.record("f\(f)-\($0)", file: "inbox/f\(f).xml",
                                                             text: String(repeating: "Long text \(f) \($0). ", count: 200)) }
            _ = try store.ingest(file: StoreFixture.file("inbox/f\(f).xml", items: 5), records: records)
        }
    }

    /// Waits up to 10 s for `condition`.
    private func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return condition()
    }

    private func walSize(_ fx: StoreFixture) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: fx.databasePath + "-wal"))?[.size] as? Int) ?? 0
    }

    @Test func theThreadCheckpointsAndTheWriterDoesNot() async throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(checkpoint: CheckpointPolicy(backgroundBytes: 128 << 10, inlineBytes: 1 << 30))
        try ingest(store, files: 0..<40)
        #expect(try await eventually { store.checkpoints.background > 0 })
        #expect(store.checkpoints.inline == 0)
        #expect(store.checkpoints.failed == 0)
        #expect(try store.counts().items == 200)
    }

    @Test func theWriterCheckpointsAtTheInlineBound() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(checkpoint: CheckpointPolicy(backgroundBytes: 256 << 10, inlineBytes: 256 << 10))
        let opened = walSize(fx)  // the migrations' transactions (~100 pages)
        try ingest(store, files: 0..<40)
        let counts = store.checkpoints
        #expect(counts.inline > 0)
        #expect(counts.background == 0)
        // The log is reused from its start after a complete checkpoint: it
        // grows by a few transactions at most (measured: 0.3 MB) instead of
        // holding all 40 (the control below: 10.7 MB).
        #expect(walSize(fx) <= opened + (1 << 20))
    }

    @Test func withoutCheckpointsTheLogGrows() throws {
        // The control for the test above: the same writes with the thread
        // never woken and no inline bound in reach.
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(checkpoint: CheckpointPolicy(backgroundBytes: 1 << 30, inlineBytes: 1 << 30))
        let opened = walSize(fx)
        try ingest(store, files: 0..<40)
        #expect(store.checkpoints == CheckpointCounts())
        #expect(walSize(fx) > opened + (2 << 20))
    }

    @Test func newDatabasesHaveSixteenKiBPagesAndOldOnesKeepTheirs() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        #expect(try store.database.withConnection { try $0.statement("PRAGMA page_size").rows { $0.int(0) } } == [16384])
        // A database made with 4 KiB pages (as before) stays so, and works.
        let old = try StoreFixture()
        defer { old.cleanUp() }
        try FileManager.default.createDirectory(atPath: old.folder + "/state", withIntermediateDirectories: true)
        do {
            let raw = try SQLiteConnection(path: old.databasePath, create: true, readOnly: false)
            try raw.execute("PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM; CREATE TABLE t(x)")
        }
        let reopened = try old.open()
        #expect(try reopened.database.withConnection { try $0.statement("PRAGMA page_size").rows { $0.int(0) } } == [4096])
        try ingest(reopened, files: 0..<3)
        #expect(try reopened.counts().items == 15)
    }

    @Test func readersAndWritersAlongsideCheckpointsLoseNothing() async throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        do {
            let store = try fx.open(checkpoint: CheckpointPolicy(backgroundBytes: 1, inlineBytes: 4 << 20))
            let exporter = fx.exporter(store, batchSize: 7)
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                do {
                    try ingest(store, files: (worker * 25)..<(worker * 25 + 25))
                    _ = try store.storedIDs(among: ["f\(worker * 25)-0"])
                    try exporter.export()
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            try exporter.export()
            #expect(store.checkpoints.background > 0)
            #expect(store.checkpoints.failed == 0)
        }
        // Reopened (the first store closed, its checkpoint thread stopped): all there, once.
        let store = try fx.open()
        #expect(try store.counts().items == 500)
        let exported = try FileManager.default.contentsOfDirectory(atPath: fx.outFolder).flatMap { try fx.exportedIDs($0) }
        #expect(exported.count == 500 && Set(exported).count == 500)
    }
}
