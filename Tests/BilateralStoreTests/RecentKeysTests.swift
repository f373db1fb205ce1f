import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// New classification rows go to `item_key_recent` and move into `item_key`
/// once there are `RecentKeyPolicy.mergeRows` of them; every reader sees the
/// union, whatever the split.
@Suite struct RecentKeysTests {
    /// Six items over three commits, with dates out of order, so that merged and
    /// recent rows of one key interleave in recency.
    static func ingestSix(_ store: ItemStore) throws {
        let days = [5, 1, 4, 2, 6, 3]
        for commit in 0..<3 {
            let records = (0..<2).map { n -> ItemRecord in
                let i = commit * 2 + n
                return StoreFixture.record("i\(i)", file: "inbox/f\(commit).xml",
                                           published: Date(timeIntervalSince1970: 1_700_000_000 + Double(days[i]) * 86_400),
                                           countries: i % 2 == 0 ? ["CN", "RU"] : ["CN", "FR"],
                                           topics: i % 3 == 0 ? ["energy"] : ["trade"],
                                           dyads: i % 2 == 0 ? ["CN-RU": [i % 3 == 0 ? "energy" : "trade"]] : ["CN-FR": ["trade"]])
            }
            _ = try store.ingest(file: StoreFixture.file("inbox/f\(commit).xml", items: 2), records: records)
        }
    }

    static func count(_ table: String, _ store: ItemStore) throws -> Int {
        try store.database.withConnection { db in try db.statement("SELECT count(*) FROM \(table)").rows { $0.int(0) }[0] }
    }

    /// Everything a reader can ask about the keys: queries of each kind (with and without
    /// the index), the views, the Atom feeds' keys and entries.
    static func answers(_ store: ItemStore) throws -> [String] {
        let queries = [ItemQuery(country: "CN"), ItemQuery(country: "FR"), ItemQuery(topic: "trade"),
                       ItemQuery(pair: "CN-RU"), ItemQuery(topic: "trade", pair: "CN-RU"),
                       ItemQuery(country: "CN", limit: 3), ItemQuery(topic: "energy", since: Date(timeIntervalSince1970: 1_700_000_000 + 3 * 86_400))]
        var out: [String] = []
        for query in queries {
            out.append("\(query): " + (try store.query(query)).map(\.id).joined(separator: ","))
            let general = try store.storedItems(sql: ItemQuerySQL(query, useRecencyIndex: false)).map(\.record.id)
            #expect(try store.query(query).map(\.id) == general, "\(query)")
        }
        out += try store.database.withConnection { db in
            try ["SELECT code || ' ' || item_seq || ' ' || mentions FROM item_country",
                 "SELECT topic || ' ' || item_seq FROM item_topic", "SELECT pair || ' ' || item_seq FROM item_dyad",
                 "SELECT pair || ' ' || topic || ' ' || item_seq || ' ' || score FROM item_dyad_topic"]
                .flatMap { try db.statement($0).rows { $0.text(0) ?? "" } }.sorted()
        }
        for kind in AtomFeedKey.Kind.allCases {
            var key: AtomFeedKey?
            while let next = try store.database.withConnection({ db in try store.atomKey(kind, after: key, db: db) }) {
                let seqs = try store.database.withConnection { db in try store.atomEntrySeqs(of: next, limit: 4, db: db) }
                out.append("\(next): \(seqs)")
                key = next
            }
        }
        return out
    }

    @Test func readersSeeTheSameWhereverTheRowsAre() throws {
        var results: [[String]] = []
        var splits: [(recent: Int, merged: Int)] = []
        for mergeRows in [1_000_000, 15, 1] {
            let fx = try StoreFixture()
            defer { fx.cleanUp() }
            let store = try fx.open(recentKeys: RecentKeyPolicy(mergeRows: mergeRows))
            try Self.ingestSix(store)
            results.append(try Self.answers(store))
            // Newest first across commits and tables (published days 2, 4, 6 of the CN-FR items).
            #expect(try store.query(ItemQuery(country: "FR")).map(\.id) == ["i5", "i3", "i1"])
            #expect(try store.query(ItemQuery(country: "CN", limit: 3)).map(\.id) == ["i4", "i0", "i2"])
            splits.append((try Self.count("item_key_recent", store), try Self.count("item_key", store)))
        }
        // Each item: 2 countries, 1 topic, 1 pair, 1 pair+topic.
        #expect(splits.map { $0.recent + $0.merged } == [30, 30, 30])
        #expect(splits[0].merged == 0, "never merged: \(splits[0])")
        #expect(splits[1].recent > 0 && splits[1].merged > 0, "both tables hold rows: \(splits[1])")
        #expect(splits[2].recent == 0, "merged at every commit: \(splits[2])")
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test func reclassifyingRemovesRowsFromBothTables() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(recentKeys: RecentKeyPolicy(mergeRows: 7))
        try Self.ingestSix(store)
        let items = try store.items(withClassifierOtherThan: "c2")
        try store.updateClassifications(items.map {
            StoreFixture.record($0.record.id, countries: ["JP"], topics: ["arms"], dyads: [:], classifier: "c2")
        })
        #expect(try store.query(ItemQuery(country: "CN")).isEmpty)
        #expect(try store.query(ItemQuery(pair: "CN-RU")).isEmpty)
        #expect(try store.query(ItemQuery(country: "JP")).count == 6)
        #expect(try Self.count("item_key", store) + Self.count("item_key_recent", store) == 12)
        // The feeds of keys left without items are no longer listed.
        let countries = try store.database.withConnection { db -> [AtomFeedKey] in
            var keys: [AtomFeedKey] = []
            while let next = try store.atomKey(.country, after: keys.last, db: db) { keys.append(next) }
            return keys
        }
        #expect(countries == [.country("JP")])
    }

    @Test func aMergeIsPartOfTheCommitThatTriggersIt() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(recentKeys: RecentKeyPolicy(mergeRows: 10))
        // 5 rows per item: the first commit leaves 10 rows, so it merges them.
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml", items: 2),
                             records: [StoreFixture.record("a"), StoreFixture.record("b")])
        #expect(try Self.count("item_key_recent", store) == 0)
        #expect(try Self.count("item_key", store) == 10)
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml", items: 1), records: [StoreFixture.record("c", file: "inbox/b.xml")])
        #expect(try Self.count("item_key_recent", store) == 5)
        // A move that fails takes its whole commit with it: the item that crossed the
        // threshold is not stored, and both tables are as they were.
        try store.database.withConnection { db in
            try db.execute("CREATE TRIGGER refuse BEFORE INSERT ON item_key BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        #expect(throws: StoreError.self) {
            try store.ingest(file: StoreFixture.file("inbox/d.xml", items: 1), records: [StoreFixture.record("d", file: "inbox/d.xml")])
        }
        #expect(try store.item(id: "d") == nil)
        #expect(try Self.count("item_key_recent", store) == 5)
        #expect(try Self.count("item_key", store) == 10)
    }
}
