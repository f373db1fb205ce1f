import Foundation
import Glibc
import Testing
@testable import BilateralService
@testable import BilateralStore

/// Files above `LargeFilePolicy.bytes`, streamed and stored in chunks, on a
/// policy small enough for the fixtures (any file over 100 bytes, 3 items
/// a chunk).
@Suite struct LargeFileProcessingTests {
    typealias Fixture = FeedFileProcessorTests.Fixture
    static let small = LargeFilePolicy(bytes: 100, chunkItems: 3)
    static let guids = (1...10).map { "g\($0)" }

    /// Every stored record, by id (the first-seen time is the store's, not the record's).
    static func records(_ store: ItemStore) throws -> [String: String] {
        let items = try store.storedItems(.init(limit: 1_000))
        return Dictionary(uniqueKeysWithValues: items.map { ($0.record.id, $0.record.jsonLine()) })
    }

    @Test func aStreamedFileIsStoredInChunksWithTheRecordsOfAWholeRead() async throws {
        let chunked = try Fixture(largeFiles: Self.small)
        let whole = try Fixture()
        defer { chunked.folder.remove(); whole.folder.remove() }
        for f in [chunked, whole] {
            try f.write("big.xml", FeedFileProcessorTests.feed(Self.guids + ["g2"]), age: 60)
            #expect(await f.processor.process("big.xml", trigger: .scan) == .ingested(items: 11, new: 10))
            #expect(try f.store.fileState(path: "inbox/big.xml")?.status == .ok)
            #expect(try f.store.fileState(path: "inbox/big.xml")?.items == 11)
        }
        #expect(try Self.records(chunked.store) == Self.records(whole.store))
        #expect(try Self.records(chunked.store).count == 10)
        #expect(await chunked.processor.process("big.xml", trigger: .scan) == .unchanged)
        try chunked.write("big.xml", FeedFileProcessorTests.feed(Self.guids + ["g11", "g12"]), age: 30)
        #expect(await chunked.processor.process("big.xml", trigger: .scan) == .ingested(items: 12, new: 2))
        #expect(try chunked.store.counts().items == 12)
    }

    /// Above `ownThreadBytes` (but not `bytes`) a file is read whole, on a thread outside the pool.
    @Test func aFileReadOnAThreadOfItsOwnGivesTheRecordsOfOneReadOnThePool() async throws {
        let own = try Fixture(largeFiles: LargeFilePolicy(ownThreadBytes: 100))
        let pool = try Fixture()
        defer { own.folder.remove(); pool.folder.remove() }
        for f in [own, pool] {
            try f.write("feed.xml", FeedFileProcessorTests.feed(Self.guids), age: 60)
            #expect(await f.processor.process("feed.xml", trigger: .scan) == .ingested(items: 10, new: 10))
            #expect(try f.store.fileState(path: "inbox/feed.xml")?.status == .ok)
        }
        #expect(try Self.records(own.store) == Self.records(pool.store))
        #expect(await own.processor.process("feed.xml", trigger: .scan) == .unchanged)
    }

