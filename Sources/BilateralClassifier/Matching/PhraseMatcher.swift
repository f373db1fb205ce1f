/// The phrase automaton on its own, over a plain list of phrases (no
/// lexicon): normalisation, whole words, leftmost-longest matching, exactly
/// as the classifier does it. For benchmarks and tools.
public struct PhraseMatcher: Sendable {
    private var vocabulary = Vocabulary()
    private var trie = PhraseTrie()
    private var segmenter = Segmenter(abbreviations: [], clauseWords: [], vocabularySize: 0)
    /// Number of phrases given (after dropping the ones with no word).
    public private(set) var phraseCount = 0

    /// Builds the automaton.
    /// - Parameter phrases: phrases in FORMAT.md's syntax without case flags
    ///   or braces (`natural gas`, `U.S.`).
    public init(phrases: [String]) {
        for (index, phrase) in phrases.enumerated() {
            let words = Tokenizer.words(of: phrase)
            guard !words.isEmpty else { continue }
            let ids = words.map { vocabulary.intern($0.normalized) }
            trie.insert(ids, payload: Int32(index))
            phraseCount += 1
        }
        trie.finish(vocabularySize: vocabulary.count)
        segmenter = Segmenter(abbreviations: [], clauseWords: [], vocabularySize: vocabulary.count)
    }

    /// The matches in `text`: index of the phrase in `phrases` and byte
    /// range in the UTF-8 of `text`, in text order.
    public func matches(in text: String) -> [(phrase: Int, bytes: Range<Int>)] {
        var result: [(phrase: Int, bytes: Range<Int>)] = []
        run(text) { tokens, list in
            for span in list.spans {
                let bytes = Int(tokens[Int(span.start)].start)..<Int(tokens[Int(span.end) - 1].end)
                for slot in Int(span.payloadStart)..<Int(span.payloadEnd) {
                    result.append((Int(list.payloads[slot]), bytes))
                }
            }
        }
        return result
    }

    /// The number of matches in `text` (what `matches(in:)` would return).
    public func countMatches(in text: String) -> Int {
        var count = 0
        run(text) { _, list in count = list.payloads.count }
        return count
    }

    private func run(_ text: String, _ body: ([Token], MatchList) -> Void) {
        var text = text
        let tokens = text.withUTF8 { Tokenizer.tokenize($0, vocabulary: vocabulary, segmenter: segmenter) }
        let list = tokens.withUnsafeBufferPointer { PhraseScanner.scan($0, trie: trie) { _, _, _ in true } }
        body(tokens, list)
    }
}
