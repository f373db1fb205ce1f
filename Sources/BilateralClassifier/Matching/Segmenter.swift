/// Sentences and clauses of a token stream, as FORMAT.md describes: a
/// sentence ends at `.`, `!` or `?` followed by a blank and then a
/// capitalised word, a digit or an opening quote, or at a line break; never
/// right after an initialism (`U.S.`) or an abbreviation (`Mr.`). Clauses
/// split sentences further at `;` and before the clause words (`while`,
/// `whereas`, `but`) for pairing actors.
struct Segmenter: Sendable {
    private static let abbreviation: UInt8 = 1
    private static let clauseWord: UInt8 = 2
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

    private func flags(_ id: Int32) -> UInt8 { id < 0 ? 0 : wordFlags[Int(id)] }

    /// Sets `sentenceStart` and `clauseStart` on `tokens` and returns the
    /// sentences as ranges of token indices.
    func segment(_ tokens: inout [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        for index in tokens.indices {
            if index == 0 || startsSentence(tokens[index], after: tokens[index - 1]) {
                if index > sentenceStart { sentences.append(sentenceStart..<index) }
                sentenceStart = index
                tokens[index].flags |= TokenFlags.sentenceStart | TokenFlags.clauseStart
            } else if tokens[index].has(TokenFlags.gapSemicolon) || flags(tokens[index].id) & Self.clauseWord != 0 {
                tokens[index].flags |= TokenFlags.clauseStart
            }
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        return sentences
    }

    private func startsSentence(_ token: Token, after previous: Token) -> Bool {
        if token.has(TokenFlags.gapNewline) { return true }
        guard token.has(TokenFlags.gapTerminal) else { return false }
        guard token.has(TokenFlags.capitalized) || token.has(TokenFlags.digit) || token.has(TokenFlags.gapQuote)
        else { return false }
        if previous.has(TokenFlags.initialism) { return false }
        return flags(previous.id) & Self.abbreviation == 0
    }
}