    @Test func aChunkTheStoreRefusesLeavesTheFilePendingAndTheRetryCompletesIt() async throws {
        let f = try Fixture(largeFiles: Self.small)
        defer { f.folder.remove() }
        try f.write("big.xml", FeedFileProcessorTests.feed(Self.guids), age: 60)
        try f.store.database.transaction { db in
            try db.execute("""
                CREATE TRIGGER refuse_g5 BEFORE INSERT ON item WHEN NEW.guid = 'g5'
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        guard case .blocked = await f.processor.process("big.xml", trigger: .scan) else {
            Issue.record("a file whose chunk could not be stored is blocked (retried at the next rescan)")
            return
        }
        #expect(try f.store.counts().items == 3)  // the first chunk (g1-g3); the second held g5
        #expect(try f.store.fileState(path: "inbox/big.xml")?.status == .pending)
        try f.store.database.transaction { db in try db.execute("DROP TRIGGER refuse_g5") }
        let retried = await f.processor.process("big.xml", trigger: .scan)
        #expect(retried == .ingested(items: 10, new: 7))
        #expect(try f.store.counts().items == 10)
        #expect(try f.store.fileState(path: "inbox/big.xml")?.status == .ok)
        #expect(try f.store.files(ofItem: try #require(Self.records(f.store).keys.first)) == ["inbox/big.xml"])
    }

    @Test func shutdownStopsAStreamedFileAfterAChunkAndTheNextStartFinishesIt() async throws {
        let f = try Fixture(largeFiles: Self.small)
        defer { f.folder.remove() }
        try f.write("big.xml", FeedFileProcessorTests.feed(Self.guids), age: 60)
        let processor = f.processor
        let stopped = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await processor.process("big.xml", trigger: .scan)
        }
        guard case .unsettled = await stopped.value else {
            Issue.record("a streamed file stops between chunks when the daemon stops")
            return
        }
        #expect(try f.store.counts().items == 3)
        #expect(try f.store.fileState(path: "inbox/big.xml")?.status == .pending)
        #expect(await f.processor.process("big.xml", trigger: .scan) == .ingested(items: 10, new: 7))
        #expect(try f.store.counts().items == 10)
    }

    @Test func aLargeFileWaitsToSettleEvenWhenAnnounced() async throws {
        let f = try Fixture(largeFiles: Self.small)
        defer { f.folder.remove() }
        try f.write("big.xml", FeedFileProcessorTests.feed(Self.guids))
        guard case .unsettled(let wait) = await f.processor.process("big.xml", trigger: .event) else {
            Issue.record("a large file is stored as it is read, so it must have settled first")
            return
        }
        #expect(wait <= .seconds(1.1))
        #expect(try f.store.counts().items == 0)
    }

    @Test func aSmallGzipThatInflatesPastTheLimitIsStreamed() async throws {
        let f = try Fixture(largeFiles: LargeFilePolicy(bytes: 600, chunkItems: 3))
        defer { f.folder.remove() }
        let plain = FeedFileProcessorTests.feed(Self.guids)
        try f.write("big.xml", plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-9", f.folder.path("inbox/big.xml").path]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try Data(contentsOf: f.folder.path("inbox/big.xml.gz"))
        #expect(compressed.count < 600 && plain.utf8.count > 600)
        guard case .unsettled = await f.processor.process("big.xml.gz", trigger: .event) else {
            Issue.record("a gzip file whose document passes the limit is streamed, so it must have settled first")
            return
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: f.folder.path("inbox/big.xml.gz").path)
        #expect(await f.processor.process("big.xml.gz", trigger: .scan) == .ingested(items: 10, new: 10))
        #expect(try f.store.fileState(path: "inbox/big.xml.gz")?.status == .ok)
    }

    @Test func aLinkToALargeFileIsNotFollowedAndABrokenOneFails() async throws {
        let f = try Fixture(largeFiles: Self.small)
        defer { f.folder.remove() }
        let target = f.folder.path("elsewhere.xml")
        try Data(FeedFileProcessorTests.feed(Self.guids).utf8).write(to: target)
        #expect(symlink(target.path, f.folder.path("inbox/link.xml").path) == 0)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: target.path)
        #expect(await f.processor.process("link.xml", trigger: .scan) == .vanished)
        try f.write("bad.xml", String(repeating: "not a feed at all; ", count: 20), age: 60)
        guard case .failed = await f.processor.process("bad.xml", trigger: .scan) else {
            Issue.record("a large file from which nothing can be read goes to failed/")
            return
        }
        let report = try String(contentsOf: f.folder.path("failed/bad.xml.error.json"), encoding: .utf8)
        #expect(report.contains("inbox/bad.xml:1:1"), "the error names the inbox file, not the descriptor: \(report)")
    }
}
