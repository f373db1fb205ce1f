import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

@Suite struct ReclassifyTests {
    @Test func updatesTheStoreAndRewritesExportedDayFiles() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try ExporterTests.ingest(store, ["a", "b"])
        try ExporterTests.ingest(store, ["c"], at: ExporterTests.day2)
        try fx.exporter(store).export()
        try ExporterTests.ingest(store, ["d"], at: ExporterTests.day2)  // stored, not exported yet

        #expect(try store.items(withClassifierOtherThan: "c2").map(\.record.id) == ["a", "b", "c", "d"])
        #expect(try store.itemCount(withClassifierOtherThan: "c2") == 4)
        var round = 0
        var after: Int64 = 0
        while case let batch = try store.items(withClassifierOtherThan: "c2", after: after, limit: 3), let last = batch.last {
            try store.updateClassifications(batch.map {
                StoreFixture.record($0.record.id, topics: ["trade"], dyads: ["CN-RU": ["trade"]], classifier: "c2")
            })
            after = last.seq
            round += 1
        }
        #expect(round == 2)
        #expect(try store.itemCount(withClassifierOtherThan: "c2") == 0)
        #expect(try store.itemCount(withClassifierOtherThan: "c1") == 4)
        // The cursor: after an item's seq, only later items are listed.
        let seqB = try #require(try store.item(id: "b")).seq
        #expect(try store.items(withClassifierOtherThan: "c3", after: seqB).map(\.record.id) == ["c", "d"])
        #expect(try store.query(ItemQuery(topic: "energy")).isEmpty)
        #expect(try store.query(ItemQuery(topic: "trade", pair: "CN-RU")).count == 4)
        // Feed, text and dates are kept as stored.
        #expect(try store.item(id: "a")?.record.feed.file == "inbox/a.xml")

        let report = try fx.exporter(store).export()
        #expect(report.rewritten == ["items-2025-11-29.jsonl", "items-2025-11-30.jsonl"])
        #expect(report.exported == 1)
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b"])
        #expect(try fx.exportedIDs("items-2025-11-30.jsonl") == ["c", "d"])
        for file in ["items-2025-11-29.jsonl", "items-2025-11-30.jsonl"] {
            #expect(try fx.lines(file).allSatisfy { try ItemRecord(jsonLine: $0).classifier == "c2" })
        }
        // Appending after the rewrite continues at the right offset.
        try ExporterTests.ingest(store, ["e"], at: ExporterTests.day2)
        try fx.exporter(store).export()
        #expect(try fx.exportedIDs("items-2025-11-30.jsonl") == ["c", "d", "e"])
    }

    @Test func crashAfterRenameRewritesAgain() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try ExporterTests.ingest(store, ["a", "b"])
        try fx.exporter(store).export()
        try store.updateClassification(id: "b", record: StoreFixture.record("b", topics: ["arms"], classifier: "c2"))
        #expect(throws: ExportFault.self) {
            try store.database.withConnection { db in
                var checkpoint = try ExportCheckpoint.load(db)
                var report = ExportReport()
                try fx.exporter(store).rewriteQueued(db, &checkpoint, &report, fault: .afterRewrite)
            }
        }
        try ExporterTests.ingest(store, ["c"])
        let report = try fx.exporter(store).export()
        #expect(report.rewritten == ["items-2025-11-29.jsonl"])
        #expect(try fx.exportedIDs("items-2025-11-29.jsonl") == ["a", "b", "c"])
        #expect(try ItemRecord(jsonLine: fx.lines("items-2025-11-29.jsonl")[1]).topics.map(\.id) == ["arms"])
    }

    @Test func refusesMismatchedOrUnknownItems() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        try ExporterTests.ingest(store, ["a"])
        #expect(throws: StoreError.self) { try store.updateClassification(id: "a", record: StoreFixture.record("b")) }
        #expect(throws: StoreError.self) {
            try store.updateClassifications([StoreFixture.record("a", classifier: "c2"), StoreFixture.record("zz")])
        }
        #expect(try store.item(id: "a")?.record.classifier == "c1")
    }
}
