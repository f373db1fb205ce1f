/// Turns mentions and cue contributions into the `Classification` (and its
/// `Explanation`): countries by mentions, dyad topic scores with evidence,
/// item topics as the union of dyad topics and international topics.
struct ClassificationAssembler {
    let tables: CompiledLexicon
    let analysis: TextAnalysis

    /// - Parameter explaining: also list the matches and cue phrases (slower).
    func assemble(_ contributions: [Contribution], explaining: Bool) -> Explanation {
        var seen: Set<Contribution.Slot> = []
        var grouped: [TopicKey: [Contribution]] = [:]
        var order: [TopicKey] = []
        for contribution in contributions where seen.insert(contribution.slot).inserted {
            let key = TopicKey(pair: contribution.pair, topic: contribution.topic)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(contribution)
        }
        var dyads: [String: [DyadTopic]] = [:]
        var itemTopics: [String: Double] = [:]
        var cues: [ExplainedCues] = []
        for key in order {
            let list = grouped[key]!
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

    private static func byScore(_ a: TopicScore, _ b: TopicScore) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    private static func byScore(_ a: DyadTopic, _ b: DyadTopic) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    /// The strongest sentences (at most `evidenceLimit`), in text order.
    private func evidence(_ list: [Contribution]) -> [String] {
        var weights: [Int: Double] = [:]
        for contribution in list { weights[contribution.sentence, default: 0] += contribution.weight }
        let strongest = weights.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(ScoringPolicy.evidenceLimit)
        return strongest.map(\.key).sorted().map(analysis.sentenceText)
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
