extension ItemStore {
    /// Items per item-level topic, most first.
    public func topicCounts() throws -> [KeyCount] {
        try keyCounts(kind: .topic, label: "k.name")
    }

    /// Items per pair, most first.
    public func pairCounts() throws -> [KeyCount] {
        try keyCounts(kind: .pair, label: "k.name")
    }

    /// Items per country or organisation code, most first.
    public func countryCounts() throws -> [KeyCount] {
        try keyCounts(kind: .country, label: "k.name")
    }

    /// Items per (pair, topic), as `CN-RU energy`, most first.
    public func pairTopicCounts() throws -> [KeyCount] {
        try keyCounts(kind: .pairTopic, label: "k.name || ' ' || k.topic")
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

    /// Items per key of `kind`, most first: the length of each key's postings
    /// in the classification index (no item is read).
    private func keyCounts(kind: ClassKey.Kind, label: String) throws -> [KeyCount] {
        try database.withConnection { db in
            try db.statement("""
                SELECT \(label), count(*) AS n FROM class_key AS k JOIN key_postings AS p ON p.term = '\(Self.indexTermPrefix)' || k.id
                WHERE k.kind = ?\(kind == .pairTopic ? "" : " AND k.topic = ''")
                GROUP BY k.id ORDER BY n DESC, k.name, k.topic
                """).rows([.text(kind.rawValue)]) { KeyCount(key: $0.text(0) ?? "", items: $0.int(1)) }
        }
    }
}
