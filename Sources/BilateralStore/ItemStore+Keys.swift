import BilateralFeeds
import Foundation

/// The classification index (migration v6, docs/classification-index.md):
/// one document per item in the FTS5 table `key_index`, whose rowid is the
/// item's `rkey` and whose terms are its key ids (`k12 k45`). SQLite keeps
/// each term's postings as packed lists, written as a segment per commit
/// and merged in the background.
extension ItemStore {
    /// How `item.rkey` orders items: recency (whole seconds, clamped to
    /// `recencyRange`) times `rankSlots`, plus the item's rank among the
    /// items of that second in the order they were stored.
    static let rankSlots: Int64 = 1 << 21
    static let recencyRange: ClosedRange<Int64> = -(1 << 41)...((1 << 41) - 1)

    /// The first `rkey` of the items of recency `seconds`.
    static func firstRKey(ofSeconds seconds: Int64) -> Int64 {
        min(max(seconds, recencyRange.lowerBound), recencyRange.upperBound) * rankSlots
    }

    /// The ids of an item's keys, as `item.class_keys` lists them (`12,45,678`).
    static func classKeyList(_ ids: [Int64]) -> [UInt8] { joined(ids, separator: ",", prefix: "") }

    /// The ids listed in `item.class_keys`.
    static func classKeyIDs(in list: String) -> [Int64] { list.split(separator: ",").compactMap { Int64($0) } }

    /// What a key's term in `key_index` starts with: the term of key 45 is
    /// `k45`. (Migration v6 writes it in its SQL as it was then.)
    static let indexTermPrefix = "k"

    /// The `key_index` document of an item with these key ids (`k12 k45`).
    static func indexDocument(_ ids: [Int64]) -> [UInt8] { joined(ids, separator: " ", prefix: indexTermPrefix) }

    /// The FTS5 query for the items of the key of id `id`.
    static func indexTerm(_ id: Int64) -> String { indexTermPrefix + String(id) }

    /// `ids` in decimal, each after `prefix`, between `separator`s (class_key ids are positive).
    private static func joined(_ ids: [Int64], separator: Unicode.Scalar, prefix: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * (5 + prefix.utf8.count))
        for (index, id) in ids.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: separator)) }
            bytes += prefix.utf8
            DecimalDigits.append(UInt(id.magnitude), to: &bytes)
        }
        return bytes
    }

    /// The ids of `keys` (an item's classification keys, see
    /// `ClassKey.keys(of:)`), each taken from (or added to) `class_key`.
    /// Must run inside `database.transaction` (new ids are forgotten if it rolls back).
    func keyIDs(_ keys: [ClassKey], db: SQLiteConnection) throws -> [Int64] {
        try keys.map { try database.classKeys.id(of: $0, db: db) }
    }

    /// The `rkey` for a new item of recency `seconds`: one more than the
    /// largest of that second's items, or the second's first. Must run
    /// inside `database.transaction`, before the item is inserted; `ranks`
    /// holds the rkeys this transaction stored (a second seen before in it
    /// needs no index seek: undated items all take the second of their
    /// ingest).
    /// - Throws: `StoreError` `.invalid` if that second already holds
    ///   `rankSlots` items (2,097,152).
    func nextRKey(seconds: Int64, ranks: RankCache, db: SQLiteConnection) throws -> Int64 {
        let first = Self.firstRKey(ofSeconds: seconds)
        let last = first + Self.rankSlots - 1
        let largest = try ranks.largest(ofSecondAt: first) ?? db.statement("SELECT max(rkey) FROM item WHERE rkey BETWEEN ? AND ?")
            .rows([.int(first), .int(last)]) { $0.optionalInt64(0) }.first ?? nil
        guard let largest else { return first }
        guard largest < last else {
            throw StoreError(path: db.path, message: "more than \(Self.rankSlots) items have the recency \(seconds)", code: .invalid)
        }
        return largest + 1
    }

    /// The largest `rkey` stored so far in one write transaction, per
    /// second (by the second's first rkey). Dropped with the transaction.
    struct RankCache {
        private var largest: [Int64: Int64] = [:]

        func largest(ofSecondAt first: Int64) -> Int64? { largest[first] }

        /// Notes that an item was stored with `rkey` (its second's first rkey is
        /// `rkey` less its rank: the low 21 bits).
        mutating func stored(_ rkey: Int64) {
            let first = rkey & ~(ItemStore.rankSlots - 1)
            largest[first] = max(largest[first] ?? rkey, rkey)
        }
    }

    /// The index document of one item: its `rkey` and its key ids.
    struct IndexEntry {
        var rkey: Int64
        var keys: [Int64]
    }

    /// Adds the index documents of `entries` (items without keys have none),
    /// in `rkey` order: FTS5 keeps the postings it has not written yet in
    /// rowid order and writes them out as a segment whenever a rowid comes
    /// lower than the last. Added in the order of storing (recency out of
    /// order), the inserts were half the writer's profile and it spent
    /// 1.99-2.21 ms of CPU per corpus file; in order, 1.25-1.39 ms. Must run
    /// inside `database.transaction`.
    func indexItems(_ entries: [IndexEntry], db: SQLiteConnection) throws {
        for entry in entries.sorted(by: { $0.rkey < $1.rkey }) where !entry.keys.isEmpty {
            try db.run("INSERT INTO key_index (rowid, keys) VALUES (?, ?)", .int(entry.rkey), .utf8(Self.indexDocument(entry.keys)))
        }
    }

    /// Removes the index documents of `entries`, in `rkey` order (see
    /// `indexItems`). A contentless FTS5 table is told what to remove: each
    /// entry's keys must be the ones its document was added with.
    func unindexItems(_ entries: [IndexEntry], db: SQLiteConnection) throws {
        for entry in entries.sorted(by: { $0.rkey < $1.rkey }) where !entry.keys.isEmpty {
            try db.run("INSERT INTO key_index (key_index, rowid, keys) VALUES ('delete', ?, ?)",
                       .int(entry.rkey), .utf8(Self.indexDocument(entry.keys)))
        }
    }
}
