/// The tokenizer's two questions about a non-ASCII scalar (is it part of a
/// word? is it an upper-case letter?) answered from a table of one byte per
/// scalar of the Basic Multilingual Plane, built once from the Unicode
/// properties (`UTF8Scalar.isWordByProperties`, `isUpperByProperties`).
///
/// Asking the standard library for a scalar's general category or case is
/// a search of its property tables: on a mix of real feeds (Cyrillic,
/// Bengali, Spanish, German...) those searches were ~30% of `classify`'s CPU,
/// once or twice for every non-ASCII letter. The table is 64 KiB; a text in
/// one script reads a few of its cache lines. Scalars above U+FFFF (rare in
/// news) still ask the properties.
struct ScalarClasses: Sendable {
    /// Built once, on first use (immutable afterwards).
    static let shared = ScalarClasses()

    /// Scalars below this have a table entry.
    static let tableEnd: UInt32 = 0x10000

    static let word: UInt8 = 1
    static let upper: UInt8 = 2

    /// Entry `s`: `word` and `upper` bits of scalar `s` (0 for surrogates).
    private let bits: [UInt8]

    private init() {
        var bits = [UInt8](repeating: 0, count: Int(Self.tableEnd))
        for value in 0..<Self.tableEnd where !(0xD800..<0xE000).contains(value) {
            var entry: UInt8 = 0
            if UTF8Scalar.isWordByProperties(value) { entry |= Self.word }
            if UTF8Scalar.isUpperByProperties(value) { entry |= Self.upper }
            bits[Int(value)] = entry
        }
        self.bits = bits
    }

    /// The bits of `value`, which must be below `tableEnd`.
    @inline(__always)
    func bits(of value: UInt32) -> UInt8 {
        bits.withUnsafeBufferPointer { $0[Int(value)] }
    }
}
