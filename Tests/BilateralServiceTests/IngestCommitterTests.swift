import BilateralRecords
import BilateralStore
import Foundation
import Logging
import Testing
@testable import BilateralService

@Suite struct IngestCommitterTests {
    static func record(_ id: String, file: String) -> ItemRecord {
        ItemRecord(id: id, feed: .init(title: "F", link: nil, file: file, format: "rss2"), title: id, link: nil,
                   guid: id, published: nil, updated: nil, authors: [], categories: [], language: "en",
                   text: "text of \(id)", countries: [], topics: [], dyads: [], recovered: false, classifier: "c1")
    }

    static func ingest(_ file: String, ids: [String], knownIDs: [String] = [], feed: Bool = true) -> FileIngest {
        FileIngest(file: FileState(path: file, size: 1, mtimeNanoseconds: 1, contentHash: file, status: .ok,
                                   items: ids.count + knownIDs.count, lastReadAt: Date(timeIntervalSince1970: 0)),
                   records: ids.map { record($0, file: file) }, knownIDs: knownIDs,
                   knownFeed: feed ? .init(title: "F", link: nil, file: file, format: "rss2") : nil)
    }

    static func open(_ folder: TemporaryFolder) throws -> ItemStore {
        try ItemStore.open(path: folder.url.appendingPathComponent("db.sqlite").path, logger: Logger(label: "test"))
    }

    /// Files handed over while the writer is not running go out in one batch, within the limits.
    @Test func batchesFollowTheLimits() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.open(folder)
        do {
            let committer = IngestCommitter(store: store, limits: .init(files: 2, items: 3, backlog: 10), logger: Logger(label: "test"))
            _ = await committer.enqueue(Self.ingest("inbox/a", ids: ["a1"]))
            _ = await committer.enqueue(Self.ingest("inbox/b", ids: ["b1"]))
            _ = await committer.enqueue(Self.ingest("inbox/c", ids: ["c1", "c2"]))
            _ = await committer.enqueue(Self.ingest("inbox/d", ids: ["d1", "d2", "d3", "d4"]))
            #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/a", "inbox/b"])
            // c (2 items) fits; c + d (6) is over 3 items, and a lone large file still goes.
            #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/c"])
            #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/d"])
            await committer.close()
            #expect(await committer.nextBatch() == nil)
        }
    }

    /// Every ticket gets its own file's result once the batch is durable; a file the
    /// store refuses fails alone and the rest of its batch is stored.
    @Test func resultsReachTheirTicketsAndABadFileFailsAlone() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.open(folder)
        do {
            let committer = IngestCommitter(store: store, logger: Logger(label: "test"))
            let a = await committer.enqueue(Self.ingest("inbox/a", ids: ["a1", "shared"]))
            let bad = await committer.enqueue(Self.ingest("inbox/bad", ids: [], knownIDs: ["a1"], feed: false))
            let b = await committer.enqueue(Self.ingest("inbox/b", ids: ["shared", "b1"]))
            await committer.close()
            await committer.run()
            #expect(try await committer.result(of: a).get() == IngestResult(newIDs: ["a1", "shared"]))
            #expect(try await committer.result(of: b).get() == IngestResult(newIDs: ["b1"], existingIDs: ["shared"]))
            guard case .failure(let error) = await committer.result(of: bad) else {
                Issue.record("the file without a feed was stored")
                return
            }
            #expect(error.code == .invalid)
            #expect(try store.counts().items == 3)
            #expect(try store.files().map(\.path) == ["inbox/a", "inbox/b"])
        }
    }

    /// A full backlog makes `enqueue` wait until the writer takes a batch.
    @Test func fullBacklogWaitsForTheWriter() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.open(folder)
        do {
            let committer = IngestCommitter(store: store, limits: .init(files: 1, items: 100, backlog: 1), logger: Logger(label: "test"))
            _ = await committer.enqueue(Self.ingest("inbox/a", ids: ["a1"]))
            let second = Task { await committer.enqueue(Self.ingest("inbox/b", ids: ["b1"])) }
            #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/a"])
            _ = await second.value
            #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/b"])
        }
    }

    /// The writer loop waits for work and returns after `close()` once the backlog is committed.
    @Test func runCommitsWhatArrivesAndStopsOnClose() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.open(folder)
        do {
            let commits = Counter()
            let committer = IngestCommitter(store: store, logger: Logger(label: "test")) { await commits.increment() }
            let writer = Task { await committer.run() }
            let a = await committer.enqueue(Self.ingest("inbox/a", ids: ["a1"]))
            #expect(try await committer.result(of: a).get().newIDs == ["a1"])
            let b = await committer.enqueue(Self.ingest("inbox/b", ids: ["b1"]))
            await committer.close()
            await writer.value
            #expect(try await committer.result(of: b).get().newIDs == ["b1"])
            #expect(await commits.value >= 1)
            #expect(try store.counts().items == 2)
        }
    }
}

actor Counter {
    private(set) var value = 0
    func increment() { value += 1 }
}
