import Foundation
import Testing
@testable import BilateralStore

@Suite struct MigrationTests {
    @Test func freshDatabaseGetsEveryMigrationOnce() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        _ = try fx.open()
        let db = try SQLiteConnection(path: fx.databasePath)
        let names = try db.statement("SELECT name FROM schema_migration ORDER BY rowid").rows { $0.text(0) ?? "" }
        #expect(names == Migration.all.map(\.name))
        #expect(try Migrator().migrate(db).isEmpty)
        _ = try fx.open()
        #expect(try db.statement("SELECT count(*) FROM schema_migration").rows { $0.int(0) } == [Migration.all.count])
    }

    @Test func migrationNamesAreUnique() {
        #expect(Set(Migration.all.map(\.name)).count == Migration.all.count)
    }

    @Test func failedMigrationLeavesNoTrace() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        let broken = Migrator(migrations: [
            Migration(name: "t1-ok", sql: "CREATE TABLE a (x INTEGER)"),
            Migration(name: "t2-broken", sql: "CREATE TABLE b (y INTEGER); CREATE TABLE b (z INTEGER)"),
        ])
        #expect { try broken.migrate(db) } throws: { error in
            // The error names the migration and keeps SQLite's reason.
            "\(error)".contains("migration t2-broken failed") && "\(error)".contains("table b already exists")
        }
        #expect(try broken.applied(db) == ["t1-ok"])
        #expect(try db.statement("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").rows { $0.int(0) } == [0])
    }

    @Test func databaseFromANewerBilateralIsRefused() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        _ = try fx.open()
        let db = try SQLiteConnection(path: fx.databasePath)
        try db.run("INSERT INTO schema_migration (name, applied_at) VALUES ('v9-from-the-future', 0)")
        let error = #expect(throws: StoreError.self) { try fx.open() }
        #expect(error?.code == .tooNew)
        #expect(error?.message.contains("v9-from-the-future") == true)
        #expect(error?.description.contains(fx.databasePath) == true)
    }
}

@Suite struct RecencyMigrationTests {
    @Test func v2BackfillsRecencyOfItemsStoredUnderV1() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        try Migrator(migrations: Migration.all.filter { $0.name.hasPrefix("v1-") }).migrate(db)
        for (seq, published) in [(1, "100"), (2, "NULL"), (3, "300")] {
            let json = StoreFixture.record("i\(seq)").jsonLine().replacingOccurrences(of: "'", with: "''")
            try db.execute("""
                INSERT INTO item (seq, id, first_seen_at, published, text, record_json, classifier_version, recovered)
                VALUES (\(seq), 'i\(seq)', 200, \(published), 't', '\(json)', 'c1', 0);
                INSERT INTO item_topic (topic, item_seq, score) VALUES ('energy', \(seq), 0.5);
                """)
        }
        let store = try fx.open()
        #expect(try store.query(ItemQuery(topic: "energy")).map(\.id) == ["i3", "i2", "i1"])
        #expect(try db.statement("SELECT recency FROM item_topic ORDER BY item_seq").rows { $0.int(0) } == [100, 200, 300])
    }
}

