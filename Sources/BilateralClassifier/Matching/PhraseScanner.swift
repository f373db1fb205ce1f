/// One match of the automaton: words `start..<end` of the token stream and
/// the accepted payloads `payloads[payloadStart..<payloadEnd]` of `MatchList`.
struct PhraseMatchSpan: Sendable {
    var start: Int32
    var end: Int32
    var payloadStart: Int32
    var payloadEnd: Int32
}

/// Matches found in one text: leftmost-longest, whole words, never across a
/// sentence start.
struct MatchList: Sendable {
    var spans: [PhraseMatchSpan] = []
    var payloads: [Int32] = []
}

/// Runs a `PhraseTrie` over a token stream. At each word it walks the trie as
/// far as the words allow and keeps the deepest node that has a payload
/// `accept` agrees to (case flags, dates); the match then consumes its words.
enum PhraseScanner {
    @inline(__always)
    static func scan(_ tokens: UnsafeBufferPointer<Token>, trie: PhraseTrie,
                     accept: (Int32, Int, Int) -> Bool) -> MatchList {
        guard !tokens.isEmpty else { return MatchList() }
        guard trie.batchesFirstSteps else {
            return scan(tokens, trie: trie, accept: accept) { trie.firstStep(word: tokens[$0].id) }
        }
        // One step per token, each written by `firstSteps` before it is read.
        return withUnsafeTemporaryAllocation(of: PhraseTrie.Step.self, capacity: tokens.count) { steps in
            trie.firstSteps(tokens, into: steps.baseAddress!)
            return scan(tokens, trie: trie, accept: accept) { steps[$0] }
        }
    }

    /// The scan, given the first step from the root of the token at each index.
    ///
    /// The accepted payloads of the deepest accepting node so far are kept
    /// at the end of `result.payloads` (from `mark`): a deeper node that
    /// accepts some replaces them there, and a start without a match leaves
    /// nothing. Written in place, where a swap of two scratch arrays and an
    /// `append(contentsOf:)` per match cost ~4% of `Classifier.classify`.
    @inline(__always)
    private static func scan(_ tokens: UnsafeBufferPointer<Token>, trie: PhraseTrie,
                             accept: (Int32, Int, Int) -> Bool,
                             firstStep: (Int) -> PhraseTrie.Step) -> MatchList {
        var result = MatchList()
        // About one match in five words in news text: most items need no growth.
        result.spans.reserveCapacity(tokens.count / 4 + 8)
        result.payloads.reserveCapacity(tokens.count / 4 + 8)
        var index = 0
        let count = tokens.count
        while index < count {
            let first = firstStep(index)
            guard first.node >= 0 else {
                index += 1
                continue
            }
            var node = first.node
            var range = first.payloads
            var bestEnd = -1
            let mark = result.payloads.count
            var position = index + 1
            while true {
                if !range.isEmpty {
                    let before = result.payloads.count
                    for slot in range where accept(trie.payloads[slot], index, position) {
                        result.payloads.append(trie.payloads[slot])
                    }
                    if result.payloads.count > before {
                        if before > mark { result.payloads.removeSubrange(mark..<before) }
                        bestEnd = position
                    }
                }
                guard position < count, !tokens[position].has(TokenFlags.sentenceStart) else { break }
                let next = tokens[position].id
                guard next >= 0, let child = trie.child(of: node, word: next) else { break }
                node = child
                range = trie.payloadRange(of: node)
                position += 1
            }
            guard bestEnd > 0 else {
                index += 1
                continue
            }
            result.spans.append(PhraseMatchSpan(start: Int32(index), end: Int32(bestEnd),
                                                payloadStart: Int32(mark), payloadEnd: Int32(result.payloads.count)))
            index = bestEnd
        }
        return result
    }
}
