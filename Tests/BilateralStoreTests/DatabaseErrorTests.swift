import Foundation
import Testing
@testable import BilateralStore

@Suite struct DatabaseErrorTests {
    @Test func garbageFileIsReportedAsDamagedWithAWayOut() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        try FileManager.default.createDirectory(atPath: fx.folder + "/state", withIntermediateDirectories: true)
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: URL(fileURLWithPath: fx.databasePath))
        let error = #expect(throws: StoreError.self) { try fx.open() }
        #expect(error?.code == .damaged)
        #expect(error?.path == fx.databasePath)
        #expect(error?.message.contains("move it aside") == true)
        #expect(error?.message.contains("SQLite code 26") == true)
    }

    @Test func lockedDatabaseNamesTheLockAndWhatToDo() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open(busyTimeout: .milliseconds(50))
        let other = try SQLiteConnection(path: fx.databasePath)
        try other.execute("BEGIN IMMEDIATE; UPDATE atom_state SET last_seq = last_seq WHERE id = 1")
        let error = #expect(throws: StoreError.self) {
            try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a")])
        }
        #expect(error?.code == .locked)
        #expect(error?.message.contains("locked by another process") == true)
        #expect(error?.message.contains("another bilateral") == true)
        // Readers still work while the other process holds the write lock.
        #expect(try store.counts().items == 0)
        try other.execute("ROLLBACK")
        #expect(try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a")]).newIDs == ["a"])
    }

    @Test func missingFolderThatCannotBeCreatedIsReported() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: fx.folder + "/state"))
        let error = #expect(throws: StoreError.self) { try fx.open() }
        #expect(error?.code == .cannotOpen)
    }

    @Test func readOnlyOpeningOfAMissingDatabaseFails() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        #expect(throws: StoreError.self) { try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger) }
        do {
            let writer = try fx.open()
            _ = try writer.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a")])
            let reader = try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger)
            #expect(try reader.counts().items == 1)
        }
        // With no writer left (and so no -wal or -shm file), a reader still opens.
        #expect(!FileManager.default.fileExists(atPath: fx.databasePath + "-wal"))
        let reader = try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger)
        #expect(try reader.query(ItemQuery()).map(\.id) == ["a"])
        #expect(throws: StoreError.self) {
            try reader.ingest(file: StoreFixture.file("inbox/b.xml"), records: [StoreFixture.record("b")])
        }
    }

    /// `bilateral query` after an upgrade, before the daemon has migrated: the error names
    /// what is missing and what to do, and an empty database is told apart from an older one.
    @Test func readOnlyOpeningOfAnOlderDatabaseNamesThePendingMigrations() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        try FileManager.default.createDirectory(atPath: fx.folder + "/state", withIntermediateDirectories: true)
        do {
            _ = try SQLiteConnection(path: fx.databasePath)
            let empty = #expect(throws: StoreError.self) { try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger) }
            #expect(empty?.message.contains("not set up yet") == true, "\(String(describing: empty))")
            let db = try SQLiteConnection(path: fx.databasePath)
            try Migrator(migrations: Array(Migration.all.dropLast())).migrate(db)
        }
        let older = #expect(throws: StoreError.self) { try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger) }
        #expect(older?.message.contains(Migration.all.last!.name) == true, "\(String(describing: older))")
        #expect(older?.message.contains("restart the daemon") == true)
        _ = try fx.open()
        #expect(try ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger).counts().items == 0)
    }
}
