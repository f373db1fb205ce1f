/// Turns mentions and cue contributions into the `Classification` (and its
/// `Explanation`): countries by mentions, dyad topic scores with evidence,
/// item topics as the union of dyad topics and international topics.
struct ClassificationAssembler {
    let tables: CompiledLexicon
    let analysis: TextAnalysis

    /// - Parameter explaining: also list the matches and cue phrases (slower).
    func assemble(_ contributions: [Contribution], explaining: Bool) -> Explanation {
        let (order, grouped) = Self.group(contributions)
        var dyads: [String: [DyadTopic]] = [:]
        var itemTopics: [String: Double] = [:]
        var cues: [ExplainedCues] = []
        for (key, list) in zip(order, grouped) {
            let score = ScoringPolicy.score(list.reduce(0) { $0 + $1.weight })
            let topic = tables.topics[Int(key.topic)].id
            let pairName = key.pair?.name(tables.actors)
            if explaining {
                cues.append(ExplainedCues(pair: pairName, topic: topic, score: score, phrases: list.map(describe)))
            }
            guard score >= ScoringPolicy.threshold else { continue }
            itemTopics[topic] = max(itemTopics[topic] ?? 0, score)
            if let pairName {
                dyads[pairName, default: []].append(DyadTopic(id: topic, score: score, evidence: evidence(list)))
            }
        }
        let classification = Classification(
            countries: countries(),
            topics: itemTopics.map { TopicScore(id: $0.key, score: $0.value) }.sorted(by: Self.byScore),
            dyads: dyads.keys.sorted().map { Dyad(pair: $0, topics: dyads[$0]!.sorted(by: Self.byScore)) })
        return Explanation(classification: classification, matches: explaining ? matches() : [], cues: cues)
    }

    private struct TopicKey: Hashable {
        var pair: ActorPair?
        var topic: Int32
    }

    /// The contributions (each slot counted once) grouped by pair and topic,
    /// keys in order of first contribution. Contributions come in sentence
    /// order and a slot names its sentence, so a repeated slot can only be
    /// in the run of its own sentence: no set of all slots is needed.
    private static func group(_ contributions: [Contribution]) -> ([TopicKey], [[Contribution]]) {
        var order: [TopicKey] = []
        var grouped: [[Contribution]] = []
        var slotOf: [TopicKey: Int] = [:]
        var runStart = 0
        var kept: [Contribution] = []
        for contribution in contributions {
            if let last = kept.last, last.sentence != contribution.sentence { runStart = kept.count }
            let slot = contribution.slot
            guard !kept[runStart...].contains(where: { $0.slot == slot }) else { continue }
            kept.append(contribution)
            let key = TopicKey(pair: contribution.pair, topic: contribution.topic)
            if let index = slotOf[key] {
                grouped[index].append(contribution)
            } else {
                slotOf[key] = order.count
                order.append(key)
                grouped.append([contribution])
            }
        }
        return (order, grouped)
    }

    private static func byScore(_ a: TopicScore, _ b: TopicScore) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    private static func byScore(_ a: DyadTopic, _ b: DyadTopic) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    /// The strongest sentences (at most `evidenceLimit`), in text order. A sentence whose text
    /// repeats an earlier one (a title repeated as the body's first line) is listed once.
    private func evidence(_ list: [Contribution]) -> [String] {
        // `list` is in sentence order: sum each sentence's run.
        var weights: [(sentence: Int, weight: Double)] = []
        for contribution in list {
            if let last = weights.last, last.sentence == contribution.sentence {
                weights[weights.count - 1].weight += contribution.weight
            } else {
                weights.append((contribution.sentence, 0 + contribution.weight))
            }
        }
        var seen = Set<String>()
        let strongest = weights.filter { $0.weight > 0 }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.sentence < $1.sentence }
            .filter { seen.insert(analysis.sentenceText($0.sentence)).inserted }
            .prefix(ScoringPolicy.evidenceLimit)
        return strongest.map(\.sentence).sorted().map(analysis.sentenceText)
    }

    private func countries() -> [ActorMention] {
        // (actor, mentions, first word), in order of first mention.
        var counts: [(actor: Int32, mentions: Int, first: Int)] = []
        var slot = [Int32](repeating: -1, count: tables.actors.count)
        for mention in analysis.mentions {
            let index = Int(slot[Int(mention.actor)])
            if index >= 0 {
                counts[index].mentions += 1
            } else {
                slot[Int(mention.actor)] = Int32(counts.count)
                counts.append((mention.actor, 1, mention.start))
            }
        }
        return counts
            .sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.first < $1.first }
            .map { ActorMention(code: tables.actors[Int($0.actor)].code, name: tables.actors[Int($0.actor)].name,
                                mentions: $0.mentions) }
    }

    private func describe(_ contribution: Contribution) -> String {
        "\(tables.phrases[Int(contribution.phrase)].text) (\(contribution.weight))"
    }

    private func matches() -> [ExplainedMatch] {
        var result: [ExplainedMatch] = []
        for mention in analysis.mentions {
            let actor = tables.actors[Int(mention.actor)]
            result.append(explained(mention.start, mention.end, mention.phrase, "actor \(actor.code) (\(mention.role.rawValue))"))
        }
        for signal in analysis.signals {
            result.append(explained(signal.start, signal.end, signal.phrase, meaning(signal.kind)))
        }
        return result.sorted { $0.word < $1.word }
    }

    private func explained(_ start: Int, _ end: Int, _ phrase: Int32, _ meaning: String) -> ExplainedMatch {
        ExplainedMatch(text: analysis.text(start, end), phrase: tables.phrases[Int(phrase)].text,
                       meaning: meaning, sentence: Int(analysis.sentenceOf[start]), word: start)
    }

    private func meaning(_ kind: Payload.Kind) -> String {
        switch kind {
        case let .alias(actor, role, _): "actor \(tables.actors[Int(actor)].code) (\(role.rawValue))"
        case .block: "block"
        case let .territory(index): "territory " + tables.territories[Int(index)].map { tables.actors[Int($0)].code }.joined(separator: " ")
        case let .cue(topic, weight): "cue \(tables.topics[Int(topic)].id) \(weight)"
        case let .discard(scope): "discard \(scope.rawValue)"
        case let .relation(weight): "relation \(weight)"
        case .coref: "coref"
        case .international: "international"
        }
    }
}
