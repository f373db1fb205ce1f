import BilateralRecords

/// One classification key of the `class_key` table: a country, a topic, a
/// country pair, or a pair and one of its topics. An item's classification
/// is stored as one `item_key` row per key.
///
/// The hash is computed once, when the key is made (on the worker that
/// classified the item), so that the store's writer looks an item's ~45
/// keys up in its id cache without hashing their strings again.
struct ClassKey: Hashable, Sendable {
    enum Kind: String, Sendable {
        case country, topic, pair
        case pairTopic = "pair_topic"

        /// A number per kind, hashed instead of the raw value (a String: a
        /// `Hashable` raw-value enum hashes its string).
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
    private let hash: Int

    init(kind: Kind, name: String, topic: String = "") {
        self.kind = kind
        self.name = name
        self.topic = topic
        var hasher = Hasher()
        hasher.combine(kind.code)
        hasher.combine(name)
        hasher.combine(topic)
        hash = hasher.finalize()
    }

    static func == (a: ClassKey, b: ClassKey) -> Bool {
        a.hash == b.hash && a.kind == b.kind && a.name == b.name && a.topic == b.topic
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// The keys of `record`'s classification with their `item_key` values:
    /// one per country (its mentions), topic (score), pair (none), and pair
    /// and topic (score). Appended to one array reserved to size (the
    /// temporary arrays of `map` and `+=` were a third of this function).
    static func keys(of record: ItemRecord) -> [Valued] {
        var keys: [Valued] = []
        keys.reserveCapacity(record.countries.count + record.topics.count
            + record.dyads.reduce(0) { $0 + 1 + $1.topics.count })
        for country in record.countries {
            keys.append(Valued(key: ClassKey(kind: .country, name: country.code), value: .mentions(country.mentions)))
        }
        for topic in record.topics {
            keys.append(Valued(key: ClassKey(kind: .topic, name: topic.id), value: .score(topic.score)))
        }
        for dyad in record.dyads {
            keys.append(Valued(key: ClassKey(kind: .pair, name: dyad.pair), value: .none))
            for topic in dyad.topics {
                keys.append(Valued(key: ClassKey(kind: .pairTopic, name: dyad.pair, topic: topic.id), value: .score(topic.score)))
            }
        }
        return keys
    }

    /// A key and the value its `item_key` row holds.
    struct Valued: Sendable {
        enum Value: Sendable {
            case mentions(Int)
            case score(Double)
            case none
        }

        var key: ClassKey
        var value: Value
    }
}
