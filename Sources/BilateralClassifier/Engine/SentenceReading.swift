/// The reading of one sentence: its clauses, groups and pairs, and where each
/// of its cues goes. One value reads the sentences of an item one after the
/// other (`read`), reusing its storage; `bind` appends the sentence's
/// contributions straight to the item's list (no per-sentence list to copy).
struct SentenceReading {
    private(set) var index = 0
    private var clauses: [Range<Int>] = []
    /// The realisations of all clauses, clause after clause.
    private var pairs: [PairRealization] = []
    /// Clause `c`'s realisations are `pairs[clausePairs[c]]`.
    private var clausePairs: [Range<Int>] = []
    /// Distinct actors of the sentence's groups.
    private var actors: [Int32] = []
    /// Candidate pairs in order of first strengthening, with their weight
    /// (a few per sentence: linear search beats hashing).
    /// (One array of both: one list fewer to clear per sentence.)
    private var strengths: [(pair: ActorPair, weight: Double)] = []
    private var groups = ActorGroups()

    /// Reads sentence `index` (words `range`); `mentions` and `signals` are
    /// those of the sentence, in text order. Forgets the previous sentence.
    mutating func read(structure: ClauseStructure, index: Int, range: Range<Int>, mentions: ArraySlice<Mention>,
                       signals: ArraySlice<Signal>) {
        self.index = index
        if clauses.capacity == 0 { reserve() }
        removeAll()
        structure.clauses(of: range, into: &clauses)
        var lower = mentions.startIndex
        for clause in clauses {
            var upper = lower
            while upper < mentions.endIndex, mentions[upper].start < clause.upperBound { upper += 1 }
            let inClause = mentions[lower..<upper]
            lower = upper
            let hasRelation = signals.contains { signal in
                if case .relation = signal.kind { return clause.contains(signal.start) }
                return false
            }
            structure.groups(inClause, in: clause, hasRelation: hasRelation, into: &groups)
            for group in groups.groups {
                for slot in group.actors where !actors.contains(groups.members[slot]) { actors.append(groups.members[slot]) }
            }
            let first = pairs.count
            structure.realizations(groups, into: &pairs)
            clausePairs.append(first..<pairs.count)
        }
    }

    /// Room for a long sentence, made once per item on its first read: the
    /// lists grew three or four times each before.
    private mutating func reserve() {
        clauses.reserveCapacity(8)
        pairs.reserveCapacity(32)
        clausePairs.reserveCapacity(8)
        actors.reserveCapacity(16)
        strengths.reserveCapacity(16)
        groups.reserve(groups: 8, members: 16)
    }

    private mutating func removeAll() {
        // Most of these are empty already: clearing an empty array is not free.
        if !clauses.isEmpty { clauses.removeAll(keepingCapacity: true) }
        if !pairs.isEmpty { pairs.removeAll(keepingCapacity: true) }
        if !clausePairs.isEmpty { clausePairs.removeAll(keepingCapacity: true) }
        if !actors.isEmpty { actors.removeAll(keepingCapacity: true) }
        if !strengths.isEmpty { strengths.removeAll(keepingCapacity: true) }
    }

    /// The candidate pair with the most relation and cue weight (the first on ties).
    var strongestPair: ActorPair? {
        var best = -1
        for slot in strengths.indices where strengths[slot].weight > 0 {
            if best < 0 || strengths[slot].weight > strengths[best].weight { best = slot }
        }
        return best < 0 ? nil : strengths[best].pair
    }

    /// Binds the sentence's cues to its pairs, appending the contributions to `contributions`.
    mutating func bind(_ signals: ArraySlice<Signal>, recent: ActorPair?, tables: CompiledLexicon,
                       into contributions: inout [Contribution]) {
        let territories = signals.compactMap { signal -> (Int, Int32)? in
            if case let .territory(territory) = signal.kind { return (clause(of: signal.start), territory) }
            return nil
        }
        let hasCoref = signals.contains { if case .coref = $0.kind { true } else { false } }
        let hasInternational = signals.contains { if case .international = $0.kind { true } else { false } }
        for signal in signals {
            switch signal.kind {
            case let .cue(topic, weight):
                let clause = clause(of: signal.start)
                if !territories.isEmpty, tables.topics[Int(topic)].id == ScoringPolicy.territorialTopic {
                    let own = territories.filter { $0.0 == clause }
                    for (_, territory) in own.isEmpty ? territories : own {
                        for pair in territoryPairs(territory, tables) { add(pair, topic, signal, weight, &contributions) }
                    }
                    continue
                }
                let candidates = candidates(clause)
                if !candidates.isEmpty {
                    let best = leastCost(candidates, signal.start)
                    for index in candidates where isFirstNearest(candidates, index, best, signal.start) {
                        add(pairs[index].pair, topic, signal, weight, &contributions)
                    }
                } else if hasCoref, actors.count < 2, let recent {
                    add(recent, topic, signal, weight, &contributions)
                } else if hasInternational, actors.count == 1 {
                    add(nil, topic, signal, weight, &contributions)
                }
            case let .relation(weight):
                let clause = clause(of: signal.start)
                let candidates = candidates(clause)
                let best = leastCost(candidates, signal.start)
                for index in candidates where isFirstNearest(candidates, index, best, signal.start) {
                    strengthen(pairs[index].pair, weight)
                }
            default:
                continue
            }
        }
    }

    private mutating func add(_ pair: ActorPair?, _ topic: Int32, _ signal: Signal, _ weight: Double,
                              _ contributions: inout [Contribution]) {
        contributions.append(Contribution(pair: pair, topic: topic, sentence: index, phrase: signal.phrase, weight: weight))
        if let pair { strengthen(pair, weight) }
    }

    private mutating func strengthen(_ pair: ActorPair, _ weight: Double) {
        if let slot = strengths.firstIndex(where: { $0.pair == pair }) {
            strengths[slot].weight += weight
        } else {
            strengths.append((pair, 0 + weight))
        }
    }

    private func clause(of position: Int) -> Int {
        clauses.firstIndex { $0.contains(position) } ?? 0
    }

    /// Indices in `pairs` of the candidate pairs of `clause`: its own, or
    /// when it has none, those of the whole sentence.
    private func candidates(_ clause: Int) -> Range<Int> {
        clausePairs[clause].isEmpty ? pairs.indices : clausePairs[clause]
    }

    /// The least cost of the candidates for a cue at `position` (`Int.max` when none).
    private func leastCost(_ candidates: Range<Int>, _ position: Int) -> Int {
        var best = Int.max
        for index in candidates { best = min(best, pairs[index].cost(position)) }
        return best
    }

    /// True when `pairs[index]` lies nearest (at cost `best`) to `position`
    /// and no earlier nearest candidate has its pair: the pairs nearest to a
    /// cue, each once, in order of first realisation (all ties).
    private func isFirstNearest(_ candidates: Range<Int>, _ index: Int, _ best: Int, _ position: Int) -> Bool {
        guard pairs[index].cost(position) == best else { return false }
        let pair = pairs[index].pair
        return !(candidates.lowerBound..<index).contains { pairs[$0].pair == pair && pairs[$0].cost(position) == best }
    }

    private func territoryPairs(_ territory: Int32, _ tables: CompiledLexicon) -> [ActorPair] {
        let members = tables.territories[Int(territory)]
        var pairs: [ActorPair] = []
        for (offset, a) in members.enumerated() {
            for b in members[(offset + 1)...] where a != b { pairs.append(ActorPair(a, b, ranks: tables.actorRanks)) }
        }
        return pairs
    }
}
