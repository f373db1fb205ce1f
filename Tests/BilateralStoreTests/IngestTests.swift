import Foundation
import Testing
@testable import BilateralStore

@Suite struct IngestTests {
    @Test func sameStoryInTwoFilesIsStoredOnceAndListedUnderBoth() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let first = try store.ingest(file: StoreFixture.file("inbox/a.xml", items: 2),
                                     records: [StoreFixture.record("a1"), StoreFixture.record("shared")])
        #expect(first == IngestResult(newIDs: ["a1", "shared"], existingIDs: []))
        let second = try store.ingest(
            file: StoreFixture.file("inbox/b.xml", items: 2),
            records: [StoreFixture.record("shared", file: "inbox/b.xml", topics: ["trade"]),
                      StoreFixture.record("b1", file: "inbox/b.xml")])
        #expect(second == IngestResult(newIDs: ["b1"], existingIDs: ["shared"]))
        #expect(try store.counts().items == 3)
        #expect(try store.files(ofItem: "shared") == ["inbox/a.xml", "inbox/b.xml"])
        // The first classification stays: the second copy is only linked.
        #expect(try store.item(id: "shared")?.record.topics.map(\.id) == ["energy"])
        #expect(try store.item(id: "shared")?.record.feed.file == "inbox/a.xml")
    }

    /// Group commit: several files in one transaction give what one transaction per file gives.
    @Test func batchOfFilesIsStoredLikeOneFileAfterAnother() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let feedC = StoreFixture.record("z", file: "inbox/c.xml").feed
        let results = try store.ingest([
            FileIngest(file: StoreFixture.file("inbox/a.xml", items: 2),
                       records: [StoreFixture.record("a1"), StoreFixture.record("shared")]),
            FileIngest(file: StoreFixture.file("inbox/b.xml", items: 2),
                       records: [StoreFixture.record("shared", file: "inbox/b.xml", topics: ["trade"]),
                                 StoreFixture.record("b1", file: "inbox/b.xml")]),
            FileIngest(file: StoreFixture.file("inbox/c.xml", items: 1), records: [], knownIDs: ["a1"], knownFeed: feedC),
        ])
        #expect(results == [IngestResult(newIDs: ["a1", "shared"]), IngestResult(newIDs: ["b1"], existingIDs: ["shared"]),
                            IngestResult(existingIDs: ["a1"])])
        #expect(try store.counts().items == 3)
        #expect(try store.files(ofItem: "shared") == ["inbox/a.xml", "inbox/b.xml"])
        #expect(try store.files(ofItem: "a1") == ["inbox/a.xml", "inbox/c.xml"])
        #expect(try store.item(id: "shared")?.record.topics.map(\.id) == ["energy"])
        #expect(try store.files().map(\.path) == ["inbox/a.xml", "inbox/b.xml", "inbox/c.xml"])
    }

    /// One invalid entry refuses the whole batch before anything is written.
    @Test func invalidEntryRefusesTheBatch() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        #expect(throws: StoreError.self) {
            try store.ingest([FileIngest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("a1")]),
                              FileIngest(file: StoreFixture.file("inbox/d.xml"), records: [], knownIDs: ["a1"])])
        }
        #expect(try store.counts().items == 0)
        #expect(try store.files().isEmpty)
    }

    /// A key id created in a transaction that rolls back is forgotten: the next item with that
    /// key gets a key that exists (else it would be stored under a dangling id and never found).
    @Test func keyIDsOfARolledBackTransactionAreForgotten() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        #expect(throws: StoreError.self) {
            try store.database.transaction { db in
                _ = try store.database.classKeys.id(of: ClassKey(kind: .country, name: "ZZ"), db: db)
                throw StoreError(path: fx.databasePath, message: "injected")
            }
        }
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("z", countries: ["ZZ"])])
        #expect(try store.query(ItemQuery(country: "ZZ")).map(\.id) == ["z"])
    }

    @Test func knownIDsAreLinkedWithoutARecord() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("x"), StoreFixture.record("y")])
        #expect(try store.storedIDs(among: ["x", "nope", "y"]) == ["x", "y"])
        let feed = StoreFixture.record("z", file: "inbox/c.xml").feed
        let result = try store.ingest(file: StoreFixture.file("inbox/c.xml"), records: [], knownIDs: ["x", "nope"], knownFeed: feed)
        #expect(result == IngestResult(newIDs: [], existingIDs: ["x"]))
        #expect(try store.files(ofItem: "x") == ["inbox/a.xml", "inbox/c.xml"])
        #expect(throws: StoreError.self) {
            try store.ingest(file: StoreFixture.file("inbox/d.xml"), records: [], knownIDs: ["x"])
        }
    }

    @Test func duplicateIDsInOneFileAreStoredOnce() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let result = try store.ingest(file: StoreFixture.file("inbox/a.xml"),
                                      records: [StoreFixture.record("d"), StoreFixture.record("d")])
        #expect(result.newIDs == ["d"] && result.existingIDs == ["d"])
        #expect(try store.counts().items == 1)
    }

    @Test func fileStateRoundTripsAndUpdates() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        #expect(try store.fileState(path: "inbox/a.xml") == nil)
        var state = StoreFixture.file("inbox/a.xml", items: 4)
        try store.recordFile(state)
        #expect(try store.fileState(path: "inbox/a.xml") == state)
        state.status = .failed
        state.error = "line 3: not XML"
        state.size = 7
        try store.recordFile(state)
        #expect(try store.fileState(path: "inbox/a.xml") == state)
        #expect(try store.files() == [state])
        let counts = try store.counts()
        #expect(counts.files == 1 && counts.filesByStatus == [.failed: 1])
    }

    @Test func ingestIsOneTransaction() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        // A trigger refuses the second item: the first, and the file state, must not stay.
        let raw = try SQLiteConnection(path: fx.databasePath)
        try raw.execute("CREATE TRIGGER refuse_bad BEFORE INSERT ON item WHEN NEW.id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        #expect(throws: StoreError.self) {
            try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [StoreFixture.record("good"), StoreFixture.record("bad")])
        }
        #expect(try store.counts().items == 0)
        #expect(try store.fileState(path: "inbox/a.xml") == nil)
    }
}
