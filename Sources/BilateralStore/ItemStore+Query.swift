import BilateralRecords
import Foundation

extension ItemStore {
    /// The records matching `query`, newest first.
    /// - Throws: `StoreError` (`.damaged` if a stored record no longer decodes).
    public func query(_ query: ItemQuery) throws -> [ItemRecord] {
        try storedItems(query).map(\.record)
    }

    /// Like `query(_:)`, with each item's seq and first-seen time.
    public func storedItems(_ query: ItemQuery) throws -> [StoredItem] {
        let (sql, values) = Self.sql(for: query)
        let rows = try database.withConnection { db in
            try db.statement(sql).rows(values) { ($0.int64(0), $0.int64(1), $0.text(2) ?? "") }
        }
        return try rows.map { try StoredItem(seq: $0.0, firstSeenSeconds: $0.1, json: $0.2, path: path) }
    }

    /// The stored item with this id, if any.
    public func item(id: String) throws -> StoredItem? {
        let row = try database.withConnection { db in
            try db.statement("SELECT seq, first_seen_at, record_json FROM item WHERE id = ?")
                .rows([.text(id)]) { ($0.int64(0), $0.int64(1), $0.text(2) ?? "") }.first
        }
        return try row.map { try StoredItem(seq: $0.0, firstSeenSeconds: $0.1, json: $0.2, path: path) }
    }

    /// The files (paths relative to the watch folder) an item was read from.
    public func files(ofItem id: String) throws -> [String] {
        try database.withConnection { db in
            try db.statement("""
                SELECT f.file_path FROM item_file f JOIN item i ON i.seq = f.item_seq WHERE i.id = ? ORDER BY f.file_path
                """).rows([.text(id)]) { $0.text(0) ?? "" }
        }
    }

    static func sql(for query: ItemQuery) -> (String, [SQLiteValue]) {
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        switch (query.pair, query.topic) {
        case let (pair?, topic?):
            conditions.append("i.seq IN (SELECT item_seq FROM item_dyad_topic WHERE pair = ? AND topic = ?)")
            values += [.text(pair), .text(topic)]
        case let (pair?, nil):
            conditions.append("i.seq IN (SELECT item_seq FROM item_dyad WHERE pair = ?)")
            values.append(.text(pair))
        case let (nil, topic?):
            conditions.append("i.seq IN (SELECT item_seq FROM item_topic WHERE topic = ?)")
            values.append(.text(topic))
        case (nil, nil): break
        }
        if let country = query.country {
            conditions.append("i.seq IN (SELECT item_seq FROM item_country WHERE code = ?)")
            values.append(.text(country))
        }
        let time = query.timeField == .published ? "coalesce(i.published, i.first_seen_at)" : "i.first_seen_at"
        if let since = query.since {
            conditions.append("\(time) >= ?")
            values.append(.int(Int64(since.timeIntervalSince1970.rounded(.up))))
        }
        if let until = query.until {
            conditions.append("\(time) < ?")
            values.append(.int(Int64(until.timeIntervalSince1970.rounded(.up))))
        }
        if let text = query.text, !text.isEmpty {
            conditions.append("i.text LIKE ? ESCAPE '\\'")
            values.append(.text("%" + escapeLike(text) + "%"))
        }
        var sql = "SELECT i.seq, i.first_seen_at, i.record_json FROM item i"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY \(time) DESC, i.seq DESC"
        if let limit = query.limit {
            sql += " LIMIT ?"
            values.append(.int(max(0, limit)))
        }
        return (sql, values)
    }

    private static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension StoredItem {
    init(seq: Int64, firstSeenSeconds: Int64, json: String, path: String) throws {
        do {
            self.init(seq: seq, firstSeen: Date(timeIntervalSince1970: TimeInterval(firstSeenSeconds)),
                      record: try ItemRecord(jsonLine: json))
        } catch {
            throw StoreError(path: path, message: "item seq \(seq): stored record does not decode: \(error)", code: .damaged)
        }
    }
}
