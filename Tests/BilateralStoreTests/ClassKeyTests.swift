import BilateralClassifier
import BilateralRecords
import Testing
@testable import BilateralStore

@Suite struct ClassKeyTests {
    @Test func keysOfARecordInOrder() {
        let record = StoreFixture.record("k1", countries: ["CN", "RU", "US"], topics: ["energy", "arms"],
                                         dyads: ["CN-RU": ["energy", "arms"], "RU-US": []])
        #expect(ClassKey.keys(of: record) == [
            ClassKey(kind: .country, name: "CN"), ClassKey(kind: .country, name: "RU"),
            ClassKey(kind: .country, name: "US"), ClassKey(kind: .topic, name: "energy"),
            ClassKey(kind: .topic, name: "arms"), ClassKey(kind: .pair, name: "CN-RU"),
            ClassKey(kind: .pairTopic, name: "CN-RU", topic: "energy"),
            ClassKey(kind: .pairTopic, name: "CN-RU", topic: "arms"), ClassKey(kind: .pair, name: "RU-US"),
        ])
    }

    @Test func keysDifferingOnlyInKindOrTopicAreDistinct() {
        let keys: Set<ClassKey> = [
            ClassKey(kind: .country, name: "energy"), ClassKey(kind: .topic, name: "energy"),
            ClassKey(kind: .pair, name: "CN-RU"), ClassKey(kind: .pairTopic, name: "CN-RU"),
            ClassKey(kind: .pairTopic, name: "CN-RU", topic: "energy"),
        ]
        #expect(keys.count == 5)
        #expect(keys.contains(ClassKey(kind: .pairTopic, name: "CN-RU", topic: "energy")))
        #expect(!keys.contains(ClassKey(kind: .pairTopic, name: "CN-RU", topic: "arms")))
        #expect(ClassKey(kind: .topic, name: "energy").hashValue == ClassKey(kind: .topic, name: "energy").hashValue)
    }

    /// The writer's id table: thousands of keys (it grows many times), keys whose hashes
    /// collide (told apart by the key), and nothing remembered after `forget`.
    @Test func idTableFindsEveryKeyAndTellsCollidingHashesApart() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let table = ClassKeyIDs()
        let keys = (0..<5000).map { ClassKey(kind: .pairTopic, name: "P\($0 / 7)", topic: "t\($0 % 7)") }
        let colliding = [ClassKey(kind: .country, name: "AA", prehash: 42), ClassKey(kind: .country, name: "BB", prehash: 42),
                         ClassKey(kind: .topic, name: "AA", prehash: 42)]
        let ids = try store.database.transaction { db in
            try (keys + colliding).map { try table.id(of: $0, db: db) }
        }
        #expect(Set(ids).count == keys.count + colliding.count)
        #expect(table.count == keys.count + colliding.count)
        for (key, id) in zip(keys + colliding, ids) {
            #expect(table.remembered(key) == id)
        }
        #expect(table.remembered(ClassKey(kind: .country, name: "CC", prehash: 42)) == nil)
        #expect(table.remembered(ClassKey(kind: .pairTopic, name: "P0", topic: "t9")) == nil)
        // The ids are the rows' ids: a second table finds the same ones from the database.
        let again = ClassKeyIDs()
        #expect(try store.database.transaction { db in try (keys + colliding).map { try again.id(of: $0, db: db) } } == ids)
        table.forget()
        #expect(table.count == 0)
        #expect(table.remembered(keys[0]) == nil)
    }

    @Test func fileIngestHoldsOneJSONLineAndKeySetPerRecord() throws {
        let records = [StoreFixture.record("a"), StoreFixture.record("b", countries: [], topics: [], dyads: [:])]
        let ingest = FileIngest(file: StoreFixture.file("inbox/a.xml"), records: records)
        #expect(ingest.jsonLines.map { String(decoding: $0, as: UTF8.self) } == records.map { $0.jsonLine() })
        #expect(try ingest.jsonLines.map { try ItemRecord(jsonLine: String(decoding: $0, as: UTF8.self)) } == records)
        #expect(ingest.keys.map(\.count) == [5, 0])   // CN, RU, energy, CN-RU, CN-RU energy
    }

    /// A store opened again (a new process: its id cache empty) finds the
    /// keys an earlier run stored, adds only the new ones, and one key's
    /// items are listed together whichever run stored them.
    @Test func keysStoredByAnEarlierRunAreFoundNotAddedAgain() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        do {
            let store = try fx.open()
            _ = try store.ingest(file: StoreFixture.file("inbox/a.xml"), records: [
                StoreFixture.record("a", countries: ["CN", "RU"], topics: ["energy"], dyads: ["CN-RU": ["energy"]]),
            ])
        }
        let db = try fx.connection()
        let before = try db.statement("SELECT kind, name, topic, id FROM class_key ORDER BY id")
            .rows { "\($0.text(0) ?? "") \($0.text(1) ?? "") \($0.text(2) ?? "") \($0.int(3))" }
        #expect(before.count == 5)
        let store = try fx.open()
        _ = try store.ingest(file: StoreFixture.file("inbox/b.xml"), records: [
            StoreFixture.record("b", countries: ["RU", "US"], topics: ["energy"], dyads: ["RU-US": ["energy"]]),
        ])
        let after = try db.statement("SELECT kind, name, topic, id FROM class_key ORDER BY id")
            .rows { "\($0.text(0) ?? "") \($0.text(1) ?? "") \($0.text(2) ?? "") \($0.int(3))" }
        #expect(Array(after.prefix(before.count)) == before)
        #expect(after.count == before.count + 3)  // US, RU-US, RU-US energy
        #expect(try store.query(ItemQuery(topic: "energy")).map(\.id).sorted() == ["a", "b"])
        #expect(try store.query(ItemQuery(country: "RU")).map(\.id).sorted() == ["a", "b"])
    }
}
