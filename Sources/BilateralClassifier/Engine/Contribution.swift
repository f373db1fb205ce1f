/// One cue phrase of one sentence counted for a topic of a pair (or, with no
/// pair, for the item through an `international` sentence).
struct Contribution: Hashable, Sendable {
    var pair: ActorPair?
    var topic: Int32
    var sentence: Int
    var phrase: Int32
    var weight: Double

    /// Counted once per sentence: the identity without the weight.
    var slot: Slot { Slot(pair: pair, topic: topic, sentence: sentence, phrase: phrase) }

    struct Slot: Hashable {
        var pair: ActorPair?
        var topic: Int32
        var sentence: Int
        var phrase: Int32
    }
}
