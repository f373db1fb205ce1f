import BilateralRecords

/// One classification key of the `class_key` table: a country, a topic, a
/// country pair, or a pair and one of its topics. An item's classification
/// is indexed as one term per key (`ItemStore+Keys`).
///
/// The hash is computed once, when the key is made (on the worker that
/// classified the item), so that the store's writer looks an item's ~45
/// keys up in its id table (`ClassKeyIDs`) without hashing their strings again.
struct ClassKey: Hashable, Sendable {
    enum Kind: String, Sendable {
        case country, topic, pair
        case pairTopic = "pair_topic"

        /// A number per kind, hashed instead of the raw value (a String).
        var code: UInt8 {
            switch self {
            case .country: 0
            case .topic: 1
            case .pair: 2
            case .pairTopic: 3
            }
        }
    }

    let kind: Kind
    /// The country code, topic id or pair (`CN-RU`).
    let name: String
    /// The topic of a pair and topic; empty otherwise.
    let topic: String
    /// FNV-1a of the key (`fnv1a`): the writer's id table (`ClassKeyIDs`) probes by it.
    let prehash: Int

    init(kind: Kind, name: String, topic: String = "") {
        self.kind = kind
        self.name = name
        self.topic = topic
        prehash = Self.fnv1a(kind: kind, name: name, topic: topic)
    }

    /// A key with a given hash (tests: keys whose hashes collide).
    init(kind: Kind, name: String, topic: String = "", prehash: Int) {
        self.kind = kind
        self.name = name
        self.topic = topic
        self.prehash = prehash
    }

    /// FNV-1a (64-bit) over the kind, the name's bytes, a separator and the topic's bytes.
    /// Only a pre-hash: the writer's table compares the keys when their hashes agree, and a
    /// `Set` or `Dictionary` mixes it into its own seeded `Hasher`; the names are the
    /// classifier's codes and ids, not chosen by a feed. Bytes, as SQLite
    /// compares the key's text. A `Hasher` per key (seeding, SipHash of both strings) was half
    /// the cost of `keys(of:)`.
    private static func fnv1a(kind: Kind, name: String, topic: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        mix(kind.code)
        for byte in name.utf8 { mix(byte) }
        mix(0xFF)   // never in UTF-8: "ab" + "c" and "a" + "bc" differ
        for byte in topic.utf8 { mix(byte) }
        return Int(truncatingIfNeeded: h)
    }

    static func == (a: ClassKey, b: ClassKey) -> Bool {
        a.prehash == b.prehash && a.kind == b.kind && a.name == b.name && a.topic == b.topic
    }

    func hash(into hasher: inout Hasher) { hasher.combine(prehash) }

    /// The keys of `record`'s classification: one per country, topic, pair,
    /// and pair and topic. Appended to one array reserved to size (the
    /// temporary arrays of `map` and `+=` were a third of this function).
    static func keys(of record: ItemRecord) -> [ClassKey] {
        var keys: [ClassKey] = []
        keys.reserveCapacity(record.countries.count + record.topics.count
            + record.dyads.reduce(0) { $0 + 1 + $1.topics.count })
        for country in record.countries { keys.append(ClassKey(kind: .country, name: country.code)) }
        for topic in record.topics { keys.append(ClassKey(kind: .topic, name: topic.id)) }
        for dyad in record.dyads {
            keys.append(ClassKey(kind: .pair, name: dyad.pair))
            for topic in dyad.topics { keys.append(ClassKey(kind: .pairTopic, name: dyad.pair, topic: topic.id)) }
        }
        return keys
    }
}
