import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// The feeds written for a small store must be byte for byte those in
/// `Fixtures/atom-golden/` (made by the writer before its round was
/// rebuilt around an entry cache and batches): same feeds, entries, order
/// and text. Regenerate, after an intended change of the output, with
///     BILATERAL_REGENERATE_FIXTURES=1 swift test --filter AtomFeedGoldenTests
/// and review the diff.
@Suite struct AtomFeedGoldenTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Twelve items over two ingests: ties on the published time (ordered by
    /// seq), undated items, untitled ones, authors, updated dates, XML
    /// metacharacters and control characters, several pairs and topics.
    static func records(_ batch: Int) -> [ItemRecord] {
        let t0 = 1_700_000_000.0
        func at(_ minutes: Double) -> Date { Date(timeIntervalSince1970: t0 + minutes * 60) }
        if batch == 1 {
            var withAuthors = StoreFixture.record("g1", title: "Gas & \"oil\" <deal>\u{1}", published: at(5))
            withAuthors.authors = ["A. Writer", "", "B <Editor>"]
            withAuthors.updated = at(90)
            var untitled = StoreFixture.record("g2", title: "  ", published: at(5), countries: ["CN", "US"],
                                               topics: ["trade"], dyads: ["CN-US": ["trade"]],
                                               text: String(repeating: "Trade talks between China and the US. ", count: 4))
            untitled.title = nil
            return [
                withAuthors, untitled,
                StoreFixture.record("g3", published: at(5)),
                StoreFixture.record("g4", published: nil, countries: ["RU", "UA"], topics: ["security"],
                                    dyads: ["RU-UA": ["security", "energy"]]),
                StoreFixture.record("g5", published: at(1), countries: ["CN", "RU", "US"], topics: ["energy", "trade"],
                                    dyads: ["CN-RU": ["energy"], "CN-US": ["trade"], "RU-US": []]),
                StoreFixture.record("g6", published: at(-30), countries: ["FR"], topics: [], dyads: [:], text: ""),
            ]
        }
        return [
            StoreFixture.record("g7", published: at(10)),
            StoreFixture.record("g8", published: at(2), countries: ["CN", "US"], topics: ["trade"], dyads: ["CN-US": ["trade"]]),
            StoreFixture.record("g9", published: at(5), countries: ["RU", "UA"], topics: ["energy"], dyads: ["RU-UA": ["energy"]]),
            StoreFixture.record("g10", published: at(-100)),
            StoreFixture.record("g11", published: nil, countries: ["FR", "DE"], topics: ["trade"], dyads: ["DE-FR": ["trade"]]),
            StoreFixture.record("g12", published: at(5), text: "Tab\there, new\nline & <b>bold</b> \u{FFFE}"),
        ]
    }

    /// Writes the feeds of `records(1)`, then of `records(2)` by update, into `fx`'s feeds folder.
    /// - Parameter configure: changes to the writer (batching, observer).
    static func writeFeeds(_ fx: StoreFixture, configure: (inout AtomFeedWriter) -> Void = { _ in })
        throws -> (ItemStore, AtomFeedWriter) {
        let store = try fx.open()
        var writer = AtomFeedWriter(store: store, directory: fx.outFolder + "/feeds", entriesPerFeed: 4,
                                    baseURL: "https://example.org/feeds", logger: fx.logger)
        configure(&writer)
        _ = try store.ingest(file: StoreFixture.file("inbox/g1.xml"), records: records(1),
                             now: Date(timeIntervalSince1970: 1_700_050_000))
        try writer.update(now: now)
        _ = try store.ingest(file: StoreFixture.file("inbox/g2.xml"), records: records(2),
                             now: Date(timeIntervalSince1970: 1_700_060_000))
        try writer.update(now: now)
        return (store, writer)
    }

    /// The files of a feeds folder (temporary files excluded), by name.
    static func contents(of folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            files[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return files
    }

    static var goldenFolder: String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures/atom-golden"
    }

    @Test func updatesWriteTheGoldenFeeds() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        _ = try Self.writeFeeds(fx)
        let written = try Self.contents(of: fx.outFolder + "/feeds")
        if ProcessInfo.processInfo.environment["BILATERAL_REGENERATE_FIXTURES"] != nil {
            try regenerate(written)
        }
        let golden = try Self.contents(of: Self.goldenFolder)
        #expect(written.keys.sorted() == golden.keys.sorted())
        for (name, text) in golden.sorted(by: { $0.key < $1.key }) {
            #expect(written[name] == text, "\(name) differs from Fixtures/atom-golden/\(name)")
        }
    }

    @Test func rewriteAllWritesTheGoldenFeedsToo() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let (_, writer) = try Self.writeFeeds(fx)
        try FileManager.default.removeItem(atPath: fx.outFolder + "/feeds")
        try writer.rewriteAll(now: Self.now)
        #expect(try Self.contents(of: fx.outFolder + "/feeds") == Self.contents(of: Self.goldenFolder))
    }

    /// Writes `files` over the source fixtures (next to this file).
    private func regenerate(_ files: [String: String], sourceFile: String = #filePath) throws {
        let folder = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().path + "/Fixtures/atom-golden"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        Issue.record("regenerated \(files.count) files in \(folder): review the diff, then run again without BILATERAL_REGENERATE_FIXTURES")
    }
}
