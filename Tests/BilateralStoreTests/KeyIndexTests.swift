import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// The classification index (`key_index`, migration v6): one FTS5 document
/// of key terms per item, under the item's `rkey`. Every reader (queries
/// with and without it, the views, the counts, the Atom feeds) gives the
/// answer the records give.
@Suite struct KeyIndexTests {
    /// Six items over three commits, with dates out of order, so that the
    /// index's order (recency) is not the order of storing.
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

    /// The terms of each item's index document are its listed keys, and nothing else is indexed.
    static func expectIndexMatchesClassKeys(_ store: ItemStore) throws {
        try store.database.withConnection { db in
            let items = try db.statement("SELECT class_keys, rkey FROM item ORDER BY seq").rows { ($0.text(0) ?? "", $0.int64(1)) }
            var expected: [String] = []
            for (list, rkey) in items {
                expected += list.split(separator: ",").map { "\(rkey) k\($0)" }
            }
            let indexed = try db.statement("SELECT doc || ' ' || term FROM key_postings").rows { $0.text(0) ?? "" }
            #expect(indexed.sorted() == expected.sorted())
        }
    }

    @Test func readersGiveTheRecordsAnswers() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingestSix(store)
        let answers = try Self.answers(store)
        // Newest first across commits (published days 2, 4, 6 of the CN-FR items).
        #expect(try store.query(ItemQuery(country: "FR")).map(\.id) == ["i5", "i3", "i1"])
        #expect(try store.query(ItemQuery(country: "CN", limit: 3)).map(\.id) == ["i4", "i0", "i2"])
        #expect(try store.query(ItemQuery(topic: "energy", since: Date(timeIntervalSince1970: 1_700_000_000 + 3 * 86_400))).map(\.id) == ["i0"])
        #expect(try store.query(ItemQuery(country: "CN", until: Date(timeIntervalSince1970: 1_700_000_000 + 3 * 86_400))).map(\.id) == ["i3", "i1"])
        // The views: the values come from the records (mentions 2, dyad topic scores 0.7).
        #expect(answers.contains("FR 2 2") && answers.contains("CN-RU energy 1 0.7"))
        #expect(answers.contains("country(\"FR\"): [6, 4, 2]"), "\(answers)")
        #expect(try store.topicCounts().map { "\($0.key) \($0.items)" } == ["trade 4", "energy 2"])
        #expect(try store.pairTopicCounts().map { "\($0.key) \($0.items)" } == ["CN-FR trade 3", "CN-RU trade 2", "CN-RU energy 1"])
        try Self.expectIndexMatchesClassKeys(store)
    }

    @Test func reclassifyingMovesItemsBetweenKeys() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingestSix(store)
        let items = try store.items(withClassifierOtherThan: "c2")
        try store.updateClassifications(items.map {
            StoreFixture.record($0.record.id, countries: ["JP"], topics: ["arms"], dyads: ["JP-US": ["arms"]], classifier: "c2")
        })
        #expect(try store.query(ItemQuery(country: "CN")).isEmpty)
        #expect(try store.query(ItemQuery(topic: "arms")).map(\.id) == ["i4", "i0", "i2", "i5", "i3", "i1"])
        #expect(try store.countryCounts().map { "\($0.key) \($0.items)" } == ["JP 6"])
        _ = try Self.answers(store)
        try Self.expectIndexMatchesClassKeys(store)
        // A key left without items has no feed any more.
        let key = try store.database.withConnection { db in try store.atomKey(.country, after: nil, db: db) }
        #expect(key == .country("JP"))
    }

    /// An item given twice in one reclassification ends with the last classification, and
    /// its index document is the one of its listed keys.
    @Test func anItemReclassifiedTwiceInOneCallKeepsTheLastClassification() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingestSix(store)
        try store.updateClassifications([
            StoreFixture.record("i2", countries: ["JP"], topics: ["arms"], dyads: [:], classifier: "c2"),
            StoreFixture.record("i4", countries: ["IN"], topics: ["arms"], dyads: [:], classifier: "c2"),
            StoreFixture.record("i2", countries: ["KR"], topics: ["trade"], dyads: [:], classifier: "c3"),
        ])
        #expect(try store.query(ItemQuery(country: "KR")).map(\.id) == ["i2"])
        #expect(try store.query(ItemQuery(country: "JP")).isEmpty)
        #expect(try store.query(ItemQuery(topic: "arms")).map(\.id) == ["i4"])
        #expect(try store.item(id: "i2")?.record.classifier == "c3")
        _ = try Self.answers(store)
        try Self.expectIndexMatchesClassKeys(store)
    }

    /// The items of one second are ranked in `rkey`; a second whose ranks are all taken
    /// (2,097,152 items) refuses the next item with a clear error instead of breaking the order.
    @Test func aSecondWithEveryRankTakenRefusesTheNextItem() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let published = Date(timeIntervalSince1970: 1_700_000_000)
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a", published: published)])
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [StoreFixture.record("b", published: published)])
        let first = ItemStore.firstRKey(ofSeconds: 1_700_000_000)
        #expect(try store.database.withConnection { db in try db.statement("SELECT rkey FROM item ORDER BY seq").rows { $0.int64(0) } }
                == [first, first + 1])
        try store.database.withConnection { db in
            // Move b's document to the second's last rank, as if that many items had come before.
            try db.execute("INSERT INTO key_index (key_index, rowid, keys) SELECT 'delete', rkey, 'k' || replace(class_keys, ',', ' k') FROM item WHERE id = 'b'")
            try db.execute("UPDATE item SET rkey = \(first + ItemStore.rankSlots - 1) WHERE id = 'b'")
            try db.execute("INSERT INTO key_index (rowid, keys) SELECT rkey, 'k' || replace(class_keys, ',', ' k') FROM item WHERE id = 'b'")
        }
        #expect { try store.ingest(file: StoreFixture.file("inbox/c.xml"), records: [StoreFixture.record("c", published: published)]) }
            throws: { ($0 as? StoreError)?.code == .invalid && "\($0)".contains("items have the recency 1700000000") }
        #expect(try store.query(ItemQuery(country: "CN")).map(\.id) == ["b", "a"])
        try Self.expectIndexMatchesClassKeys(store)
    }
}
