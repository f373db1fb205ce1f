import Foundation
import Logging
import Testing
@testable import BilateralService
@testable import BilateralStore

/// `bench ingest`'s worker-alone pass: every file read, parsed and classified
/// on one thread, and nothing stored.
@Suite struct IngestBenchmarkTests {
    @Test func theWorkerAlonePassClassifiesEveryItemAndStoresNothing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("corpus/a.xml", FeedFileProcessorTests.feed(["a1", "a2", "a3"]))
        try folder.write("corpus/b.xml", FeedFileProcessorTests.feed(["b1", "b2"]))
        try folder.write("corpus/.hidden.xml", FeedFileProcessorTests.feed(["h1"]))
        var base = DaemonConfiguration()
        base.lexicons = .init(shipped: false, directories: [FeedFileProcessorTests.lexicon.path])
        let bench = IngestBenchmark(corpus: folder.path("corpus"), base: base, logger: Logger(label: "test"))
        let alone = try await bench.workerAlone(scratch: folder.path("scratch"))
        #expect(alone.files == 2)
        #expect(alone.items == 5)
        #expect(alone.bytes == Int64(FeedFileProcessorTests.feed(["a1", "a2", "a3"]).utf8.count
            + FeedFileProcessorTests.feed(["b1", "b2"]).utf8.count))
        let store = try ItemStore.open(path: folder.path("scratch/state/bilateral.sqlite").path, logger: Logger(label: "test"))
        #expect(try store.counts().items == 0)
        #expect(try store.counts().files == 0)
    }

    /// A throughput run with a prefill folder: its files are stored first and
    /// taken out of the inbox, then only the corpus is counted and timed, and
    /// the database holds both (a corpus file with the name of a prefill file
    /// is read as that file rewritten with new items).
    @Test func aPrefilledRunCountsOnlyTheCorpusAndStoresBoth() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("corpus/a.xml", FeedFileProcessorTests.feed(["a1", "a2", "a3"]))
        try folder.write("corpus/b.xml", FeedFileProcessorTests.feed(["b1", "b2"]))
        try folder.write("prefill/a.xml", FeedFileProcessorTests.feed(["p1", "p2"]))
        try folder.write("prefill/c.xml", FeedFileProcessorTests.feed(["p3", "p4", "p5", "p6"]))
        var base = DaemonConfiguration()
        base.lexicons = .init(shipped: false, directories: [FeedFileProcessorTests.lexicon.path])
        base.outputs.atom = false
        let bench = IngestBenchmark(corpus: folder.path("corpus"), prefill: folder.path("prefill"), base: base,
                                    logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let run = try await bench.throughput(workers: 1, scratch: folder.path("scratch"))
        #expect(run.files == 2)
        #expect(run.items == 5)
        #expect(run.prefilledFiles == 2)
        #expect(run.prefilledItems == 6)
        let store = try ItemStore.open(path: folder.path("scratch/state/bilateral.sqlite").path,
                                       logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(try store.counts().items == 11)
        let inbox = try FileManager.default.contentsOfDirectory(atPath: folder.path("scratch/inbox").path).sorted()
        #expect(inbox == ["a.xml", "b.xml"])
    }
}
