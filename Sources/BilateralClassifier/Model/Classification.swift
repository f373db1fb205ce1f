/// What the classifier says about one text: the actors it mentions, the
/// relation topics it covers and the pairs of actors it is about.
/// Field names follow spec/output.md.
public struct Classification: Codable, Hashable, Sendable {
    /// Countries (ISO 3166-1 alpha-2) and organisations (codes of
    /// spec/relation-topics.md) mentioned, most mentioned first.
    public var countries: [ActorMention]
    /// Item-level topics that pass the threshold, highest score first.
    public var topics: [TopicScore]
    /// Pairs the item is about, sorted by pair.
    public var dyads: [Dyad]

    public init(countries: [ActorMention] = [], topics: [TopicScore] = [], dyads: [Dyad] = []) {
        self.countries = countries
        self.topics = topics
        self.dyads = dyads
    }
}

/// One actor and how often it is mentioned.
public struct ActorMention: Codable, Hashable, Sendable {
    /// `RU`, `CN`, `EU`, `NATO`...
    public var code: String
    /// Display name from the gazetteer (`Russia`).
    public var name: String
    /// Number of resolved mentions in the text.
    public var mentions: Int

    public init(code: String, name: String, mentions: Int) {
        self.code = code
        self.name = name
        self.mentions = mentions
    }
}

/// A topic with its score in 0...1.
public struct TopicScore: Codable, Hashable, Sendable {
    /// A topic id of spec/relation-topics.md (`energy`).
    public var id: String
    public var score: Double

    public init(id: String, score: Double) {
        self.id = id
        self.score = score
    }
}

/// A pair of actors the item is about, with the topics of their relation.
public struct Dyad: Codable, Hashable, Sendable {
    /// Two codes, sorted, joined by `-` (`CN-RU`).
    public var pair: String
    public var topics: [DyadTopic]

    public init(pair: String, topics: [DyadTopic]) {
        self.pair = pair
        self.topics = topics
    }
}

/// A topic of one dyad with the sentences that show it.
public struct DyadTopic: Codable, Hashable, Sendable {
    public var id: String
    public var score: Double
    /// The evidence sentences, in text order (at most a few).
    public var evidence: [String]

    public init(id: String, score: Double, evidence: [String]) {
        self.id = id
        self.score = score
        self.evidence = evidence
    }
}
