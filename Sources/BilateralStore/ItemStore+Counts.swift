extension ItemStore {
    /// Items per item-level topic, most first.
    public func topicCounts() throws -> [KeyCount] {
        try keyCounts("SELECT topic, count(*) AS n FROM item_topic GROUP BY topic ORDER BY n DESC, topic")
    }

    /// Items per pair, most first.
    public func pairCounts() throws -> [KeyCount] {
        try keyCounts("SELECT pair, count(*) AS n FROM item_dyad GROUP BY pair ORDER BY n DESC, pair")
    }

    /// Items per country or organisation code, most first.
    public func countryCounts() throws -> [KeyCount] {
        try keyCounts("SELECT code, count(*) AS n FROM item_country GROUP BY code ORDER BY n DESC, code")
    }

    /// Items per (pair, topic), as `CN-RU energy`, most first.
    public func pairTopicCounts() throws -> [KeyCount] {
        try keyCounts("""
            SELECT pair || ' ' || topic, count(*) AS n FROM item_dyad_topic GROUP BY pair, topic ORDER BY n DESC, pair, topic
            """)
    }

    /// Totals for status lines.
    public func counts() throws -> StoreCounts {
        try database.withConnection { db in
            let items = try db.statement("SELECT count(*), coalesce(max(seq), 0) FROM item").rows { ($0.int(0), $0.int64(1)) }.first ?? (0, 0)
            let byStatus = try db.statement("SELECT status, count(*) FROM file GROUP BY status").rows { ($0.text(0) ?? "", $0.int(1)) }
            var filesByStatus: [FileState.Status: Int] = [:]
            for (status, n) in byStatus { if let s = FileState.Status(rawValue: status) { filesByStatus[s] = n } }
            let exported = try db.statement("SELECT last_seq FROM export_state WHERE id = 1").rows { $0.int64(0) }.first ?? 0
            return StoreCounts(items: items.0, files: filesByStatus.values.reduce(0, +), filesByStatus: filesByStatus,
                               exportedSeq: exported, lastSeq: items.1)
        }
    }

    private func keyCounts(_ sql: String) throws -> [KeyCount] {
        try database.withConnection { db in
            try db.statement(sql).rows { KeyCount(key: $0.text(0) ?? "", items: $0.int(1)) }
        }
    }
}
