/// A relation topic the lexicons define (`topic` records, FORMAT.md).
public struct TopicDefinition: Hashable, Sendable {
    /// The topic id of spec/relation-topics.md (`energy`).
    public var id: String
    /// Its human label (`Energy`).
    public var label: String
}

extension Lexicon {
    /// Every topic the loaded lexicons define, in the order they were defined.
    public var topicDefinitions: [TopicDefinition] {
        tables.topics.map { TopicDefinition(id: $0.id, label: $0.label) }
    }
}