@Suite struct ClassificationKeysMigrationTests {
    /// A database stored under v1+v2 keeps every classification row through v3 (integer keys)
    /// and v6 (the FTS5 classification index), read through the views that replace the old
    /// tables; mentions and scores come from the records, which agree with the old rows here.
    @Test func oldClassificationRowsSurviveEveryMigration() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        try Migrator(migrations: Array(Migration.all.prefix { !$0.name.hasPrefix("v3-") })).migrate(db)
        let records = [
            StoreFixture.record("a", countries: ["CN", "RU"], topics: ["energy"], dyads: ["CN-RU": ["energy", "trade"]]),
            StoreFixture.record("b", countries: ["DE", "FR"], topics: ["trade"], dyads: ["DE-FR": ["trade"]]),
        ]
        for (seq, record) in zip([1, 2], records) {
            let json = record.jsonLine().replacingOccurrences(of: "'", with: "''")
            try db.execute("""
                INSERT INTO item (seq, id, first_seen_at, published, text, record_json, classifier_version, recovered)
                VALUES (\(seq), '\(record.id)', 200, \(seq * 100), 't', '\(json)', 'c1', 0)
                """)
        }
        try db.execute("""
            INSERT INTO item_country (code, item_seq, mentions, recency) VALUES ('CN', 1, 2, 100), ('RU', 1, 2, 100),
                ('FR', 2, 2, 200), ('DE', 2, 2, 200);
            INSERT INTO item_topic (topic, item_seq, score, recency) VALUES ('energy', 1, 0.8, 100), ('trade', 2, 0.8, 200);
            INSERT INTO item_dyad (pair, item_seq, recency) VALUES ('CN-RU', 1, 100), ('DE-FR', 2, 200);
            INSERT INTO item_dyad_topic (pair, topic, item_seq, score, recency) VALUES ('CN-RU', 'energy', 1, 0.7, 100),
                ('CN-RU', 'trade', 1, 0.7, 100), ('DE-FR', 'trade', 2, 0.7, 200);
            """)
        func rows() throws -> [String] {
            try ["SELECT code || ' ' || item_seq || ' ' || mentions || ' ' || recency FROM item_country",
                 "SELECT topic || ' ' || item_seq || ' ' || score || ' ' || recency FROM item_topic",
                 "SELECT pair || ' ' || item_seq || ' ' || recency FROM item_dyad",
                 "SELECT pair || ' ' || topic || ' ' || item_seq || ' ' || score || ' ' || recency FROM item_dyad_topic"]
                .flatMap { try db.statement($0).rows { $0.text(0) ?? "" } }.sorted()
        }
        let before = try rows()
        #expect(before.count == 4 + 2 + 2 + 3)
        let store = try fx.open()
        #expect(try rows() == before)
        let views = try db.statement("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").rows { $0.text(0) ?? "" }
        #expect(views == ["item_country", "item_dyad", "item_dyad_topic", "item_topic"])
        #expect(try db.statement("SELECT count(*) FROM sqlite_schema WHERE name IN ('item_key', 'item_key_recent')").rows { $0.int(0) } == [0])
        #expect(try db.statement("SELECT count(*) FROM class_key").rows { $0.int(0) } == [4 + 2 + 2 + 3])
        // Each item lists its keys, and the index holds exactly those as its terms.
        let listed = try db.statement("SELECT seq, class_keys, rkey FROM item ORDER BY seq").rows { ($0.int(0), $0.text(1) ?? "", $0.int64(2)) }
        #expect(listed.map(\.2) == [100 * ItemStore.rankSlots, 200 * ItemStore.rankSlots])
        for (_, list, rkey) in listed {
            let terms = try db.statement("SELECT term FROM key_postings WHERE doc = ? ORDER BY term").rows([.int(rkey)]) { $0.text(0) ?? "" }
            #expect(terms == list.split(separator: ",").map { "k\($0)" }.sorted())
        }
        // New items after the migration are stored and read the same way.
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [
            StoreFixture.record("c", file: "inbox/b.xml", countries: ["CN", "JP"], dyads: ["CN-JP": ["trade"]])])
        #expect(try store.query(ItemQuery(country: "CN")).map(\.id).sorted() == ["a", "c"])
        #expect(try store.query(ItemQuery(topic: "trade", pair: "CN-RU")).map(\.id) == ["a"])
        #expect(try store.query(ItemQuery(country: "FR")).map(\.id) == ["b"])
        #expect(try store.countryCounts().map { "\($0.key) \($0.items)" } == ["CN 2", "DE 1", "FR 1", "JP 1", "RU 1"])
        // The text is stored once, in the record, for old and new items.
        let texts = try db.statement("SELECT id, json_extract(record_json, '$.text') FROM item ORDER BY seq")
            .rows { [$0.text(0) ?? "", $0.text(1) ?? ""] }
        #expect(texts == ["a", "b", "c"].map { [$0, StoreFixture.record($0).text] })
        #expect(try db.statement("SELECT count(*) FROM pragma_table_info('item') WHERE name = 'text'").rows { $0.int(0) } == [0])
        #expect(try store.query(ItemQuery(text: "gas deal")).map(\.id).sorted() == ["a", "b", "c"])
    }

    /// v6 ranks the items of one second by seq in `rkey`, so the index's order is (recency, seq).
    @Test func v6RanksItemsOfOneSecondBySeq() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        try Migrator(migrations: Array(Migration.all.prefix { !$0.name.hasPrefix("v6-") })).migrate(db)
        for (seq, published) in [(1, 500), (2, 400), (3, 500), (4, -7), (5, 500)] {
            let json = StoreFixture.record("i\(seq)").jsonLine().replacingOccurrences(of: "'", with: "''")
            try db.execute("""
                INSERT INTO item (seq, id, first_seen_at, published, record_json, classifier_version, recovered, class_keys)
                VALUES (\(seq), 'i\(seq)', 900, \(published), '\(json)', 'c1', 0, '')
                """)
        }
        _ = try fx.open()
        let rkeys = try db.statement("SELECT rkey FROM item ORDER BY seq").rows { $0.int64(0) }
        let slots = ItemStore.rankSlots
        #expect(rkeys == [500 * slots, 400 * slots, 500 * slots + 1, -7 * slots, 500 * slots + 2])
    }
}
