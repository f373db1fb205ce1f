import BilateralClassifier
import BilateralRecords
import BilateralStore
import Foundation
import Logging
import Testing
@testable import BilateralService

@Suite struct AtomFeedServiceTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    static func record(_ id: String, country: String) -> ItemRecord {
        ItemRecord(id: id, feed: .init(title: "Feed", link: nil, file: "inbox/a.xml", format: "rss2"), title: "Story \(id)",
                   link: nil, guid: id, published: Date(timeIntervalSince1970: 1_700_000_000), updated: nil, authors: [],
                   categories: [], language: "en", text: "Text of \(id).",
                   countries: [ActorMention(code: country, name: "Name of \(country)", mentions: 1)], topics: [], dyads: [],
                   recovered: false, classifier: "c1")
    }

    static func file(_ path: String) -> FileState {
        FileState(path: path, size: 1, mtimeNanoseconds: 1, contentHash: path, status: .ok, items: 1,
                  lastReadAt: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func aRoundWritesNewFeedsAndARequestedRewriteDropsEmptiedOnes() async throws {
        let folder = try TemporaryFolder("bilateral-atom-service")
        defer { folder.remove() }
        let store = try ItemStore.open(path: folder.path("state/db.sqlite").path, logger: Self.logger)
        let feeds = folder.path("feeds").path
        let writer = AtomFeedWriter(store: store, directory: feeds, entriesPerFeed: 10, logger: Self.logger)
        let service = AtomFeedService(schedule: AtomFeedService.Schedule()) { (writer, .seconds(7), Self.logger) }
        _ = try store.ingest(file: Self.file("inbox/a.xml"), records: [Self.record("a", country: "FR")])

        #expect(await service.round() >= .seconds(7))
        #expect(FileManager.default.fileExists(atPath: feeds + "/country-FR.atom"))
        #expect(await service.schedule.entries.count == 1, "the rendered entry is kept for the next rounds")

        try store.updateClassifications([Self.record("a", country: "DE")])
        #expect(await service.round() >= .seconds(7), "an update round: nothing new, the FR feed stays")
        #expect(FileManager.default.fileExists(atPath: feeds + "/country-FR.atom"))
        await service.schedule.requestRewrite()
        _ = await service.round()
        #expect(!FileManager.default.fileExists(atPath: feeds + "/country-FR.atom"))
        #expect(FileManager.default.fileExists(atPath: feeds + "/country-DE.atom"))
    }
}

@Suite struct AtomFeedPauseTests {
    /// A quick round waits the configured interval; a long one waits four times its duration,
    /// so that Atom rounds take at most about a fifth of the time under a heavy stream.
    @Test func pauseIsTheIntervalOrFourRounds() {
        #expect(AtomFeedService.pause(after: .milliseconds(200), interval: .seconds(10)) == .seconds(10))
        #expect(AtomFeedService.pause(after: .seconds(5), interval: .seconds(10)) == .seconds(20))
        #expect(AtomFeedService.pause(after: .seconds(3), interval: .zero) == .seconds(12))
    }
}
