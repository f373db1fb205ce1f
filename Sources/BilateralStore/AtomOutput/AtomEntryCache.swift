/// Rendered Atom entries by item seq, within a byte budget, so that an item
/// listed by hundreds of feeds is decoded and rendered once. Kept for one
/// round, or across rounds by `AtomFeedService` (then only items new to the
/// cache are decoded in a round).
///
/// Each entry carries a fingerprint of the stored row it was rendered from
/// (record JSON and first-seen time). In each round, an entry is used only
/// after its row was read again and found the same (once per round: the
/// entry is then marked valid for the round), so a record changed by
/// `bilateral reclassify` is rendered anew.
///
/// Two generations (an approximate LRU at O(1) per call): entries go into
/// the current generation; when it holds half the budget it becomes the
/// previous one and the old previous one is dropped; an entry used from the
/// previous generation moves back to the current one. The cache never
/// holds more than `budget` bytes of entry XML.
public struct AtomEntryCache: Sendable {
    struct Slot: Sendable {
        var entry: AtomEntry
        var fingerprint: Int
        /// The round in which the stored row was last found to match.
        var round: Int
    }

    /// Bytes of entry XML kept at most.
    public let budget: Int
    private var current: [Int64: Slot] = [:]
    private var previous: [Int64: Slot] = [:]
    private var currentBytes = 0
    private var previousBytes = 0
    private var round = 0
    /// Entries used (valid in the round, or found matching their row) and not found, since the cache was made.
    private(set) var hits = 0
    private(set) var misses = 0

    /// The default budget, 64 MiB. A generation holds half of it, and a full
    /// rewrite renders each item once only if the entries of all items
    /// listed fit in about that: the ~6,000 items of the 300-file benchmark
    /// corpus (~5 KB per entry, dense classifications) take ~28 MB.
    public static let defaultBudget = 64 << 20

    /// - Parameter budget: bytes of rendered entries kept at most.
    public init(budget: Int = defaultBudget) {
        self.budget = max(0, budget)
    }

    /// Entries held.
    public var count: Int { current.count + previous.count }
    /// Bytes of entry XML held.
    public var bytes: Int { currentBytes + previousBytes }

    /// Starts a round: every entry must be checked against its row again before use.
    mutating func beginRound() { round += 1 }

    /// The entry of item `seq` if it was checked against its row in this round.
    mutating func validEntry(_ seq: Int64) -> AtomEntry? {
        guard let slot = slot(seq), slot.round == round else { return nil }
        hits += 1
        return slot.entry
    }

    /// The entry of item `seq` if it was rendered from a row with this
    /// fingerprint; it is then valid for the rest of the round.
    mutating func entry(_ seq: Int64, fingerprint: Int) -> AtomEntry? {
        guard var slot = slot(seq), slot.fingerprint == fingerprint else {
            misses += 1
            return nil
        }
        hits += 1
        slot.round = round
        current[seq] = slot
        return slot.entry
    }

    /// Keeps `entry`, rendered from a row with `fingerprint`, as item `seq`'s,
    /// valid for the round (an entry larger than half the budget is not kept).
    mutating func insert(_ entry: AtomEntry, seq: Int64, fingerprint: Int) {
        if let old = current.removeValue(forKey: seq) { currentBytes -= old.entry.xml.count }
        if let old = previous.removeValue(forKey: seq) { previousBytes -= old.entry.xml.count }
        store(Slot(entry: entry, fingerprint: fingerprint, round: round), seq: seq)
    }

    /// The fingerprint of a stored row (stable within the process).
    static func fingerprint(json: String, firstSeenSeconds: Int64) -> Int {
        var hasher = Hasher()
        hasher.combine(json)
        hasher.combine(firstSeenSeconds)
        return hasher.finalize()
    }

    /// The slot of `seq`, moved into the current generation if it was in the previous one.
    private mutating func slot(_ seq: Int64) -> Slot? {
        if let slot = current[seq] { return slot }
        guard let slot = previous.removeValue(forKey: seq) else { return nil }
        previousBytes -= slot.entry.xml.count
        store(slot, seq: seq)
        return slot
    }

    private mutating func store(_ slot: Slot, seq: Int64) {
        let size = slot.entry.xml.count
        guard size <= budget / 2 else { return }
        if currentBytes + size > budget / 2 {
            previous = current
            previousBytes = currentBytes
            current = [:]
            currentBytes = 0
        }
        current[seq] = slot
        currentBytes += size
    }
}
