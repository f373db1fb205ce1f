import CSQLite

/// Puts a batch of classification rows in primary-key order (key, recency,
/// item_seq), the order `insertKeyRows` inserts them in.
///
/// Keys are small dense ids (`class_key.id`), so the rows are first
/// distributed by key (a counting sort: two passes, no comparisons), then
/// each key's few rows are sorted by (recency, item_seq). A comparison sort
/// of a whole commit's ~26,000 rows (on the 2,000-file benchmark) was ~1.5%
/// of the ingest's samples, on the store's one writer thread.
enum KeyRowOrder {
    /// The widest key range counted directly (ids above it are unusual: the
    /// rows are then sorted by comparison).
    static let countedKeyRange: Int64 = 1 << 20

    /// `rows` in primary-key order.
    static func sorted(_ rows: [bilateral_key_row]) -> [bilateral_key_row] {
        guard let low = rows.lazy.map(\.key).min(), let high = rows.lazy.map(\.key).max(),
              high - low < countedKeyRange, rows.count > 1 else {
            return rows.sorted(by: precedes)
        }
        // starts[k]: where the rows of key low + k begin in the output.
        var starts = [Int](repeating: 0, count: Int(high - low) + 2)
        for row in rows { starts[Int(row.key - low) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        var output = [bilateral_key_row](unsafeUninitializedCapacity: rows.count) { buffer, count in
            for row in rows {
                let slot = Int(row.key - low)
                (buffer.baseAddress! + next[slot]).initialize(to: row)
                next[slot] += 1
            }
            count = rows.count
        }
        for slot in 0..<(starts.count - 1) where starts[slot + 1] - starts[slot] > 1 {
            output[starts[slot]..<starts[slot + 1]].sort(by: precedes)
        }
        return output
    }

    /// Primary-key order of two rows.
    @inline(__always)
    static func precedes(_ a: bilateral_key_row, _ b: bilateral_key_row) -> Bool {
        (a.key, a.recency, a.seq) < (b.key, b.recency, b.seq)
    }
}
