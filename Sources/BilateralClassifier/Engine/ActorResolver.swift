/// Decides which actor, if any, an alias match mentions: the `rule`s of the
/// phrase in file order (the first whose condition holds decides), else the
/// first alias that passed the date and case checks.
struct ActorResolver {
    let payloads: [Payload]
    let rules: [Int32: [ContextRule]]
    /// The phrases that have rules (most have none: no dictionary lookup).
    let ruled: BitSet
    let tokens: [Token]
    let sentences: [Range<Int>]

    init(tables: borrowing CompiledLexicon, tokens: [Token], sentences: [Range<Int>]) {
        payloads = tables.payloads
        rules = tables.rules
        ruled = tables.ruledPhrases
        self.tokens = tokens
        self.sentences = sentences
    }

    /// - Parameters:
    ///   - list: indices into `payloads`; `list[found]` are the match's accepted payloads.
    func resolve(_ list: [Int32], _ found: Range<Int>, start: Int, end: Int) -> Mention? {
        var alias: (actor: Int32, role: AliasRole, phrase: Int32)?
        for slot in found {
            let index = list[slot]
            if case let .alias(actor, role, _) = payloads[Int(index)].kind {
                alias = (actor, role, payloads[Int(index)].phrase)
                break
            }
        }
        guard let alias else { return nil }
        guard ruled.contains(Int(alias.phrase)) else {
            return Mention(actor: alias.actor, role: alias.role, start: start, end: end, phrase: alias.phrase)
        }
        for rule in rules[alias.phrase] ?? [] where holds(rule, start: start, end: end) {
            guard let target = rule.target else { return nil }
            return Mention(actor: target, role: alias.role, start: start, end: end, phrase: alias.phrase)
        }
        return Mention(actor: alias.actor, role: alias.role, start: start, end: end, phrase: alias.phrase)
    }

    private func holds(_ rule: ContextRule, start: Int, end: Int) -> Bool {
        let sentence = sentences[Segmenter.sentence(containing: start, in: sentences)]
        switch rule.condition {
        case .inSentence:
            return rule.context.contains { occurs($0, in: sentence, excluding: start..<end) }
        case .inItem:
            return rule.context.contains { occurs($0, in: 0..<tokens.count, excluding: start..<end) }
        case .before:
            return rule.context.contains { $0.count <= start - sentence.lowerBound && matches($0, at: start - $0.count) }
        case .after:
            return rule.context.contains { end + $0.count <= sentence.upperBound && matches($0, at: end) }
        case .prevCapitalized:
            return start - 1 > sentence.lowerBound && tokens[start - 1].has(TokenFlags.capitalized)
        case .nextCapitalized:
            return end < sentence.upperBound && tokens[end].has(TokenFlags.capitalized)
        }
    }

    /// Whether `words` occur in `range` outside `match`. The first word is
    /// compared before the rest (most positions fail there): an `in-item`
    /// rule reads the whole text for every mention of its phrase.
    private func occurs(_ words: [Int32], in range: Range<Int>, excluding match: Range<Int>) -> Bool {
        guard let first = words.first, range.count >= words.count else { return false }
        for position in range.lowerBound...(range.upperBound - words.count)
        where tokens[position].id == first && matches(words, at: position) {
            if !(position..<position + words.count).overlaps(match) { return true }
        }
        return false
    }

    private func matches(_ words: [Int32], at position: Int) -> Bool {
        guard position >= 0, position + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[position + offset].id != word { return false }
        return true
    }
}
