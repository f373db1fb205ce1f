/// One cue phrase of one sentence counted for a topic of a pair (or, with no
/// pair, for the item through an `international` sentence). Counted once per
/// sentence: pair, topic, sentence and phrase are its identity (its slot),
/// the weight is not (`ContributionGroups`).
struct Contribution: Hashable, Sendable {
    var pair: ActorPair?
    var topic: Int32
    var sentence: Int
    var phrase: Int32
    var weight: Double
}
