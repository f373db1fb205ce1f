/// Sentences and clauses of a token stream, as FORMAT.md describes: a
/// sentence ends at `.`, `!` or `?` followed by a blank and then a
/// capitalised word, a digit or an opening quote, or at a line break; never
/// right after an initialism (`U.S.`) or an abbreviation (`Mr.`). Clauses
/// split sentences further at `;` and before the clause words (`while`,
/// `whereas`, `but`) for pairing actors.
struct Segmenter: Sendable {
    static let abbreviation: UInt8 = 1
    static let clauseWord: UInt8 = 2
    /// Per word id, two bits (`abbreviation`: a dot after it does not end a
    /// sentence; `clauseWord`: it starts a new clause), 32 ids to a word:
    /// ~5 KB for 20,000 words, read for every token, stays in the
    /// first-level cache where a byte per id (20 KB) did not.
    private var wordFlags: [UInt64]

    /// - Parameters:
    ///   - abbreviations: word ids after which a dot does not end a sentence.
    ///   - clauseWords: word ids that start a new clause.
    ///   - vocabularySize: number of word ids.
    init(abbreviations: Set<Int32>, clauseWords: Set<Int32>, vocabularySize: Int) {
        wordFlags = Array(repeating: 0, count: (vocabularySize + 31) / 32)
        for id in abbreviations { wordFlags[Int(id) >> 5] |= UInt64(Self.abbreviation) << SentenceMarker.shift(id) }
        for id in clauseWords { wordFlags[Int(id) >> 5] |= UInt64(Self.clauseWord) << SentenceMarker.shift(id) }
    }

    /// Runs `body` with a marker over raw views of the word flags (used
    /// by the tokenizer to mark sentences while it writes tokens).
    @inline(__always)
    func withMarker<R>(_ body: (SentenceMarker) -> R) -> R {
        wordFlags.withUnsafeBufferPointer { body(SentenceMarker(wordFlags: $0)) }
    }

    /// The longest sentence read as one, in words: a longer run of words
    /// without a sentence end (a list of names, a tag cloud, a text without
    /// punctuation) is cut every `maxSentenceWords` words. Pairing actors and
    /// placing cues cost more than the square of a sentence's words: one
    /// 20 KB item of `China Russia trade` repeated took 6 s and a 600 KB one
    /// more than 14 GB of memory. English news sentences stay far below the cut.
    static let maxSentenceWords = 150

    /// The sentences of marked tokens, as ranges of token indices; a
    /// sentence longer than `maxSentenceWords` is cut, and the first word of
    /// each piece marked as a sentence start. Counted first, so that the list
    /// is allocated once (it grew five or six times for an item of 30 sentences).
    func sentences(_ tokens: inout [Token]) -> [Range<Int>] {
        let cut = TokenFlags.sentenceStart | TokenFlags.clauseStart
        var count = 0
        var length = 0
        for index in tokens.indices {
            if index > 0 && !tokens[index].has(TokenFlags.sentenceStart) && length == Self.maxSentenceWords {
                tokens[index].flags |= cut
            }
            if tokens[index].has(TokenFlags.sentenceStart) {
                count += 1
                length = 0
            }
            length += 1
        }
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
    /// `Segmenter`'s two bits per word id.
    let wordFlags: UnsafeBufferPointer<UInt64>

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
    private func flags(_ id: Int32) -> UInt8 {
        id < 0 || Int(id) >> 5 >= wordFlags.count ? 0 : UInt8(truncatingIfNeeded: wordFlags[Int(id) >> 5] >> Self.shift(id)) & 3
    }

    /// Where the two bits of word `id` are in its 64-bit word.
    @inline(__always)
    static func shift(_ id: Int32) -> UInt64 { UInt64(id & 31) * 2 }

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
