import CSQLite
import Dispatch
import Foundation
import Testing
@testable import BilateralStore

@Suite struct ConcurrencyTests {
    @Test func callsFromManyThreadsAreSerialised() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let exporter = fx.exporter(store, batchSize: 4)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            do {
                for n in 0..<10 {
                    // Every worker also stores one shared story, so dedup races too.
                    let records = [StoreFixture.record("w\(worker)-\(n)"), StoreFixture.record("shared-\(n)")]
                    _ = try store.ingest(file: StoreFixture.file("inbox/w\(worker).xml"), records: records)
                    _ = try store.query(ItemQuery(topic: "energy", limit: 5))
                    if n % 3 == 0 { try exporter.export() }
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        try exporter.export()
        #expect(try store.counts().items == 8 * 10 + 10)
        #expect(try store.files(ofItem: "shared-3").count == 8)
        let exported = try FileManager.default.contentsOfDirectory(atPath: fx.outFolder).sorted()
            .flatMap { try fx.exportedIDs($0) }
        #expect(exported.count == 90 && Set(exported).count == 90)
    }
}

/// Errors collected from worker threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}

@Suite struct SQLiteLibraryTests {
    @Test func allocationsAreNotCountedUnderAGlobalMutex() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a")])
        #expect(SQLiteConnection.libraryConfigured)
        // With memory statistics on, SQLite would report the bytes it holds.
        var current: Int64 = -1
        var highest: Int64 = -1
        #expect(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highest, 0) == SQLITE_OK)
        #expect(current == 0)
    }
}
