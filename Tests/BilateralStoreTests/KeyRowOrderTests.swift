import CSQLite
import Testing

@testable import BilateralStore

@Suite("classification rows put in primary-key order")
struct KeyRowOrderTests {
    /// Rows as (key, recency, seq) triples, for comparing.
    func triples(_ rows: [bilateral_key_row]) -> [[Int64]] { rows.map { [$0.key, $0.recency, $0.seq] } }

    func row(_ key: Int64, _ recency: Int64, _ seq: Int64) -> bilateral_key_row {
        bilateral_key_row(key: key, recency: recency, seq: seq, value: .int(seq))
    }

    @Test("a batch like a commit's: many rows per key, recency falling or rising within a file")
    func commitLikeBatch() {
        var rows: [bilateral_key_row] = []
        for seq in Int64(1)...600 {
            let recency = 1_717_000_000 + (seq % 20 == 0 ? 0 : (20 - seq % 20) * 60) // newest first within a feed
            for key in [3, 17, 17 + seq % 40, 250 + seq % 7, 9_000 + seq] as [Int64] {
                rows.append(row(key, recency, seq))
            }
        }
        rows = rows.indices.map { rows[($0 * 7_919) % rows.count] } // a fixed permutation (7,919 is prime)
        let sorted = KeyRowOrder.sorted(rows)
        #expect(triples(sorted) == triples(rows.sorted(by: KeyRowOrder.precedes)))
        #expect(sorted.map(\.ivalue).sorted() == rows.map(\.ivalue).sorted()) // every row once, values kept
    }

    @Test("keys too far apart to count, one row, no rows")
    func edges() {
        let wide = [row(1 << 40, 5, 1), row(2, 9, 2), row(2, 3, 3), row(1 << 40, 1, 4)]
        #expect(triples(KeyRowOrder.sorted(wide)) == [[2, 3, 3], [2, 9, 2], [1 << 40, 1, 4], [1 << 40, 5, 1]])
        #expect(triples(KeyRowOrder.sorted([row(7, 1, 1)])) == [[7, 1, 1]])
        #expect(KeyRowOrder.sorted([]).isEmpty)
        let negative = [row(-3, 2, 1), row(5, 1, 2), row(-3, 1, 3)]
        #expect(triples(KeyRowOrder.sorted(negative)) == [[-3, 1, 3], [-3, 2, 1], [5, 1, 2]])
    }
}
