/// Receives the words found by `Tokenizer.scan`.
protocol TokenSink {
    /// A word at bytes `start..<end`; `hash` is valid for words without `nonASCII`.
    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32)
}

/// Writes the tokens of a text to raw memory, in one of two ways chosen by
/// the vocabulary (`Vocabulary.defersLookups`): ASCII words looked up and
/// tokens marked by the segmenter here, or (a large vocabulary) ASCII words
/// given their hash in `id` and `pendingLookup`, looked up afterwards all
/// together (`VocabularyView.resolve`), then marked (`SentenceMarker.mark`).
/// Other words are looked up here either way.
struct TextTokenSink: TokenSink {
    let view: VocabularyView
    let marker: SentenceMarker
    let text: UnsafeBufferPointer<UInt8>
    let output: UnsafeMutablePointer<Token>
    private(set) var count = 0
    private let folding = FoldingTable.shared

    init(view: VocabularyView, marker: SentenceMarker, text: UnsafeBufferPointer<UInt8>,
         output: UnsafeMutablePointer<Token>) {
        self.view = view
        self.marker = marker
        self.text = text
        self.output = output
    }

    @inline(__always)
    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32) {
        var token: Token
        if flags & TokenFlags.nonASCII != 0 {
            token = Token(start: Int32(start), end: Int32(end), id: slowLookup(start, end), flags: flags)
        } else if view.defersLookups {
            token = Token(start: Int32(start), end: Int32(end), id: Int32(bitPattern: hash),
                          flags: flags | TokenFlags.pendingLookup)
        } else {
            let id = view.lookup(text.baseAddress! + start, end - start, hash: hash, lowering: true)
            token = Token(start: Int32(start), end: Int32(end), id: id, flags: flags)
        }
        if !view.defersLookups { marker.mark(&token, after: count > 0 ? output[count - 1] : nil) }
        (output + count).initialize(to: token)
        count += 1
    }

    /// A word with non-ASCII bytes: folded through the table into memory on
    /// the stack (words are short), or by `WordFolding`, then looked up.
    private func slowLookup(_ start: Int, _ end: Int) -> Int32 {
        let word = UnsafeBufferPointer(rebasing: text[start..<end])
        let view = self.view, folding = self.folding
        // Most non-ASCII words of a text in another script start with a letter no word of the
        // vocabulary starts with: known from the first letter, without folding the rest.
        if let first = folding.firstFoldedByte(of: word), !view.mayStart(with: first) { return Token.unknown }
        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count * folding.maxExpansion) { buffer in
            folding.fold(word, writingTo: buffer.baseAddress!).map { count in
                count == 0 ? Token.unknown : view.lookup(buffer.baseAddress!, count, lowering: false)
            }
        }
        if let found { return found }
        var folded: [UInt8] = []
        WordFolding.fold(word, into: &folded)
        guard !folded.isEmpty else { return Token.unknown }
        return folded.withUnsafeBufferPointer { view.lookup($0.baseAddress!, $0.count, lowering: false) }
    }
}

/// Collects the normalised words of a lexicon phrase.
struct PhraseWordSink: TokenSink {
    let text: UnsafeBufferPointer<UInt8>
    private(set) var words: [PhraseWord] = []

    init(text: UnsafeBufferPointer<UInt8>) { self.text = text }

    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32) {
        // The table first, as for the text (it writes what `WordFolding` would); `WordFolding`
        // builds strings and asks Foundation to decompose each word.
        let word = UnsafeBufferPointer(rebasing: text[start..<end])
        var folded: [UInt8] = []
        if !FoldingTable.shared.fold(word, into: &folded) { WordFolding.fold(word, into: &folded) }
        guard !folded.isEmpty else { return }
        let original = String(decoding: text[start..<end], as: UTF8.self)
        words.append(PhraseWord(normalized: folded, original: original, capitalized: flags & TokenFlags.capitalized != 0))
    }
}
