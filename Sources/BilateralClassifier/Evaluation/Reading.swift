/// What an item is about, as sets: the shape shared by the hand labels of
/// the development set and by a classifier's answer, so the two compare
/// directly.
public struct Reading: Codable, Hashable, Sendable {
    /// Actor codes mentioned (`RU`, `CN`, `APEC`).
    public var countries: Set<String>
    /// Pair (`CN-RU`) to the topic ids of that pair.
    public var dyads: [String: Set<String>]
    /// Item-level topic ids.
    public var topics: Set<String>
    /// Whether the item is about relations between actors (has a dyad).
    public var relation: Bool

    public init(countries: Set<String> = [], dyads: [String: Set<String>] = [:],
                topics: Set<String> = [], relation: Bool? = nil) {
        self.countries = countries
        self.dyads = dyads
        self.topics = topics
        self.relation = relation ?? !dyads.isEmpty
    }

    /// The reading of a classifier's answer.
    public init(_ classification: Classification) {
        self.init(
            countries: Set(classification.countries.map(\.code)),
            dyads: Dictionary(classification.dyads.map { ($0.pair, Set($0.topics.map(\.id))) },
                              uniquingKeysWith: { $0.union($1) }),
            topics: Set(classification.topics.map(\.id)))
    }

    /// Every (pair, topic) of the dyads, as `CN-RU/energy`.
    public var dyadTopics: Set<String> {
        Set(dyads.flatMap { pair, topics in topics.map { "\(pair)/\($0)" } })
    }
}
