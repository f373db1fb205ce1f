import BilateralClassifier
import BilateralRecords
import Foundation
import Logging
@testable import BilateralStore

/// A temporary folder with a store in it, removed by `cleanUp()`.
struct StoreFixture {
    let folder: String
    let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    init() throws {
        folder = NSTemporaryDirectory() + "bilateral-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// A fixture on a folder that already exists (left to its creator to clean up).
    init(existing folder: String) {
        self.folder = folder
    }

    var databasePath: String { folder + "/state/bilateral.sqlite" }
    var outFolder: String { folder + "/out" }

    func open(busyTimeout: Duration = .seconds(5), checkpoint: CheckpointPolicy = CheckpointPolicy()) throws -> ItemStore {
        try ItemStore.open(path: databasePath, busyTimeout: busyTimeout, checkpoint: checkpoint, logger: logger)
    }

    /// A bare connection to the fixture's database file (its folder made), without the store's migrations.
    func connection() throws -> SQLiteConnection {
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        return try SQLiteConnection(path: databasePath)
    }

    func exporter(_ store: ItemStore, batchSize: Int = 1000) -> JSONLinesExporter {
        JSONLinesExporter(store: store, directory: outFolder, batchSize: batchSize, logger: logger)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    /// The lines of an output file (empty if it does not exist).
    func lines(_ file: String) -> [String] {
        guard let text = try? String(contentsOfFile: outFolder + "/" + file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The ids of the records in an output file, in file order.
    func exportedIDs(_ file: String) throws -> [String] {
        try lines(file).map { try ItemRecord(jsonLine: $0).id }
    }

    static func file(_ path: String, items: Int = 0) -> FileState {
        FileState(path: path, size: 100, mtimeNanoseconds: 1_700_000_000_000_000_000, contentHash: SHA256.hex(path),
                  status: .ok, items: items, lastReadAt: Date(timeIntervalSince1970: 1_700_000_000))
    }

    /// A record with a given id and classification.
    static func record(_ id: String, file: String = "inbox/a.xml", title: String? = nil,
                       published: Date? = Date(timeIntervalSince1970: 1_700_000_000),
                       countries: [String] = ["CN", "RU"], topics: [String] = ["energy"],
                       dyads: [String: [String]] = ["CN-RU": ["energy"]], text: String? = nil,
                       classifier: String = "c1") -> ItemRecord {
        ItemRecord(
            id: id, feed: .init(title: "Feed of \(file)", link: "https://example.org/", file: file, format: "rss2"),
            title: title ?? "Story \(id)", link: "https://example.org/\(id)", guid: id,
            published: published, updated: nil, authors: [], categories: [], language: "en",
            text: text ?? "Story \(id). Russia and China signed a gas deal.",
            countries: countries.map { ActorMention(code: $0, name: "Name of \($0)", mentions: 2) },
            topics: topics.map { TopicScore(id: $0, score: 0.8) },
            dyads: dyads.keys.sorted().map { pair in
                Dyad(pair: pair, topics: dyads[pair]!.map { DyadTopic(id: $0, score: 0.7, evidence: ["Evidence for \(pair) \($0) <&>."]) })
            },
            recovered: false, classifier: classifier)
    }
}
