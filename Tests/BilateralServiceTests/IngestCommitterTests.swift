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

    /// A committer on a new store with `files` and `pace` limits, handed a first file (a1).
    static func paced(_ folder: TemporaryFolder, files: Int, pace: Duration) async throws -> IngestCommitter {
        let limits = IngestCommitter.Limits(files: files, items: 100, backlog: 10, pace: pace)
        let committer = IngestCommitter(store: try open(folder), limits: limits, logger: Logger(label: "test"))
        _ = await committer.enqueue(ingest("inbox/a", ids: ["a1"]))
        return committer
    }

    /// Under load (the last batch held several files) the next batch waits for
    /// files up to its limits or the pace; a lone file after a lone file does not.
    @Test func underLoadBatchesFillUpAndALoneFileGoesAtOnce() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let committer = try await Self.paced(folder, files: 3, pace: .seconds(600))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/a"])  // nothing before: at once
        _ = await committer.enqueue(Self.ingest("inbox/b", ids: ["b1"]))
        #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/b"])  // after a lone file: at once
        #expect(clock.now - start < .seconds(300))  // not the 600 s pace (with room for a starved test pool)
        _ = await committer.enqueue(Self.ingest("inbox/c", ids: ["c1"]))
        _ = await committer.enqueue(Self.ingest("inbox/d", ids: ["d1"]))
        _ = await committer.enqueue(Self.ingest("inbox/e", ids: ["e1"]))
        _ = await committer.enqueue(Self.ingest("inbox/f", ids: ["f1"]))
        #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/c", "inbox/d", "inbox/e"])
        // Under load now: f waits for two more files, which arrive while it waits.
        let next = Task { await committer.nextBatch()?.map(\.ingest.file.path) }
        try await Task.sleep(for: .milliseconds(50))
        _ = await committer.enqueue(Self.ingest("inbox/g", ids: ["g1"]))
        _ = await committer.enqueue(Self.ingest("inbox/h", ids: ["h1"]))
        #expect(await next.value == ["inbox/f", "inbox/g", "inbox/h"])
        // close() ends a wait at once.
        _ = await committer.enqueue(Self.ingest("inbox/i", ids: ["i1"]))
        let last = Task { await committer.nextBatch()?.map(\.ingest.file.path) }
        try await Task.sleep(for: .milliseconds(50))
        await committer.close()
        #expect(await last.value == ["inbox/i"])
        #expect(clock.now - start < .seconds(300))  // not the 600 s pace (with room for a starved test pool)
    }

    /// The pace bounds the wait: under load, a batch that does not fill up goes when it is over.
    @Test func underLoadAPartialBatchGoesWhenThePaceIsOver() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let committer = try await Self.paced(folder, files: 10, pace: .milliseconds(200))
        _ = await committer.enqueue(Self.ingest("inbox/b", ids: ["b1"]))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(await committer.nextBatch()?.count == 2)
        _ = await committer.enqueue(Self.ingest("inbox/c", ids: ["c1"]))
        #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/c"])
        #expect(clock.now - start >= .milliseconds(190))
    }

    /// A backlog smaller than a batch ends the wait once it is full (workers cannot hand over more).
    @Test func underLoadAFullBacklogEndsTheWait() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let limits = IngestCommitter.Limits(files: 10, items: 100, backlog: 2, pace: .seconds(600))
        let committer = IngestCommitter(store: try Self.open(folder), limits: limits, logger: Logger(label: "test"))
        for name in ["a", "b"] { _ = await committer.enqueue(Self.ingest("inbox/\(name)", ids: [name + "1"])) }
        #expect(await committer.nextBatch()?.count == 2)
        for name in ["c", "d"] { _ = await committer.enqueue(Self.ingest("inbox/\(name)", ids: [name + "1"])) }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(await committer.nextBatch()?.map(\.ingest.file.path) == ["inbox/c", "inbox/d"])
        #expect(clock.now - start < .seconds(300))  // not the 600 s pace (with room for a starved test pool)
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
