import Foundation

/// The SQL of an `ItemQuery`. The seqs are picked first (by the newest-first
/// order and the limit), then the records of those only are fetched: sorting
/// whole rows would carry every matching record_json through the sorter.
///
/// A query on one topic, pair, pair and topic, or country, by publication
/// time (an Atom feed, `query --topic energy`) reads the key's postings in
/// the classification index newest first (`KeyRangeSQL`) and stops after
/// `limit` entries; any other query looks the candidates up and sorts them.
struct ItemQuerySQL {
    private(set) var sql = ""
    private(set) var values: [SQLiteValue] = []

    init(_ query: ItemQuery, useRecencyIndex: Bool = true) {
        let indexed = useRecencyIndex ? Self.indexed(query, &values) : nil
        // The index gives its items in the order of `item.rkey`, which is (recency, seq).
        var picked = indexed.map { $0 + " ORDER BY r DESC" } ?? (Self.general(query, &values) + Self.generalOrder(query))
        if let limit = query.limit {
            picked += " LIMIT ?"
            values.append(.int(max(0, limit)))
        }
        sql = "SELECT i.seq, i.first_seen_at, i.record_json FROM (\(picked)) AS s JOIN item i ON i.seq = s.seq"
            + " ORDER BY s.t DESC, s.seq DESC"
    }

    /// How many items match `query`, its limit aside: `SELECT count(*)` over the seqs the
    /// query would pick.
    init(counting query: ItemQuery) {
        let picked = Self.indexed(query, &values) ?? Self.general(query, &values)
        sql = "SELECT count(*) FROM (\(picked))"
    }

    /// One classification key's rows in its recency index, when the query allows.
    private static func indexed(_ query: ItemQuery, _ values: inout [SQLiteValue]) -> String? {
        guard query.timeField == .published, query.text?.isEmpty ?? true else { return nil }
        let key: ClassKey
        switch (query.pair, query.topic, query.country) {
        case let (pair?, topic?, nil): key = ClassKey(kind: .pairTopic, name: pair, topic: topic)
        case let (pair?, nil, nil): key = ClassKey(kind: .pair, name: pair)
        case let (nil, topic?, nil): key = ClassKey(kind: .topic, name: topic)
        case let (nil, nil, country?): key = ClassKey(kind: .country, name: country)
        default: return nil
        }
        let range = KeyRangeSQL(key, since: query.since.map(seconds), until: query.until.map(seconds))
        values = range.values
        return range.sql
    }

    private static func general(_ query: ItemQuery, _ values: inout [SQLiteValue]) -> String {
        var conditions: [String] = []
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
        let published = query.timeField == .published
        let time = published ? "coalesce(i.published, i.first_seen_at)" : "i.first_seen_at"
        // Publication time is bounded on `item.rkey`, whose index orders the items by recency,
        // then seq (migration v7): a bound of s seconds is the first rkey of second s.
        let column = published ? "i.rkey" : time
        func bound(_ seconds: Int64) -> Int64 { published ? ItemStore.firstRKey(ofSeconds: seconds) : seconds }
        if let since = query.since { conditions.append("\(column) >= ?"); values.append(.int(bound(seconds(since)))) }
        if let until = query.until { conditions.append("\(column) < ?"); values.append(.int(bound(seconds(until)))) }
        if let text = query.text, !text.isEmpty {
            // Case and accents aside in every script (SQLite's LIKE: ASCII letters only).
            conditions.append("\(SQLiteConnection.containsFunction)(json_extract(i.record_json, '$.text'), ?)")
            values.append(.text(text))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "SELECT i.seq AS seq, \(time) AS t FROM item i" + filter
    }

    /// How the general query's rows are picked newest first: by `item.rkey`
    /// (recency, then seq: its index, no sort) for publication time.
    private static func generalOrder(_ query: ItemQuery) -> String {
        query.timeField == .published ? " ORDER BY i.rkey DESC" : " ORDER BY t DESC, seq DESC"
    }

    /// Whole seconds, rounded up: stored times are whole seconds, so a bound
    /// of 10.5 s admits 11 s and up (`>=`) and stops below 11 s (`<`).
    private static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.up)) }
}
