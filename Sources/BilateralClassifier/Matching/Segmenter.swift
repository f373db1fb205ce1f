/// Sentences and clauses of a token stream, as FORMAT.md describes: a
/// sentence ends at `.`, `!` or `?` followed by a blank and then a
/// capitalised word, a digit or an opening quote, or at a line break; never
/// right after an initialism (`U.S.`) or an abbreviation (`Mr.`). Clauses
/// split sentences further at `;` and before the clause words (`while`,
/// `whereas`, `but`) for pairing actors.
struct Segmenter: Sendable {
    static let abbreviation: UInt8 = 1
    static let clauseWord: UInt8 = 2
    /// Per word id: abbreviation (a dot after it does not end a sentence),
    /// clause word (starts a new clause).
    private var wordFlags: [UInt8]

    /// - Parameters:
    ///   - abbreviations: word ids after which a dot does not end a sentence.
    ///   - clauseWords: word ids that start a new clause.
    ///   - vocabularySize: number of word ids.
    init(abbreviations: Set<Int32>, clauseWords: Set<Int32>, vocabularySize: Int) {
        wordFlags = Array(repeating: 0, count: vocabularySize)
        for id in abbreviations { wordFlags[Int(id)] |= Self.abbreviation }
        for id in clauseWords { wordFlags[Int(id)] |= Self.clauseWord }
    }

    /// Runs `body` with a marker over raw views of the word flags (used
    /// by the tokenizer to mark sentences while it writes tokens).
    @inline(__always)
    func withMarker<R>(_ body: (SentenceMarker) -> R) -> R {
        wordFlags.withUnsafeBufferPointer { body(SentenceMarker(wordFlags: $0)) }
    }

    /// The sentences of marked tokens, as ranges of token indices.
    /// Counted first, so that the list is allocated once (it grew five or
    /// six times for an item of 30 sentences).
    func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var count = 0
        for token in tokens where token.has(TokenFlags.sentenceStart) { count += 1 }
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(count + 1)
        var sentenceStart = 0
        for index in tokens.indices where index > 0 && tokens[index].has(TokenFlags.sentenceStart) {
            sentences.append(sentenceStart..<index)
            sentenceStart = index
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        return sentences
    }

    /// The index in `sentences` (consecutive ranges from word 0, as
    /// `sentences(_:)` makes them) of the one holding word `token`, by binary search.
    static func sentence(containing token: Int, in sentences: [Range<Int>]) -> Int {
        var lower = 0, upper = sentences.count - 1
        while lower < upper {
            let middle = (lower + upper) / 2
            if sentences[middle].upperBound <= token { lower = middle + 1 } else { upper = middle }
        }
        return lower
    }
}

/// Sets `sentenceStart` and `clauseStart` on each new token from the token
/// before it (see `Segmenter`).
struct SentenceMarker {
    let wordFlags: UnsafeBufferPointer<UInt8>

    /// Marks every token from the one before it (ids already resolved).
    func mark(_ tokens: UnsafeMutableBufferPointer<Token>) {
        for index in tokens.indices {
            mark(&tokens[index], after: index > 0 ? tokens[index - 1] : nil)
        }
    }

    @inline(__always)
    func mark(_ token: inout Token, after previous: Token?) {
        guard let previous, !startsSentence(token, after: previous) else {
            token.flags |= TokenFlags.sentenceStart | TokenFlags.clauseStart
            return
        }
        if token.has(TokenFlags.gapSemicolon) || flags(token.id) & Segmenter.clauseWord != 0 {
            token.flags |= TokenFlags.clauseStart
        }
    }

    @inline(__always)
    private func flags(_ id: Int32) -> UInt8 { id < 0 || Int(id) >= wordFlags.count ? 0 : wordFlags[Int(id)] }

    @inline(__always)
    private func startsSentence(_ token: Token, after previous: Token) -> Bool {
        if token.has(TokenFlags.gapNewline) { return true }
        guard token.has(TokenFlags.gapTerminal) else { return false }
        guard token.has(TokenFlags.capitalized) || token.has(TokenFlags.digit) || token.has(TokenFlags.gapQuote)
        else { return false }
        if previous.has(TokenFlags.initialism) { return false }
        return flags(previous.id) & Segmenter.abbreviation == 0
    }
}
