/// What a matched phrase means: one lexicon record for one phrase.
struct Payload: Sendable {
    enum Kind: Sendable {
        case alias(actor: Int32, role: AliasRole, range: DayRange?)
        case block
        case territory(Int32)
        case cue(topic: Int32, weight: Double)
        case discard(DiscardScope)
        case relation(Double)
        case coref
        case international
    }

    var kind: Kind
    /// Index of the phrase in `Lexicon.phrases`.
    var phrase: Int32
    var caseMode: CaseMode
    /// For `=` phrases: the original bytes of each word.
    var exactWords: [[UInt8]]
}

extension Payload {
    /// What the scanner checks before accepting a match, in one byte
    /// (`CompiledLexicon.payloadChecks`): the case mode and whether the
    /// payload is a dated alias. A dense array of these stays in cache where
    /// the payloads themselves would not.
    var check: UInt8 {
        var bits: UInt8
        switch caseMode {
        case .any: bits = Self.anyCase
        case .capitalized: bits = Self.capitalizedCase
        case .exact: bits = Self.exactCase
        }
        if case .alias(_, _, _?) = kind { bits |= Self.dated }
        return bits
    }

    static let anyCase: UInt8 = 0
    static let capitalizedCase: UInt8 = 1
    static let exactCase: UInt8 = 2
    static let caseBits: UInt8 = 3
    static let dated: UInt8 = 4
}

/// A distinct normalised phrase of the lexicon.
struct PhraseInfo: Sendable {
    /// The phrase as first written in a lexicon file.
    var text: String
    /// Vocabulary ids of its words.
    var words: [Int32]
}

/// A compiled `rule`: what the phrase means when its condition holds.
struct ContextRule: Sendable {
    /// Actor index, or nil for "not an actor here" (`=> -`).
    var target: Int32?
    var condition: RuleCondition
    /// The context phrases as vocabulary ids.
    var context: [[Int32]]
}
