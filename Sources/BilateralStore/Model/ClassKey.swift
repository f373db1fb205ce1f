/// One classification key of the `class_key` table: a country, a topic, a
/// country pair, or a pair and one of its topics. An item's classification
/// is stored as one `item_key` row per key.
struct ClassKey: Hashable, Sendable {
    enum Kind: String, Sendable {
        case country, topic, pair
        case pairTopic = "pair_topic"
    }

    var kind: Kind
    /// The country code, topic id or pair (`CN-RU`).
    var name: String
    /// The topic of a pair and topic; empty otherwise.
    var topic: String = ""
}
