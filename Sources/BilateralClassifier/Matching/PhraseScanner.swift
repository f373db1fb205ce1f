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
    @inline(__always)
    private static func scan(_ tokens: UnsafeBufferPointer<Token>, trie: PhraseTrie,
                             accept: (Int32, Int, Int) -> Bool,
                             firstStep: (Int) -> PhraseTrie.Step) -> MatchList {
        var result = MatchList()
        var index = 0
        let count = tokens.count
        var accepted: [Int32] = []
        var best: [Int32] = []
        while index < count {
            let first = firstStep(index)
            guard first.node >= 0 else {
                index += 1
                continue
            }
            var node = first.node
            var range = first.payloads
            var bestEnd = -1
            var position = index + 1
            while true {
                if !range.isEmpty {
                    accepted.removeAll(keepingCapacity: true)
                    for slot in range where accept(trie.payloads[slot], index, position) {
                        accepted.append(trie.payloads[slot])
                    }
                    if !accepted.isEmpty {
                        bestEnd = position
                        swap(&best, &accepted)
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
            let start = Int32(result.payloads.count)
            result.payloads.append(contentsOf: best)
            result.spans.append(PhraseMatchSpan(start: Int32(index), end: Int32(bestEnd),
                                                payloadStart: start, payloadEnd: Int32(result.payloads.count)))
            index = bestEnd
        }
        return result
    }
}
