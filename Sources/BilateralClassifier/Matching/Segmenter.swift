/// Sentences and clauses of a token stream, as FORMAT.md describes: a
/// sentence ends at `.`, `!` or `?` followed by a blank and then a
/// capitalised word, a digit or an opening quote, or at a line break; never
/// right after an initialism (`U.S.`) or an abbreviation (`Mr.`). Clauses
/// split sentences further at `;` and before the clause words (`while`,
/// `whereas`, `but`) for pairing actors.
struct Segmenter: Sendable {
    /// Word ids after which a dot does not end a sentence.
    var abbreviations: Set<Int32>
    /// Word ids that start a new clause.
    var clauseWords: Set<Int32>

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
            } else if tokens[index].has(TokenFlags.gapSemicolon) || clauseWords.contains(tokens[index].id) {
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
        return !abbreviations.contains(previous.id)
    }
}
