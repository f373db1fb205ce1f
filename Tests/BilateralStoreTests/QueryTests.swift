import Foundation
import Testing
@testable import BilateralStore

@Suite struct QueryTests {
    static func seeded(_ fx: StoreFixture) throws -> ItemStore {
        let store = try fx.open()
        let day: TimeInterval = 86400
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [
            StoreFixture.record("energy-cn-ru", published: base),
            StoreFixture.record("trade-us-cn", published: base.addingTimeInterval(day), countries: ["US", "CN"],
                                topics: ["trade"], dyads: ["CN-US": ["trade"]], text: "Tariffs 100% on steel_bars"),
            StoreFixture.record("mixed", published: base.addingTimeInterval(2 * day), countries: ["CN", "RU", "US"],
                                topics: ["energy", "trade"], dyads: ["CN-RU": ["trade"], "CN-US": ["energy"]]),
            StoreFixture.record("undated", published: nil, countries: ["FR"], topics: [], dyads: [:]),
        ], now: base.addingTimeInterval(10 * day))
        return store
    }

    func ids(_ store: ItemStore, _ query: ItemQuery) throws -> [String] { try store.query(query).map(\.id) }

    @Test func filtersByTopicPairCountryAndPairTopic() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        #expect(try ids(store, ItemQuery(topic: "energy")) == ["mixed", "energy-cn-ru"])
        #expect(try ids(store, ItemQuery(pair: "CN-US")) == ["mixed", "trade-us-cn"])
        #expect(try ids(store, ItemQuery(topic: "energy", pair: "CN-RU")) == ["energy-cn-ru"])
        #expect(try ids(store, ItemQuery(topic: "energy", pair: "CN-US")) == ["mixed"])
        #expect(try ids(store, ItemQuery(country: "US")) == ["mixed", "trade-us-cn"])
        #expect(try ids(store, ItemQuery(topic: "trade", country: "RU")) == ["mixed"])
        #expect(try ids(store, ItemQuery(country: "XX")) == [])
    }

    @Test func ordersNewestFirstWithUndatedAtFirstSeenAndLimits() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        #expect(try ids(store, ItemQuery()) == ["undated", "mixed", "trade-us-cn", "energy-cn-ru"])
        #expect(try ids(store, ItemQuery(limit: 2)) == ["undated", "mixed"])
        // What a limit leaves out: the count of all matches, the limit aside, by key or not.
        #expect(try store.count(ItemQuery(limit: 2)) == 4)
        #expect(try store.count(ItemQuery(topic: "energy", limit: 1)) == 2)
        #expect(try store.count(ItemQuery(pair: "CN-US", text: "gas")) == 1)
        #expect(try store.count(ItemQuery(country: "XX")) == 0)
        #expect(try ids(store, ItemQuery(timeField: .firstSeen)) == ["undated", "mixed", "trade-us-cn", "energy-cn-ru"])
    }

    @Test func filtersByTimeRange() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(try ids(store, ItemQuery(since: base.addingTimeInterval(86400), until: base.addingTimeInterval(3 * 86400)))
            == ["mixed", "trade-us-cn"])
        #expect(try ids(store, ItemQuery(until: base.addingTimeInterval(1))) == ["energy-cn-ru"])
        #expect(try ids(store, ItemQuery(timeField: .firstSeen, until: base.addingTimeInterval(86400))) == [])
        #expect(try ids(store, ItemQuery(timeField: .firstSeen, since: base.addingTimeInterval(10 * 86400))).count == 4)
    }

    /// Items of one second, stored in one transaction and in a later one, come newest stored
    /// first, and a time bound takes or leaves the whole second, with or without a key.
    @Test func itemsOfOneSecondComeLastStoredFirstAndBoundsTakeWholeSeconds() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let second = Date(timeIntervalSince1970: 1_700_000_000)
        let now = second.addingTimeInterval(86400)
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [
            StoreFixture.record("a1", published: second), StoreFixture.record("a2", published: second),
            StoreFixture.record("before", published: second.addingTimeInterval(-1)),
        ], now: now)
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [
            StoreFixture.record("b1", published: second.addingTimeInterval(0.75)),
            StoreFixture.record("after", published: second.addingTimeInterval(1)),
        ], now: now)
        for useIndex in [true, false] {
            func ids(_ query: ItemQuery) throws -> [String] {
                try store.storedItems(sql: ItemQuerySQL(query, useRecencyIndex: useIndex)).map(\.record.id)
            }
            #expect(try ids(ItemQuery(topic: "energy")) == ["after", "b1", "a2", "a1", "before"])
            #expect(try ids(ItemQuery(topic: "energy", since: second, until: second.addingTimeInterval(1)))
                == ["b1", "a2", "a1"])
            // Stored times are whole seconds: a bound of 0.5 s past `second` admits the next second and up.
            #expect(try ids(ItemQuery(topic: "energy", since: second.addingTimeInterval(0.5), limit: 2)) == ["after"])
            #expect(try ids(ItemQuery(topic: "energy", until: second.addingTimeInterval(0.5), limit: 2)) == ["b1", "a2"])
        }
        #expect(try ids(store, ItemQuery(since: second, until: second.addingTimeInterval(1))) == ["b1", "a2", "a1"])
        #expect(try ids(store, ItemQuery(until: second, limit: 1)) == ["before"])
    }

    @Test func textSearchTreatsWildcardsLiterally() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        #expect(try ids(store, ItemQuery(text: "gas deal")) == ["undated", "mixed", "energy-cn-ru"])
        #expect(try ids(store, ItemQuery(text: "TARIFFS")) == ["trade-us-cn"])
        #expect(try ids(store, ItemQuery(text: "100%")) == ["trade-us-cn"])
        #expect(try ids(store, ItemQuery(text: "10_%")) == [])
        #expect(try ids(store, ItemQuery(text: "steel_bars")) == ["trade-us-cn"])
        #expect(try ids(store, ItemQuery(text: "steelxbars")) == [])
    }

    /// `--text` ignores case and accents in every script, not only ASCII letters as SQLite's
    /// LIKE did (`état` found nothing where `État` found the item).
    @Test func textSearchIgnoresCaseAndAccentsInEveryScript() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [
            StoreFixture.record("fr", text: "L'État et la Russie. Une rencontre à Pékin."),
            StoreFixture.record("ru", text: "Россия и Китай подписали ДОГОВОР о поставках ёлок."),
            StoreFixture.record("de", text: "Die Straße nach Kiew. Ölpreis steigt."),
        ], now: Date(timeIntervalSince1970: 1_700_086_400))
        for (words, expected) in [("état", ["fr"]), ("ÉTAT", ["fr"]), ("etat", ["fr"]), ("pekin", ["fr"]),
                                  ("договор", ["ru"]), ("РОССИЯ И", ["ru"]), ("елок", ["ru"]),
                                  ("STRASSE", ["de"]), ("ölpreis", ["de"]), ("OLPREIS", ["de"]),
                                  ("russie. une", ["fr"]), ("moscou", [])] {
            #expect(try ids(store, ItemQuery(text: words)) == expected, "\(words)")
        }
        // Decomposed accents (e + combining acute) match the composed letter.
        #expect(try ids(store, ItemQuery(text: "E\u{301}tat")) == ["fr"])
    }

    /// The folding behind `--text`, on its own: both sides folded alike, scalar by scalar.
    @Test func foldedTextSearch() {
        #expect(FoldedText.fold("L'ÉTAT, Straße, ЁЛКА, Ωmega") == Array("l'etat, strasse, елка, ωmega".utf8))
        #expect(FoldedText.fold("e\u{301}") == Array("e".utf8), "a combining mark is dropped")
        #expect(FoldedText.fold("北京 ＡＢ") == Array("北京 ａｂ".utf8), "CJK as it is, fullwidth letters lowered")
        var invalid: [UInt8] = []
        ([0x41, 0xFF, 0x42] as [UInt8]).withUnsafeBytes { FoldedText.fold($0, into: &invalid) }
        #expect(invalid == [0x61, 0xEF, 0xBF, 0xBD, 0x62], "an invalid byte is U+FFFD")
        #expect(ItemTextSearch.contains("Die Straße nach Kiew", "STRASSE NACH"))
        #expect(!ItemTextSearch.contains("Die Straße nach Kiew", "strasse kiew"))
        #expect(ItemTextSearch.contains("aaab", "aab"), "a match after a false start")
        #expect(!ItemTextSearch.contains("ab", "abc"))
        #expect(ItemTextSearch.contains("anything", ""))
    }

    @Test func countsPerTopicPairAndCountry() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        #expect(try store.topicCounts() == [KeyCount(key: "energy", items: 2), KeyCount(key: "trade", items: 2)])
        #expect(try store.pairCounts() == [KeyCount(key: "CN-RU", items: 2), KeyCount(key: "CN-US", items: 2)])
        #expect(try store.countryCounts().first == KeyCount(key: "CN", items: 3))
        #expect(try store.pairTopicCounts().map(\.key) == ["CN-RU energy", "CN-RU trade", "CN-US energy", "CN-US trade"])
        #expect(try store.counts().items == 4 && store.counts().lastSeq == 4)
    }

    @Test func returnsTheStoredRecordIntact() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try Self.seeded(fx)
        let stored = try #require(try store.item(id: "trade-us-cn"))
        #expect(stored.record == StoreFixture.record("trade-us-cn", published: Date(timeIntervalSince1970: 1_700_086_400),
            countries: ["US", "CN"], topics: ["trade"], dyads: ["CN-US": ["trade"]], text: "Tariffs 100% on steel_bars"))
        #expect(stored.firstSeen == Date(timeIntervalSince1970: 1_700_864_000))
    }
}

