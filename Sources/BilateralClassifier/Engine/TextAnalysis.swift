import Foundation

/// A resolved mention of an actor: which words, which actor, in what role.
struct Mention: Sendable {
    var actor: Int32
    var role: AliasRole
    var start: Int
    var end: Int
    var phrase: Int32
}

/// A non-actor phrase found in the text: a cue, a relation word, a coref...
struct Signal: Sendable {
    var kind: Payload.Kind
    var start: Int
    var end: Int
    var phrase: Int32
}

/// The text of one item matched against a lexicon: words, sentences, and
/// every phrase found, with actor phrases resolved through the rules.
struct TextAnalysis {
    let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Range<Int>] = []
    private(set) var mentions: [Mention] = []
    private(set) var signals: [Signal] = []

    init(title: String?, text: String, date: Date?, tables: borrowing CompiledLexicon) {
        bytes = Self.joined(title: title, text: text)
        tokens = bytes.withUnsafeBufferPointer {
            Tokenizer.tokenize($0, vocabulary: tables.vocabulary, segmenter: tables.segmenter)
        }
        sentences = tables.segmenter.sentences(&tokens)
        let day = date.map(DayNumber.of)
        let payloads = tables.payloads, checks = tables.payloadChecks
        let matches = tokens.withUnsafeBufferPointer { tokenBuffer in
            PhraseScanner.scan(tokenBuffer, trie: tables.trie) { payload, start, end in
                accepts(checks, payloads, Int(payload), start, end, day)
            }
        }
        collect(matches, tables: tables)
    }

    /// Index of the sentence holding word `token` (a binary search: only
    /// rules and explanations ask, where a table of every word's sentence
    /// was built for each item).
    func sentence(of token: Int) -> Int {
        Segmenter.sentence(containing: token, in: sentences)
    }

    /// The UTF-8 of the title, a blank line and the text (one copy); the
    /// text alone when it already starts with the title and a blank line, or
    /// is the title (a feed item's text is its title and body joined so), so
    /// that the title is read once.
    private static func joined(title: String?, text: String) -> [UInt8] {
        guard let title, !title.isEmpty, !holdsTitle(text, title) else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count + 2 + text.utf8.count)
        bytes += title.utf8
        bytes += [10, 10]
        bytes += text.utf8
        return bytes
    }

    /// Whether `text` is `title`, or `title` followed by a blank line (`"\n\n"`).
    static func holdsTitle(_ text: String, _ title: String) -> Bool {
        var rest = text.utf8[...]
        guard rest.starts(with: title.utf8) else { return false }
        rest = rest.dropFirst(title.utf8.count)
        return rest.isEmpty || rest.starts(with: [10, 10])
    }

    /// Original text of sentence `index`, trimmed, up to the next sentence.
    func sentenceText(_ index: Int) -> String {
        let range = sentences[index]
        let start = Int(tokens[range.lowerBound].start)
        let end = range.upperBound < tokens.count ? Int(tokens[range.upperBound].start) : bytes.count
        let upper = trimmedEnd(start, end)
        return String(decoding: bytes[opened(start, upper)..<upper], as: UTF8.self)
    }

    /// `start` (a sentence's first word), or the opening quote, parenthesis or
    /// bracket just before it when the sentence closes it (`(VOVworld) – ...`,
    /// `“Good,” he said`): evidence quoted as the text has it, not with a
    /// lone closing mark. An opener the sentence does not close is left out.
    private func opened(_ start: Int, _ upper: Int) -> Int {
        // Most sentences start after a blank: nothing to look for.
        guard start > 0, !Self.isBlank(bytes[start - 1]) else { return start }
        for (open, close) in Self.openers where start >= open.count
            && bytes[(start - open.count)..<start].elementsEqual(open)
            && bytes[start..<upper].firstRange(of: close) != nil {
            return start - open.count
        }
        return start
    }

    /// Opening marks and the marks that close them: `(` `)`, `[` `]`, `"` `"`, `“` `”`, `‘` `’`.
    private static let openers: [(open: [UInt8], close: [UInt8])] = [
        ([40], [41]), ([91], [93]), ([34], [34]), ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]),
        ([0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99]),
    ]

    /// `upper` without trailing blanks and the opening quote, parenthesis or
    /// bracket of the next sentence (`“`, `‘`, or `(`, `[`, `"` after a blank).
    private func trimmedEnd(_ lower: Int, _ upper: Int) -> Int {
        var upper = upper
        func blanks() { while upper > lower, Self.isBlank(bytes[upper - 1]) { upper -= 1 } }
        blanks()
        if upper - lower >= 3, bytes[upper - 3] == 0xE2, bytes[upper - 2] == 0x80,
           bytes[upper - 1] == 0x9C || bytes[upper - 1] == 0x98 {
            upper -= 3
        } else if upper - lower >= 2, bytes[upper - 1] == 40 || bytes[upper - 1] == 34 || bytes[upper - 1] == 91,
                  Self.isBlank(bytes[upper - 2]) {
            upper -= 1
        }
        blanks()
        return upper
    }

    /// Tab, line feed, carriage return or space (a comparison, where an
    /// array literal's `contains` may build the array on every call).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 9 || byte == 10 || byte == 13 || byte == 32
    }

    /// The original text of words `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[Int(tokens[start].start)..<Int(tokens[end - 1].end)], as: UTF8.self)
    }

    /// Reads the one-byte check of payload `index`, and the payload itself
    /// (in place, no copy of its arrays) only for dated aliases and exact case.
    private func accepts(_ checks: [UInt8], _ payloads: [Payload], _ index: Int, _ start: Int, _ end: Int,
                         _ day: Int32?) -> Bool {
        let check = checks[index]
        if check & Payload.dated != 0, let day, case let .alias(_, _, range?) = payloads[index].kind,
           !range.contains(day) {
            return false
        }
        switch check & Payload.caseBits {
        case Payload.anyCase:
            return true
        case Payload.capitalizedCase:
            return (start..<end).allSatisfy { tokens[$0].has(TokenFlags.capitalized) }
        default:
            for (offset, word) in payloads[index].exactWords.enumerated() {
                let token = tokens[start + offset]
                guard bytes[Int(token.start)..<Int(token.end)].elementsEqual(word) else { return false }
            }
            return true
        }
    }

    private mutating func collect(_ matches: MatchList, tables: CompiledLexicon) {
        let resolver = ActorResolver(tables: tables, tokens: tokens, sentences: sentences)
        // At most one mention per match and one signal per payload: no growth.
        mentions.reserveCapacity(matches.spans.count)
        signals.reserveCapacity(matches.payloads.count)
        for span in matches.spans {
            let start = Int(span.start), end = Int(span.end)
            let found = Int(span.payloadStart)..<Int(span.payloadEnd)
            if let mention = resolver.resolve(matches.payloads, found, start: start, end: end) { mentions.append(mention) }
            for slot in found {
                let payload = Int(matches.payloads[slot])
                if case .alias = tables.payloads[payload].kind { continue }
                signals.append(Signal(kind: tables.payloads[payload].kind, start: start, end: end,
                                      phrase: tables.payloads[payload].phrase))
            }
        }
    }
}
