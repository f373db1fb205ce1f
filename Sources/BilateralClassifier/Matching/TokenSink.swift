/// Receives the words found by `Tokenizer.scan`.
protocol TokenSink {
    /// A word at bytes `start..<end`; `hash` is valid for words without `nonASCII`.
    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32)
}

/// Writes the tokens of a text, with vocabulary ids, to raw memory.
struct TextTokenSink: TokenSink {
    let view: VocabularyView
    let marker: SentenceMarker
    let text: UnsafeBufferPointer<UInt8>
    let output: UnsafeMutablePointer<Token>
    private(set) var count = 0
    private var scratch: [UInt8] = []
    private let folding = TwoByteFolding.shared

    init(view: VocabularyView, marker: SentenceMarker, text: UnsafeBufferPointer<UInt8>,
         output: UnsafeMutablePointer<Token>) {
        self.view = view
        self.marker = marker
        self.text = text
        self.output = output
    }

    @inline(__always)
    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32) {
        let id: Int32
        if flags & TokenFlags.nonASCII == 0 {
            id = view.lookup(text.baseAddress! + start, end - start, hash: hash, lowering: true)
        } else {
            id = slowLookup(start, end)
        }
        var token = Token(start: Int32(start), end: Int32(end), id: id, flags: flags)
        marker.mark(&token, after: count > 0 ? output[count - 1] : nil)
        (output + count).initialize(to: token)
        count += 1
    }

    private mutating func slowLookup(_ start: Int, _ end: Int) -> Int32 {
        scratch.removeAll(keepingCapacity: true)
        let word = UnsafeBufferPointer(rebasing: text[start..<end])
        if !folding.fold(word, into: &scratch) { WordFolding.fold(word, into: &scratch) }
        guard !scratch.isEmpty else { return Token.unknown }
        let view = self.view
        return scratch.withUnsafeBufferPointer { view.lookup($0.baseAddress!, $0.count, lowering: false) }
    }
}

/// Collects the normalised words of a lexicon phrase.
struct PhraseWordSink: TokenSink {
    let text: UnsafeBufferPointer<UInt8>
    private(set) var words: [PhraseWord] = []

    init(text: UnsafeBufferPointer<UInt8>) { self.text = text }

    mutating func word(start: Int, end: Int, flags: UInt16, hash: UInt32) {
        var folded: [UInt8] = []
        WordFolding.fold(UnsafeBufferPointer(rebasing: text[start..<end]), into: &folded)
        guard !folded.isEmpty else { return }
        let original = String(decoding: text[start..<end], as: UTF8.self)
        words.append(PhraseWord(normalized: folded, original: original, capitalized: flags & TokenFlags.capitalized != 0))
    }
}
