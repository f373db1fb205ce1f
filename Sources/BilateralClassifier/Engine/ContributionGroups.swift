/// The contributions of an item (each slot counted once) grouped by pair and
/// topic: keys in order of first contribution, and each key's contributions
/// in their original order, stored one group after the other (no array per key).
struct ContributionGroups {
    /// A pair (nil: the item) and a topic.
    struct Key: Equatable {
        var pair: ActorPair?
        var topic: Int32
    }

    private(set) var keys: [Key] = []
    private var members: [Contribution] = []
    private var ranges: [Range<Int>] = []

    /// Contributions come in sentence order and a slot names its sentence,
    /// so a repeated slot can only be in the run of its own sentence: no set
    /// of all slots is needed.
    init(_ contributions: [Contribution]) {
        var kept: [Contribution] = []
        var keyOf: [Int32] = []
        kept.reserveCapacity(contributions.count)
        keyOf.reserveCapacity(contributions.count)
        keys.reserveCapacity(contributions.count)
        var index = KeyIndex(capacity: contributions.count)
        var runStart = 0
        for contribution in contributions {
            if let last = kept.last, last.sentence != contribution.sentence { runStart = kept.count }
            // A repeated slot has the key of its first contribution (so no new
            // key is added for it): compare key ids and phrases only.
            let key = index.slot(of: Key(pair: contribution.pair, topic: contribution.topic), in: &keys)
            guard !(runStart..<kept.count).contains(where: { keyOf[$0] == key && kept[$0].phrase == contribution.phrase })
            else { continue }
            kept.append(contribution)
            keyOf.append(key)
        }
        arrange(kept, keyOf)
    }

    /// The contributions of key `index`, in order.
    func contributions(of index: Int) -> ArraySlice<Contribution> {
        members[ranges[index]]
    }

    /// A stable counting sort of `kept` by key.
    private mutating func arrange(_ kept: [Contribution], _ keyOf: [Int32]) {
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for key in keyOf { starts[Int(key) + 1] += 1 }
        for key in keys.indices { starts[key + 1] += starts[key] }
        ranges = keys.indices.map { starts[$0]..<starts[$0 + 1] }
        members = kept
        for (contribution, key) in zip(kept, keyOf) {
            members[starts[Int(key)]] = contribution
            starts[Int(key)] += 1
        }
    }

    /// Open addressing from keys to their index in `keys` (sized for every
    /// contribution, so it never grows).
    private struct KeyIndex {
        private var slots: [Int32]

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
        }

        /// The index of `key` in `keys`, appending it when new.
        mutating func slot(of key: Key, in keys: inout [Key]) -> Int32 {
            let mask = slots.count - 1
            var position = Self.hash(key) & mask
            while slots[position] >= 0 {
                if keys[Int(slots[position])] == key { return slots[position] }
                position = (position + 1) & mask
            }
            slots[position] = Int32(keys.count)
            keys.append(key)
            return slots[position]
        }

        private static func hash(_ key: Key) -> Int {
            let pair = key.pair.map { UInt64(UInt32($0.first)) << 32 | UInt64(UInt32($0.second)) } ?? .max
            let mixed = (pair ^ UInt64(UInt32(key.topic)) &* 0x9E37_79B9) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> 32)
        }
    }
}
