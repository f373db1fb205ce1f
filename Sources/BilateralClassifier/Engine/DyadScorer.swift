/// Walks the sentences of an analysed text and binds every topic cue to the
/// pairs it speaks of (FORMAT.md, "Dyads and scores"): to the nearest
/// candidate pairs of its clause (else of its sentence); territorial cues to
/// the pairs of the sentence's `territory`; in a sentence with a coref
/// phrase and fewer than two actors, to the most recent dyad; in a
/// one-actor sentence with an `international` phrase, to the item.
enum DyadScorer {
    /// The cue contributions of `analysis`, in sentence order (the tables
    /// are borrowed, not copied).
    static func contributions(tables: CompiledLexicon, analysis: TextAnalysis) -> [Contribution] {
        if analysis.signals.contains(where: { if case .discard(.item) = $0.kind { true } else { false } }) {
            return []
        }
        let mentionRuns = analysis.mentions.withUnsafeBufferPointer { mentions in
            Self.runs(count: mentions.count, start: { mentions[$0].start }, analysis.sentences)
        }
        let signalRuns = analysis.signals.withUnsafeBufferPointer { signals in
            Self.runs(count: signals.count, start: { signals[$0].start }, analysis.sentences)
        }
        let structure = ClauseStructure(tables: tables, tokens: analysis.tokens)
        var result: [Contribution] = []
        // Most cues bind to one pair: usually no growth.
        result.reserveCapacity(analysis.signals.count)
        var recent: ActorPair?
        var reading = SentenceReading()
        for index in analysis.sentences.indices {
            let signals = analysis.signals[signalRuns[index]]
            if signals.contains(where: { if case .discard(.sentence) = $0.kind { true } else { false } }) { continue }
            // Only cues and relation words bind or strengthen pairs: without
            // them a sentence adds nothing and leaves `recent` as it is.
            guard signals.contains(where: Self.binds) else { continue }
            reading.read(structure: structure, index: index, range: analysis.sentences[index],
                         mentions: analysis.mentions[mentionRuns[index]], signals: signals)
            reading.bind(signals, recent: recent, tables: tables, into: &result)
            if let strongest = reading.strongestPair { recent = strongest }
        }
        return result
    }

    /// For each sentence, the indices of the `count` items (item `i` starts
    /// at word `start(i)`, in text order, as mentions and signals are) that
    /// start in it. Reads the starts in place (no array of them).
    @inline(__always)
    private static func runs(count: Int, start: (Int) -> Int, _ sentences: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(sentences.count)
        var lower = 0
        for sentence in sentences {
            var upper = lower
            while upper < count, start(upper) < sentence.upperBound { upper += 1 }
            result.append(lower..<upper)
            lower = upper
        }
        return result
    }

    private static func binds(_ signal: Signal) -> Bool {
        switch signal.kind {
        case .cue, .relation: true
        default: false
        }
    }
}
