/// A fixed-size set of small non-negative integers, one bit each: a few
/// kilobytes for tens of thousands of ids, so it stays in the first-level cache.
struct BitSet: Sendable, Equatable {
    private var words: [UInt64]
    /// Ids `0..<count` can be stored.
    let count: Int

    init(count: Int) {
        self.count = count
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// Adds `id` (`0..<count`).
    mutating func insert(_ id: Int) {
        words[id >> 6] |= 1 << UInt64(id & 63)
    }

    /// True when `id` is in the set; false for ids outside `0..<count`.
    @inline(__always)
    func contains(_ id: Int) -> Bool {
        id >= 0 && id < count && words[id >> 6] & (1 << UInt64(id & 63)) != 0
    }
}
