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
        try FileManager.default.createDirectory(atPath: fx.folder + "/state", withIntermediateDirectories: true)
        let db = try SQLiteConnection(path: fx.databasePath)
        let broken = Migrator(migrations: [
            Migration(name: "t1-ok", sql: "CREATE TABLE a (x INTEGER)"),
            Migration(name: "t2-broken", sql: "CREATE TABLE b (y INTEGER); CREATE TABLE b (z INTEGER)"),
        ])
        #expect(throws: StoreError.self) { try broken.migrate(db) }
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
        try FileManager.default.createDirectory(atPath: fx.folder + "/state", withIntermediateDirectories: true)
        let db = try SQLiteConnection(path: fx.databasePath)
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

@Suite struct ClassificationByItemMigrationTests {
    /// A database stored under v1+v2 keeps every classification row through v3, and the
    /// rebuilt tables are keyed by item first (a new item's rows go to the end of each table).
    @Test func v3KeepsRowsAndKeysTheTablesByItem() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        try FileManager.default.createDirectory(atPath: fx.folder + "/state", withIntermediateDirectories: true)
        let db = try SQLiteConnection(path: fx.databasePath)
        try Migrator(migrations: Migration.all.filter { !$0.name.hasPrefix("v3-") }).migrate(db)
        let old = try ItemStore(database: SerialConnection(db), logger: fx.logger)
        _ = try old.ingest(file: StoreFixture.file("inbox/a.xml"), records: [
            StoreFixture.record("a", countries: ["CN", "RU"], topics: ["energy"], dyads: ["CN-RU": ["energy", "trade"]]),
            StoreFixture.record("b", countries: ["FR", "DE"], topics: ["trade"], dyads: ["DE-FR": ["trade"]]),
        ])
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
        for table in ["item_country", "item_topic", "item_dyad", "item_dyad_topic"] {
            let key = try db.statement("SELECT name FROM pragma_index_info((SELECT name FROM pragma_index_list('\(table)') WHERE origin = 'pk'))")
                .rows { $0.text(0) ?? "" }
            #expect(key.first == "item_seq", "\(table) is keyed by \(key)")
            let indexes = try db.statement("SELECT name FROM pragma_index_list('\(table)') WHERE origin = 'c'").rows { $0.text(0) ?? "" }
            #expect(indexes == ["\(table)_recency"])
        }
        #expect(try store.query(ItemQuery(topic: "trade", pair: "CN-RU")).map(\.id) == ["a"])
        #expect(try store.query(ItemQuery(country: "FR")).map(\.id) == ["b"])
    }
}
