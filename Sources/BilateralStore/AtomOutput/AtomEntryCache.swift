/// The entries rendered so far in a round, by item seq, within a byte
/// budget, so that an item listed by hundreds of feeds is decoded and
/// rendered once. Two generations (an approximate LRU at O(1) per call):
/// entries go into the current generation; when it holds half the budget
/// it becomes the previous one and the old previous one is dropped; an
/// entry found in the previous generation moves back to the current one.
/// The cache therefore never holds more than `budget` bytes of entries.
struct AtomEntryCache {
    /// Bytes of entry XML kept at most.
    let budget: Int
    private var current: [Int64: AtomEntry] = [:]
    private var previous: [Int64: AtomEntry] = [:]
    private var currentBytes = 0
    private var previousBytes = 0
    /// Lookups answered, and not answered, since the cache was made.
    private(set) var hits = 0
    private(set) var misses = 0

    init(budget: Int) {
        self.budget = max(0, budget)
    }

    /// Entries held.
    var count: Int { current.count + previous.count }
    /// Bytes of entry XML held.
    var bytes: Int { currentBytes + previousBytes }

    /// The entry of item `seq`, if cached.
    mutating func entry(_ seq: Int64) -> AtomEntry? {
        if let entry = current[seq] {
            hits += 1
            return entry
        }
        guard let entry = previous.removeValue(forKey: seq) else {
            misses += 1
            return nil
        }
        hits += 1
        previousBytes -= entry.xml.count
        insert(entry, seq: seq)
        return entry
    }

    /// Keeps `entry` as item `seq`'s (an entry larger than half the budget is not kept).
    mutating func insert(_ entry: AtomEntry, seq: Int64) {
        let size = entry.xml.count
        guard size <= budget / 2, current[seq] == nil else { return }
        if currentBytes + size > budget / 2 {
            previous = current
            previousBytes = currentBytes
            current = [:]
            currentBytes = 0
        }
        current[seq] = entry
        currentBytes += size
    }
}
