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
