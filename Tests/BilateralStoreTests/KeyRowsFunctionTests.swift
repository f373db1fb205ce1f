import CSQLite
import Foundation
import Testing
@testable import BilateralStore

/// `bilateral_key_rows(?)` (CSQLite/key_rows.h): a batch in memory as a table.
@Suite struct KeyRowsFunctionTests {
    @Test func aBatchIsInsertedWithItsValuesAndTheirTypes() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        try db.execute("CREATE TABLE t (key INTEGER NOT NULL, recency INTEGER NOT NULL, item_seq INTEGER NOT NULL, value NUMERIC)")
        let insert = try db.statement("INSERT INTO t SELECT key, recency, item_seq, value FROM bilateral_key_rows(?)")
        let batch = [bilateral_key_row(key: 7, recency: 1_700_000_000, seq: 1, value: .int(3)),
                     bilateral_key_row(key: 8, recency: 1_700_000_001, seq: 2, value: .double(0.727)),
                     bilateral_key_row(key: 9, recency: -5, seq: 3, value: .null),
                     bilateral_key_row(key: .max, recency: .min, seq: 4, value: .int(-1))]
        #expect(try insert.run(keyRows: batch) == 4)
        #expect(try insert.run(keyRows: []) == 0)
        let rows = try db.statement("SELECT key, recency, item_seq, typeof(value), value FROM t ORDER BY item_seq").rows {
            "\($0.int64(0)) \($0.int64(1)) \($0.int64(2)) \($0.text(3) ?? "") \($0.text(4) ?? "NULL")"
        }
        #expect(rows == ["7 1700000000 1 integer 3", "8 1700000001 2 real 0.727", "9 -5 3 null NULL",
                         "\(Int64.max) \(Int64.min) 4 integer -1"])
    }

    @Test func sqlCannotForgeABatchOrCallItWithoutOne() throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let db = try fx.connection()
        // A value that is not a pointer bound by bilateral_bind_key_rows yields no rows.
        for argument in ["NULL", "42", "'bilateral_key_rows'", "x'0000000000000000'"] {
            let count = try db.statement("SELECT count(*) FROM bilateral_key_rows(\(argument))").rows { $0.int64(0) }
            #expect(count == [0], "argument \(argument)")
        }
        #expect(throws: StoreError.self) { _ = try db.statement("SELECT * FROM bilateral_key_rows").rows { $0.int64(0) } }
        #expect(throws: StoreError.self) { try db.execute("CREATE VIRTUAL TABLE stored USING bilateral_key_rows") }
    }
}
