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
}
