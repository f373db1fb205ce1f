/// Where each kind of feed key lives in the store: its classification
/// table and key columns (names only; the writer's SQL uses no index name).
extension AtomFeedKey {
    /// The four kinds of feeds.
    enum Kind: CaseIterable {
        case topic, pair, pairTopic, country

        /// The classification table the feeds of this kind list items of.
        var table: String {
            switch self {
            case .topic: return "item_topic"
            case .pair: return "item_dyad"
            case .pairTopic: return "item_dyad_topic"
            case .country: return "item_country"
            }
        }

        /// The key columns, in index order.
        var columns: [String] {
            switch self {
            case .topic: return ["topic"]
            case .pair: return ["pair"]
            case .pairTopic: return ["pair", "topic"]
            case .country: return ["code"]
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

    /// The values of `kind.columns`.
    var values: [String] {
        switch self {
        case .topic(let t): return [t]
        case .pair(let p): return [p]
        case .pairTopic(let p, let t): return [p, t]
        case .country(let c): return [c]
        }
    }

    /// The key of `kind` with these column values.
    init(_ kind: Kind, _ values: [String]) {
        switch kind {
        case .topic: self = .topic(values[0])
        case .pair: self = .pair(values[0])
        case .pairTopic: self = .pairTopic(pair: values[0], topic: values[1])
        case .country: self = .country(values[0])
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
