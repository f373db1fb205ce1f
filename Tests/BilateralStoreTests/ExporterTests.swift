import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

@Suite struct ExporterTests {
    static let day1 = Date(timeIntervalSince1970: 1_764_374_400 + 3600)  // 2025-11-29 01:00 UTC
    static let day2 = day1.addingTimeInterval(86400)

    static func ingest(_ store: ItemStore, _ ids: [String], file: String = "inbox/a.xml", at now: Date = day1) throws {
        _ = try store.ingest(file: StoreFixture.file(file), records: ids.map { StoreFixture.record($0, file: file) }, now: now)
    }

    @Test func writesEachItemOnceInSeqOrderToItsDayFile() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a", "b"])
        try Self.ingest(store, ["c"], at: Self.day2)
        let report = try fx.exporter(store).export()
        #expect(report.exported == 3 && report.files == ["items-2025-11-29.jsonl", "items-2025-11-30.jsonl"])
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b"])
        #expect(try fx.exportedIDs("items-2025-11-30.jsonl") == ["c"])
        #expect(fx.lines("items-2025-11-29.jsonl").first == StoreFixture.record("a").jsonLine())
        #expect(try fx.exporter(store).export().exported == 0)
        try Self.ingest(store, ["d", "a"], at: Self.day2)
        #expect(try fx.exporter(store).export().exported == 1)
        #expect(try fx.exportedIDs("items-2025-11-30.jsonl") == ["c", "d"])
        #expect(try store.counts().exportedSeq == 4)
    }

    @Test func smallBatchesGiveTheSameOutput() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, (1...7).map { "i\($0)" })
        #expect(try fx.exporter(store, batchSize: 2).export().exported == 7)
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == (1...7).map { "i\($0)" })
    }

    /// Another process's reclassification (here another connection to the
    /// file) cannot commit between the read of a batch's lines and the
    /// checkpoint that counts them: it would find the items not exported
    /// yet, queue no rewrite, and their old lines would stay.
    @Test func aReclassificationCannotCommitBetweenTheReadOfABatchAndItsCheckpoint() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a", "b"])
        let other = try fx.open(busyTimeout: .milliseconds(20))
        let updated = StoreFixture.record("a", topics: ["arms"], classifier: "c2")
        var during: Result<Void, any Error>?
        let report = try fx.exporter(store).export(fault: nil) {
            during = Result { try other.updateClassification(id: "a", record: updated) }
        }
        #expect(report.exported == 2)
        guard case .failure(let error) = during else {
            Issue.record("the reclassification committed while a batch was being exported")
            return
        }
        #expect((error as? StoreError)?.code == .locked)
        #expect(try fx.lines("items-2025-11-29.jsonl").map { try ItemRecord(jsonLine: $0).classifier } == ["c1", "c1"])
        // Once the batch is checkpointed, the reclassification commits and queues the day file.
        try other.updateClassification(id: "a", record: updated)
        #expect(try fx.exporter(store).export().rewritten == ["items-2025-11-29.jsonl"])
        #expect(try fx.lines("items-2025-11-29.jsonl").map { try ItemRecord(jsonLine: $0).classifier } == ["c2", "c1"])
    }

    @Test(arguments: [ExportFault.afterAppend, ExportFault.afterSwitch])
    func crashBeforeCheckpointStillGivesEachItemOnce(fault: ExportFault) throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a", "b"])
        try fx.exporter(store).export()
        try Self.ingest(store, ["c", "d"])
        try Self.ingest(store, ["e"], at: Self.day2)
        #expect(throws: ExportFault.self) { try fx.exporter(store).export(fault: fault) }
        if fault == .afterAppend {
            // The lines of c and d are on disk, but not checkpointed.
            #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b", "c", "d"])
        }
        // A new process: reopen the store, export again.
        let reopened = try fx.open()
        let report = try fx.exporter(reopened).export()
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b", "c", "d"])
        #expect(try fx.exportedIDs("items-2025-11-30.jsonl") == ["e"])
        // afterAppend: c and d were appended without a checkpoint, so they go again with e.
        // afterSwitch: c and d were checkpointed; the switch to day 2 was committed, e not written.
        #expect(report.exported == (fault == .afterAppend ? 3 : 1))
        #expect((report.droppedBytes > 0) == (fault == .afterAppend))
    }

    @Test func aHalfWrittenLineIsCutOff() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a", "b"])
        try fx.exporter(store).export()
        let path = fx.outFolder + "/items-2025-11-29.jsonl"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let half = Data("{\"id\":\"b\",\"feed\":{\"ti".utf8)
        handle.write(half)
        try handle.close()
        try Self.ingest(store, ["c"])
        let report = try fx.exporter(store).export()
        #expect(report.droppedBytes == Int64(half.count))
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b", "c"])
    }

    @Test func aFileCutShortByHandIsRebuilt() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a", "b", "c"])
        try fx.exporter(store).export()
        try FileManager.default.removeItem(atPath: fx.outFolder + "/items-2025-11-29.jsonl")
        try Self.ingest(store, ["d"])
        let report = try fx.exporter(store).export()
        #expect(report.rewritten == ["items-2025-11-29.jsonl"])
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b", "c", "d"])
    }

    @Test func temporaryFilesOfADeadRewriteAreRemoved() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try Self.ingest(store, ["a"])
        try fx.exporter(store).export()
        let leftover = fx.outFolder + "/.items-2025-11-29.jsonl.99999.tmp"
        let foreign = fx.outFolder + "/.notes.tmp"
        for path in [leftover, foreign] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        try fx.exporter(store).export()
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: foreign), "files that are not the exporter's stay")
    }
}
