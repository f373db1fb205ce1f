/// Where each kind of feed key lives in the store: its `class_key` rows,
/// whose items are found in the classification index (`key_index`).
extension AtomFeedKey {
    /// The four kinds of feeds.
    enum Kind: CaseIterable {
        case topic, pair, pairTopic, country

        /// The kind of the `class_key` rows of the feeds of this kind.
        var classKind: ClassKey.Kind {
            switch self {
            case .topic: return .topic
            case .pair: return .pair
            case .pairTopic: return .pairTopic
            case .country: return .country
            }
        }
    }

    var kind: Kind {
        switch self {
        case .topic: return .topic
        case .pair: return .pair
        case .pairTopic: return .pairTopic
        case .country: return .country
        }
    }

    /// The stored classification key of this feed.
    var classKey: ClassKey {
        switch self {
        case .topic(let t): return ClassKey(kind: .topic, name: t)
        case .pair(let p): return ClassKey(kind: .pair, name: p)
        case .pairTopic(let p, let t): return ClassKey(kind: .pairTopic, name: p, topic: t)
        case .country(let c): return ClassKey(kind: .country, name: c)
        }
    }

    /// The feed of the stored classification key `key`.
    init(_ key: ClassKey) {
        switch key.kind {
        case .topic: self = .topic(key.name)
        case .pair: self = .pair(key.name)
        case .pairTopic: self = .pairTopic(pair: key.name, topic: key.topic)
        case .country: self = .country(key.name)
        }
    }
}
