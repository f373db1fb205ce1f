/// Turns mentions and cue contributions into the `Classification` (and its
/// `Explanation`): countries by mentions, dyad topic scores with evidence,
/// item topics as the union of dyad topics and international topics.
struct ClassificationAssembler {
    // Only the tables it reads (copying all of `CompiledLexicon` per item costs).
    let actors: [ActorInfo]
    let topics: [TopicInfo]
    let phrases: [PhraseInfo]
    let territories: [[Int32]]
    let analysis: TextAnalysis

    init(tables: borrowing CompiledLexicon, analysis: TextAnalysis) {
        actors = tables.actors
        topics = tables.topics
        phrases = tables.phrases
        territories = tables.territories
        self.analysis = analysis
    }

    /// - Parameter explaining: also list the matches and cue phrases (slower).
    func assemble(_ contributions: [Contribution], explaining: Bool) -> Explanation {
        let groups = ContributionGroups(contributions)
        var dyads: [(pair: ActorPair, topics: [DyadTopic])] = []
        dyads.reserveCapacity(groups.keys.count)
        // Per topic index, the best passing score of the item (-1: none).
        var itemScores = [Double](repeating: -1, count: topics.count)
        var texts = SentenceTexts(analysis: analysis)
        var cues: [ExplainedCues] = []
        var scratch = EvidenceScratch()
        for (index, key) in groups.keys.enumerated() {
            let list = groups.contributions(of: index)
            let score = ScoringPolicy.score(list.reduce(0) { $0 + $1.weight })
            if explaining {
                cues.append(ExplainedCues(pair: key.pair?.name(actors), topic: topics[Int(key.topic)].id,
                                          score: score, phrases: list.map(describe)))
            }
            guard score >= ScoringPolicy.threshold else { continue }
            itemScores[Int(key.topic)] = max(itemScores[Int(key.topic)], score)
            guard let pair = key.pair else { continue }
            let topic = DyadTopic(id: topics[Int(key.topic)].id, score: score, evidence: evidence(list, &texts, &scratch))
            if let slot = dyads.firstIndex(where: { $0.pair == pair }) {
                dyads[slot].topics.append(topic)
            } else {
                dyads.append((pair, [topic]))
            }
        }
        // The output arrays are built and sorted in place (`sort` is the
        // stable sort `sorted` runs on its copy): a copy per dyad, per list
        // and per filter/map step cost ~3% of `Classifier.classify`.
        var itemTopics: [TopicScore] = []
        for topic in itemScores.indices where itemScores[topic] >= 0 {
            itemTopics.append(TopicScore(id: topics[topic].id, score: itemScores[topic]))
        }
        itemTopics.sort(by: Self.byScore)
        var named: [Dyad] = []
        named.reserveCapacity(dyads.count)
        for index in dyads.indices {
            dyads[index].topics.sort(by: Self.byScore)
            named.append(Dyad(pair: dyads[index].pair.name(actors), topics: dyads[index].topics))
        }
        named.sort { $0.pair < $1.pair }
        let classification = Classification(countries: countries(), topics: itemTopics, dyads: named)
        return Explanation(classification: classification, matches: explaining ? matches() : [], cues: cues)
    }

    private static func byScore(_ a: TopicScore, _ b: TopicScore) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    private static func byScore(_ a: DyadTopic, _ b: DyadTopic) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    /// The strongest sentences (at most `evidenceLimit`), in text order. A sentence whose text
    /// repeats an earlier one (a title repeated as the body's first line) is listed once.
    /// The working lists live in `scratch`, reused from one dyad topic to the next.
    private func evidence(_ list: ArraySlice<Contribution>, _ texts: inout SentenceTexts,
                          _ scratch: inout EvidenceScratch) -> [String] {
        // `list` is in sentence order: sum each sentence's run.
        scratch.clear()
        for contribution in list {
            if let last = scratch.weights.last, last.sentence == contribution.sentence {
                scratch.weights[scratch.weights.count - 1].weight += contribution.weight
            } else {
                scratch.weights.append((contribution.sentence, 0 + contribution.weight))
            }
        }
        scratch.weights.removeAll { !($0.weight > 0) }
        scratch.weights.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.sentence < $1.sentence }
        // A text is kept unless equal to one kept before (few: a linear search).
        for candidate in scratch.weights {
            let text = texts[candidate.sentence]
            if !scratch.kept.contains(where: { $0.text == text }) { scratch.kept.append((candidate.sentence, text)) }
            if scratch.kept.count == ScoringPolicy.evidenceLimit { break }
        }
        scratch.kept.sort { $0.sentence < $1.sentence }
        return scratch.kept.map(\.text)
    }

    private func countries() -> [ActorMention] {
        // (actor, mentions, first word), in order of first mention.
        var counts: [(actor: Int32, mentions: Int, first: Int)] = []
        counts.reserveCapacity(min(analysis.mentions.count, actors.count))
        var slot = [Int32](repeating: -1, count: actors.count)
        for mention in analysis.mentions {
            let index = Int(slot[Int(mention.actor)])
            if index >= 0 {
                counts[index].mentions += 1
            } else {
                slot[Int(mention.actor)] = Int32(counts.count)
                counts.append((mention.actor, 1, mention.start))
            }
        }
        counts.sort { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.first < $1.first }
        return counts.map { ActorMention(code: actors[Int($0.actor)].code, name: actors[Int($0.actor)].name,
                                         mentions: $0.mentions) }
    }

    private func describe(_ contribution: Contribution) -> String {
        "\(phrases[Int(contribution.phrase)].text) (\(contribution.weight))"
    }

    private func matches() -> [ExplainedMatch] {
        var result: [ExplainedMatch] = []
        for mention in analysis.mentions {
            let actor = actors[Int(mention.actor)]
            result.append(explained(mention.start, mention.end, mention.phrase, "actor \(actor.code) (\(mention.role.rawValue))"))
        }
        for signal in analysis.signals {
            result.append(explained(signal.start, signal.end, signal.phrase, meaning(signal.kind)))
        }
        return result.sorted { $0.word < $1.word }
    }

    private func explained(_ start: Int, _ end: Int, _ phrase: Int32, _ meaning: String) -> ExplainedMatch {
        ExplainedMatch(text: analysis.text(start, end), phrase: phrases[Int(phrase)].text,
                       meaning: meaning, sentence: analysis.sentence(of: start), word: start)
    }

    private func meaning(_ kind: Payload.Kind) -> String {
        switch kind {
        case let .alias(actor, role, _): "actor \(actors[Int(actor)].code) (\(role.rawValue))"
        case .block: "block"
        case let .territory(index): "territory " + territories[Int(index)].map { actors[Int($0)].code }.joined(separator: " ")
        case let .cue(topic, weight): "cue \(topics[Int(topic)].id) \(weight)"
        case let .discard(scope): "discard \(scope.rawValue)"
        case let .relation(weight): "relation \(weight)"
        case .coref: "coref"
        case .international: "international"
        }
    }
}
