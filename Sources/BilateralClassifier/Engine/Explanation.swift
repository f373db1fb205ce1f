/// A classification with the reasons behind it (for `bilateral explain`).
public struct Explanation: Codable, Hashable, Sendable {
    public var classification: Classification
    /// Every phrase the automaton matched, in text order.
    public var matches: [ExplainedMatch]
    /// The cue phrases behind each dyad topic (and item-level topics from
    /// `international` sentences, with pair `nil`).
    public var cues: [ExplainedCues]
}

/// One phrase found in the text.
public struct ExplainedMatch: Codable, Hashable, Sendable {
    /// The text as written.
    public var text: String
    /// The lexicon phrase it matched, as written in the lexicon file.
    public var phrase: String
    /// What it means: `actor RU (leader)`, `cue energy 0.8`, `relation 0.5`,
    /// `coref`, `international`, `block`, `territory CN JP`, `discard sentence`.
    public var meaning: String
    /// Index of the sentence (0 is the title when there is one).
    public var sentence: Int
    /// Word offset of the match in the text.
    public var word: Int
}

/// The cue phrases that made a topic of a pair.
public struct ExplainedCues: Codable, Hashable, Sendable {
    /// `CN-RU`, or nil for an item-level topic from a one-actor sentence.
    public var pair: String?
    public var topic: String
    public var score: Double
    /// The lexicon phrases, each with its weight, in text order.
    public var phrases: [String]
}