@Suite struct QueryPlanTests {
    @Test(arguments: [
        ItemQuery(topic: "energy"), ItemQuery(pair: "CN-US"), ItemQuery(topic: "trade", pair: "CN-RU"),
        ItemQuery(country: "CN", limit: 2), ItemQuery(country: "FR"),
        ItemQuery(topic: "energy", since: Date(timeIntervalSince1970: 1_700_000_001)),
        ItemQuery(pair: "CN-US", until: Date(timeIntervalSince1970: 1_700_172_800)),
    ])
    func recencyIndexGivesTheSameAnswerAsTheGeneralQuery(query: ItemQuery) throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try QueryTests.seeded(fx)
        let indexed = try store.storedItems(sql: ItemQuerySQL(query))
        let general = try store.storedItems(sql: ItemQuerySQL(query, useRecencyIndex: false))
        #expect(indexed == general)
        #expect(ItemQuerySQL(query).sql != ItemQuerySQL(query, useRecencyIndex: false).sql)
    }

    @Test func feedQueriesReadTheIndexWithoutSorting() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        for key in [AtomFeedKey.topic("energy"), .pair("CN-RU"), .pairTopic(pair: "CN-RU", topic: "energy"), .country("RU")] {
            let sql = ItemQuerySQL(key.query(limit: 50))
            let plan = try store.database.withConnection { db in
                try db.statement("EXPLAIN QUERY PLAN " + sql.sql).rows(sql.values) { $0.text(3) ?? "" }
            }
            // The key's postings in the FTS5 index, read backwards (its rowid order), each item
            // found by its rkey; no sort but the outer one of the 50 rows picked.
            #expect(plan.contains { $0.contains("SCAN key_index VIRTUAL TABLE") }, "\(key): \(plan)")
            #expect(plan.contains { $0.contains("USING INDEX item_rkey (rkey=?)") }, "\(key): \(plan)")
            #expect(plan.filter { $0.contains("TEMP B-TREE") }.count <= 1, "only the outer 50 rows are sorted: \(plan)")
        }
    }

    /// A query by publication time with no key reads `item.rkey`'s index (recency, then seq),
    /// newest first, instead of scanning every item; the indexes no query used are gone
    /// (the recency expression's since migration v7).
    @Test func timeQueriesWithoutAKeyReadTheRecencyIndex() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try QueryTests.seeded(fx)
        let query = ItemQuery(since: Date(timeIntervalSince1970: 1_700_000_001), limit: 2)
        let sql = ItemQuerySQL(query)
        let plan = try store.database.withConnection { db in
            try db.statement("EXPLAIN QUERY PLAN " + sql.sql).rows(sql.values) { $0.text(3) ?? "" }
        }
        #expect(plan.contains { $0.contains("USING INDEX item_rkey") }, "\(plan)")
        #expect(plan.filter { $0.contains("TEMP B-TREE") }.count <= 1, "only the outer rows are sorted: \(plan)")
        let all = try store.query(ItemQuery(since: Date(timeIntervalSince1970: 1_700_000_001)))
        #expect(all.count > 2)
        #expect(try store.query(query) == Array(all.prefix(2)))
        let indexes = try store.database.withConnection { db in
            try db.statement("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'item' AND sql IS NOT NULL ORDER BY name")
                .rows { $0.text(0) ?? "" }
        }
        #expect(indexes == ["item_first_seen", "item_rkey"])
    }
}
