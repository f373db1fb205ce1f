import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// The round's batching: the same feeds whatever the batch sizes, each item
/// rendered once, the store released between batches (so ingest can run
/// there), and unchanged files left alone.
@Suite struct AtomFeedRoundTests {
    /// Events in the order the writer sent them.
    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [AtomRoundEvent] = []
        func append(_ event: AtomRoundEvent) { lock.withLock { list.append(event) } }
        var events: [AtomRoundEvent] { lock.withLock { list } }
    }

    static let tiny = AtomBatching(entriesPerBatch: 8, recordsPerHold: 3, keysPerHold: 2, itemsPerHold: 2, cacheBytes: 0)

    @Test(arguments: [AtomBatching(), tiny, AtomBatching(entriesPerBatch: 1, recordsPerHold: 1, keysPerHold: 1, itemsPerHold: 1)])
    func anyBatchingWritesTheGoldenFeeds(_ batching: AtomBatching) throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (_, writer) = try AtomFeedGoldenTests.writeFeeds(fx) { $0.batching = batching }
        let golden = try AtomFeedGoldenTests.contents(of: AtomFeedGoldenTests.goldenFolder)
        #expect(try AtomFeedGoldenTests.contents(of: fx.outFolder + "/feeds") == golden)
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        try writer.rewriteAll(now: AtomFeedGoldenTests.now)
        #expect(try AtomFeedGoldenTests.contents(of: fx.outFolder + "/feeds") == golden)
    }

    @Test func eachItemIsRenderedOncePerRound() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, writer) = try AtomFeedGoldenTests.writeFeeds(fx)
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        let report = try writer.round(rewriteAll: true, now: AtomFeedGoldenTests.now)
        let listed = try Set(report.feeds.flatMap { try store.storedItems($0.query(limit: 4)).map(\.seq) })
        #expect(report.itemsRendered == listed.count, "every listed item once, though most are in several feeds")
        #expect(report.entriesListed > report.itemsRendered)
        #expect(report.written == report.feeds.count && report.feeds.count == 19)

        var uncached = writer
        uncached.batching = Self.tiny
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        let again = try uncached.round(rewriteAll: true, now: AtomFeedGoldenTests.now)
        #expect(again.itemsRendered > listed.count, "with no cache, an item is rendered again in each batch")
    }

    @Test func theStoreIsReleasedBetweenBatchesAndNoFileIsWrittenWhileHeld() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let log = EventLog()
        _ = try AtomFeedGoldenTests.writeFeeds(fx) { $0.batching = Self.tiny; $0.observer = log.append }
        var held = false
        var holds = 0
        for event in log.events {
            switch event {
            case .storeTaken: #expect(!held); held = true; holds += 1
            case .storeReleased: #expect(held); held = false
            case .wrote(let name): #expect(!held, "\(name) written while the store is held")
            }
        }
        #expect(!held)
        let writes = log.events.filter { if case .wrote = $0 { return true } else { return false } }.count
        #expect(writes >= 19)
        #expect(holds > writes / 2, "2 feeds of 4 entries per batch: at least one hold per batch, plus record reads")
    }

    @Test func ingestRunsBetweenBatchesAndTheNextRoundPicksItUp() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: AtomFeedGoldenTests.records(1))
        let log = EventLog()
        var writer = AtomFeedWriter(store: store, directory: fx.outFolder + "/feeds", entriesPerFeed: 4, logger: fx.logger)
        writer.batching = Self.tiny
        writer.observer = { event in
            log.append(event)
            // Between two batches (after the first file is written), a worker stores a file.
            if event == .wrote("country-CN.atom") {
                _ = try? store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [
                    StoreFixture.record("late", countries: ["JP", "KR"], topics: ["trade"], dyads: ["JP-KR": ["trade"]]),
                ])
            }
        }
        let first = try writer.update()
        #expect(log.events.contains(.wrote("country-CN.atom")))
        #expect(try store.item(id: "late") != nil, "the ingest ran while the round was under way")
        #expect(!first.contains(.country("JP")))
        let second = try writer.update()
        #expect(second == [.country("JP"), .country("KR"), .pairTopic(pair: "JP-KR", topic: "trade"),
                           .pair("JP-KR"), .topic("trade")])
        let index = try String(contentsOfFile: fx.outFolder + "/feeds/index.txt", encoding: .utf8)
        #expect(index.contains("country-JP.atom\t") && index.contains("pair-JP-KR-trade.atom\t"))
    }

    /// A round asked to stop (a SIGTERM) stops between batches without recording its
    /// progress: the next update covers the same new items and writes their feeds.
    @Test func aStoppedRoundLeavesItsItemsToTheNextOne() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, writer) = try AtomFeedGoldenTests.writeFeeds(fx)
        _ = try store.ingest(file: StoreFixture.file("inbox/new.xml"), records: [
            StoreFixture.record("new", countries: ["JP", "KR"], topics: ["trade"], dyads: ["JP-KR": ["trade"]]),
        ])
        var cache = AtomEntryCache(budget: 0)
        var asked = 0
        #expect(throws: CancellationError.self) {
            try writer.round(rewriteAll: false, now: AtomFeedGoldenTests.now, cache: &cache) { asked += 1; return true }
        }
        #expect(asked == 1)
        #expect(!FileManager.default.fileExists(atPath: fx.outFolder + "/feeds/pair-JP-KR.atom"))
        let next = try writer.round(rewriteAll: false, now: AtomFeedGoldenTests.now)
        #expect(Set(next.feeds).isSuperset(of: [.pair("JP-KR"), .country("JP"), .country("KR")]))
        #expect(FileManager.default.fileExists(atPath: fx.outFolder + "/feeds/pair-JP-KR.atom"))
    }

    @Test func aFeedWhoseContentDidNotChangeIsLeftAlone() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, writer) = try AtomFeedGoldenTests.writeFeeds(fx)
        let cn = fx.outFolder + "/feeds/country-CN.atom"
        let inode = try FileManager.default.attributesOfItem(atPath: cn)[.systemFileNumber] as? NSNumber
        let report = try writer.round(rewriteAll: true, now: AtomFeedGoldenTests.now)
        #expect(report.written == 0 && report.unchanged == report.feeds.count)
        #expect(try FileManager.default.attributesOfItem(atPath: cn)[.systemFileNumber] as? NSNumber == inode)
        // An old item belongs in country-CN but is not among its 4 latest: the file stays as it is.
        _ = try store.ingest(file: StoreFixture.file("inbox/old.xml"), records: [
            StoreFixture.record("old", published: Date(timeIntervalSince1970: 1_600_000_000), countries: ["CN"], topics: [], dyads: [:]),
        ])
        let update = try writer.round(rewriteAll: false, now: AtomFeedGoldenTests.now)
        #expect(update.feeds == [.country("CN")] && update.written == 0 && update.unchanged == 1)
    }

    @Test(arguments: [1, 2, 3, 512])
    func allKeysPagedMatchesTheKeysOfEveryItem(perHold: Int) throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        var (store, writer) = try AtomFeedGoldenTests.writeFeeds(fx)
        let all = try store.database.withConnection { db in try AtomState.keys(db, after: 0, upTo: .max) }
        let sorted = all.sorted { $0.fileName < $1.fileName }
        writer.batching.keysPerHold = perHold
        writer.batching.itemsPerHold = perHold
        var round = AtomRound(writer)
        #expect(try round.allKeys() == sorted)
        #expect(try round.keys(after: 0, upTo: 12) == sorted)
        #expect(round.report.storeHolds >= sorted.count / perHold + 12 / perHold)
    }

    @Test func entryListsAreThoseOfTheStoresItemQuery() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let codes = ["CN", "DE", "FR", "RU", "US"]
        for file in 0..<6 {
            let records = (0..<40).map { i -> ItemRecord in
                let countries = Array(Set((0..<(1 + next(3))).map { _ in codes[next(codes.count)] })).sorted()
                let pair = countries.count > 1 ? [countries[0] + "-" + countries[1]: next(2) == 0 ? ["energy"] : ["trade", "energy"]] : [:]
                let published = next(4) == 0 ? nil : Date(timeIntervalSince1970: 1_700_000_000 + Double(next(20)) * 60)
                return StoreFixture.record("r\(file)-\(i)", published: published, countries: countries,
                                           topics: next(2) == 0 ? ["trade"] : ["energy"], dyads: pair)
            }
            _ = try store.ingest(file: StoreFixture.file("inbox/\(file).xml"), records: records,
                                 now: Date(timeIntervalSince1970: 1_700_000_000 + Double(next(30)) * 60))
        }
        let writer = AtomFeedWriter(store: store, directory: fx.outFolder + "/feeds", logger: fx.logger)
        var round = AtomRound(writer)
        let keys = try round.allKeys()
        #expect(keys.count > 10)
        for key in keys {
            for limit in [1, 7, 100] {
                let expected = try store.storedItems(key.query(limit: limit)).map(\.seq)
                let listed = try store.database.withConnection { db in try store.atomEntrySeqs(of: key, limit: limit, db: db) }
                #expect(listed == expected, "\(key.fileName), limit \(limit)")
            }
        }
    }

    @Test func entriesKeptAcrossRoundsAreReusedUnlessTheirRecordChanged() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, writer) = try AtomFeedGoldenTests.writeFeeds(fx)
        let golden = try AtomFeedGoldenTests.contents(of: AtomFeedGoldenTests.goldenFolder)
        var cache = AtomEntryCache()
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        let first = try writer.round(rewriteAll: true, now: AtomFeedGoldenTests.now, cache: &cache)
        let listed = try Set(first.feeds.flatMap { try store.storedItems($0.query(limit: 4)).map(\.seq) })
        #expect(first.itemsRendered == listed.count && first.written == 19)
        let again = try writer.round(rewriteAll: true, now: AtomFeedGoldenTests.now, cache: &cache)
        #expect(again.itemsRendered == 0 && again.unchanged == 19)
        #expect(try AtomFeedGoldenTests.contents(of: fx.outFolder + "/feeds") == golden)

        try store.updateClassifications([StoreFixture.record("g7", published: Date(timeIntervalSince1970: 1_700_000_600),
                                                             topics: ["trade"], dyads: ["CN-RU": ["trade"]], classifier: "c2")])
        let reclassified = try writer.round(rewriteAll: true, now: AtomFeedGoldenTests.now, cache: &cache)
        #expect(reclassified.itemsRendered == 1, "only the changed record is rendered again")
        let withCache = try AtomFeedGoldenTests.contents(of: fx.outFolder + "/feeds")
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        try writer.rewriteAll(now: AtomFeedGoldenTests.now)
        #expect(try AtomFeedGoldenTests.contents(of: fx.outFolder + "/feeds") == withCache, "same files as with no cache")
        #expect(withCache["topic-trade.atom"]?.contains("urn:bilateral:item:g7") == true)
    }
}
