import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

@Suite struct AtomFeedWriterTests {
    func writer(_ fx: StoreFixture, _ store: ItemStore, entries: Int = 50) -> AtomFeedWriter {
        AtomFeedWriter(store: store, directory: fx.outFolder + "/feeds", entriesPerFeed: entries,
                       baseURL: "https://example.org/feeds/", logger: fx.logger)
    }

    /// A store holding item "a" (energy, CN-RU, CN, RU) with its feeds written.
    func storeWithFeedsOfOneItem(_ fx: StoreFixture) throws -> (ItemStore, AtomFeedWriter) {
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a")])
        let w = writer(fx, store)
        try w.update()
        return (store, w)
    }

    func parsed(_ fx: StoreFixture, _ file: String) throws -> AtomFeedChecker {
        let data = try Data(contentsOf: URL(fileURLWithPath: fx.outFolder + "/feeds/" + file))
        let checker = AtomFeedChecker()
        #expect(checker.parse(data), "\(file) is not well-formed: \(String(describing: checker.error))")
        return checker
    }

    @Test func writesValidAtomWithTheRequiredElements() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let nasty = StoreFixture.record("n1", title: "Gas & oil <deal> \"signed\" \u{1}\u{7}today",
                                        text: "Russia & China \u{0}agree <b>")
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [nasty, StoreFixture.record("n2", published: nil)],
                             now: Date(timeIntervalSince1970: 1_700_100_000))
        let written = try writer(fx, store).update(now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(Set(written.map(\.fileName)) == ["topic-energy.atom", "pair-CN-RU.atom", "pair-CN-RU-energy.atom",
                                                 "country-CN.atom", "country-RU.atom"])
        let feed = try parsed(fx, "pair-CN-RU-energy.atom")
        #expect(feed.root?.name == "feed" && feed.root?.namespace == "http://www.w3.org/2005/Atom")
        #expect(feed.feedFields["id"] == "urn:bilateral:feed:pair-CN-RU-energy")
        #expect(feed.feedFields["title"] == "bilateral: CN-RU energy")
        #expect(feed.feedFields["updated"] == "2023-11-16T02:00:00Z", "the undated item, first seen then, is the latest")
        #expect(feed.feedLinks["self"] == "https://example.org/feeds/pair-CN-RU-energy.atom")
        #expect(feed.entries.count == 2)
        let entry = try #require(feed.entries.first { $0.fields["id"] == "urn:bilateral:item:n1" })
        #expect(entry.fields["title"] == "Gas & oil <deal> \"signed\" today")
        #expect(entry.fields["updated"] == "2023-11-14T22:13:20Z" && entry.fields["published"] == "2023-11-14T22:13:20Z")
        #expect(entry.links["alternate"] == "https://example.org/n1")
        #expect(entry.fields["summary"]?.contains("CN-RU energy 0.7: “Evidence for CN-RU energy <&>.”") == true)
        #expect(entry.fields["summary"]?.contains("Topics: energy 0.8") == true)
        #expect(entry.categories["urn:bilateral:topic"] == ["energy"])
        #expect(entry.categories["urn:bilateral:pair"] == ["CN-RU"])
        #expect(entry.categories["urn:bilateral:pair-topic"] == ["CN-RU energy"])
        #expect(entry.categories["urn:bilateral:country"] == ["CN", "RU"])
        let undated = try #require(feed.entries.first { $0.fields["id"] == "urn:bilateral:item:n2" })
        #expect(undated.fields["published"] == nil && undated.fields["updated"] == "2023-11-16T02:00:00Z")
    }

    @Test func keepsTheLatestNEntriesNewestFirst() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let records = (0..<5).map { StoreFixture.record("e\($0)", published: Date(timeIntervalSince1970: 1_700_000_000 + Double($0) * 60)) }
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: records)
        try writer(fx, store, entries: 3).update()
        #expect(try parsed(fx, "topic-energy.atom").entries.map { $0.fields["id"] ?? "" }
            == ["urn:bilateral:item:e4", "urn:bilateral:item:e3", "urn:bilateral:item:e2"])
    }

    @Test func rewritesOnlyAffectedFeedsAtomically() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, w) = try storeWithFeedsOfOneItem(fx)
        let energy = fx.outFolder + "/feeds/topic-energy.atom"
        let before = try inode(energy)
        #expect(try w.update().isEmpty)
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [
            StoreFixture.record("b", countries: ["US", "CN"], topics: ["trade"], dyads: ["CN-US": ["trade"]]),
        ])
        #expect(try w.update().map(\.fileName) == ["country-CN.atom", "country-US.atom", "pair-CN-US-trade.atom",
                                                   "pair-CN-US.atom", "topic-trade.atom"])
        #expect(try inode(energy) == before)
        let country = fx.outFolder + "/feeds/country-CN.atom"
        let cnBefore = try inode(country)
        _ = try store.ingest(file: StoreFixture.file("inbox/c.xml"), records: [StoreFixture.record("c")])
        try w.update()
        #expect(try inode(country) != cnBefore, "a rewrite replaces the file by rename")
        #expect(try parsed(fx, "country-CN.atom").entries.count == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: fx.outFolder + "/feeds")
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "no temporary file is left behind")
        let index = try String(contentsOfFile: fx.outFolder + "/feeds/index.txt", encoding: .utf8)
        #expect(index.split(separator: "\n").map(String.init) == [
            "country-CN.atom\tcountry CN", "country-RU.atom\tcountry RU", "country-US.atom\tcountry US",
            "pair-CN-RU-energy.atom\tCN-RU energy", "pair-CN-RU.atom\tpair CN-RU", "pair-CN-US-trade.atom\tCN-US trade",
            "pair-CN-US.atom\tpair CN-US", "topic-energy.atom\ttopic energy", "topic-trade.atom\ttopic trade",
        ])
    }

    @Test func rewriteAllAfterReclassifyDropsEmptiedFeeds() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (store, w) = try storeWithFeedsOfOneItem(fx)
        try store.updateClassifications([StoreFixture.record("a", topics: ["trade"], dyads: ["CN-RU": ["trade"]], classifier: "c2")])
        try w.rewriteAll()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: fx.outFolder + "/feeds"))
        #expect(!names.contains("topic-energy.atom") && !names.contains("pair-CN-RU-energy.atom"))
        #expect(names.isSuperset(of: ["topic-trade.atom", "pair-CN-RU-trade.atom", "pair-CN-RU.atom", "index.txt"]))
        let index = try String(contentsOfFile: fx.outFolder + "/feeds/index.txt", encoding: .utf8)
        #expect(!index.contains("energy") && index.contains("topic-trade.atom\ttopic trade\n"))
        #expect(try parsed(fx, "topic-trade.atom").entries.first?.categories["urn:bilateral:topic"] == ["trade"])
    }

    /// A round brings back what was deleted under it, without a new item: the whole
    /// folder (index.txt with it), or one feed that `index.txt` lists.
    @Test func rewritesEverythingWhenFeedsWereDeleted() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (_, w) = try storeWithFeedsOfOneItem(fx)
        let folder = fx.outFolder + "/feeds"
        let all = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(try w.update().isEmpty, "nothing new, nothing missing: nothing written")
        try FileManager.default.removeItem(atPath: folder + "/pair-CN-RU-energy.atom")
        #expect(try w.update().map(\.fileName).contains("pair-CN-RU-energy.atom"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == all)
        try FileManager.default.removeItem(atPath: folder)
        #expect(try !w.update().isEmpty)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == all)
        #expect(try parsed(fx, "topic-energy.atom").entries.count == 1)
        #expect(try w.update().isEmpty)
    }

    private func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}
