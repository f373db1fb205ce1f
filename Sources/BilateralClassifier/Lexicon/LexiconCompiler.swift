/// Turns a validated `LexiconBuilder` into the matcher's tables: one
/// vocabulary, one phrase trie, payloads, rules and territories.
struct LexiconCompiler {
    var vocabulary = Vocabulary()
    var trie = PhraseTrie()
    var phrases: [PhraseInfo] = []
    var payloads: [Payload] = []
    private var phraseIndex: [String: Int32] = [:]

    mutating func compile(_ builder: LexiconBuilder) -> CompiledLexicon {
        for alias in builder.aliases {
            let actor = Int32(builder.actorIndex[alias.code]!)
            add(alias.phrase, .alias(actor: actor, role: alias.role, range: alias.range))
        }
        for cue in builder.cues {
            add(cue.phrase, .cue(topic: Int32(builder.topicIndex[cue.topic]!), weight: cue.weight))
        }
        for (tag, phrase) in builder.tagged { add(phrase, kind(of: tag)) }
        var rules: [Int32: [ContextRule]] = [:]
        for rule in builder.rules {
            let index = phraseIndex[rule.phrase.key]!
            let target = rule.target.map { Int32(builder.actorIndex[$0]!) }
            let context = rule.context.map { intern($0) }
            rules[index, default: []].append(ContextRule(target: target, condition: rule.condition, context: context))
        }
        let abbreviations = Set(builder.abbreviations.flatMap { intern($0) })
        let grammar = GrammarWords(vocabulary: &vocabulary)
        trie.finish(vocabularySize: vocabulary.count)
        let territories = builder.territories.map { $0.map { Int32(builder.actorIndex[$0]!) } }
        let byCode = builder.actors.indices.sorted { builder.actors[$0].code < builder.actors[$1].code }
        var ranks = [Int32](repeating: 0, count: builder.actors.count)
        for (rank, actor) in byCode.enumerated() { ranks[actor] = Int32(rank) }
        return CompiledLexicon(
            actors: builder.actors, actorRanks: ranks, topics: builder.topics, phrases: phrases, payloads: payloads,
            payloadChecks: payloads.map(\.check),
            rules: rules, ruledPhrases: Self.ruled(rules, phraseCount: phrases.count), territories: territories, vocabulary: vocabulary, trie: trie,
            segmenter: Segmenter(abbreviations: abbreviations, clauseWords: grammar.clauseWords,
                                 vocabularySize: vocabulary.count),
            grammar: grammar)
    }

    private static func ruled(_ rules: [Int32: [ContextRule]], phraseCount: Int) -> BitSet {
        var set = BitSet(count: phraseCount)
        for phrase in rules.keys { set.insert(Int(phrase)) }
        return set
    }

    private func kind(of tag: LexiconBuilder.Tagged) -> Payload.Kind {
        switch tag {
        case .block: .block
        case let .discard(scope): .discard(scope)
        case let .relation(weight): .relation(weight)
        case .coref: .coref
        case .international: .international
        case let .territory(index): .territory(Int32(index))
        }
    }

    private mutating func intern(_ phrase: ParsedPhrase) -> [Int32] {
        phrase.words.map { vocabulary.intern($0.normalized) }
    }

    private mutating func add(_ phrase: ParsedPhrase, _ kind: Payload.Kind) {
        let key = phrase.key
        let index: Int32
        if let known = phraseIndex[key] {
            index = known
        } else {
            index = Int32(phrases.count)
            phraseIndex[key] = index
            phrases.append(PhraseInfo(text: phrase.text, words: intern(phrase)))
        }
        let exact = phrase.caseMode == .exact ? phrase.words.map { Array($0.original.utf8) } : []
        trie.insert(phrases[Int(index)].words, payload: Int32(payloads.count))
        payloads.append(Payload(kind: kind, phrase: index, caseMode: phrase.caseMode, exactWords: exact))
    }
}

/// The immutable tables a `Lexicon` carries.
struct CompiledLexicon: Sendable {
    var actors: [ActorInfo]
    /// Each actor's place in code order (pairs are stored smaller code first).
    var actorRanks: [Int32]
    var topics: [TopicInfo]
    var phrases: [PhraseInfo]
    var payloads: [Payload]
    /// `payloads[i].check` for each payload.
    var payloadChecks: [UInt8]
    var rules: [Int32: [ContextRule]]
    /// The phrases (indices) that are keys of `rules`.
    var ruledPhrases: BitSet
    var territories: [[Int32]]
    var vocabulary: Vocabulary
    var trie: PhraseTrie
    var segmenter: Segmenter
    var grammar: GrammarWords
}
