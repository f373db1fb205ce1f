/// Parses one line of a lexicon file into a `LexiconRecord` (nil for blank
/// and comment lines), or throws a `LexiconError` naming the file and line.
struct LexiconLineParser {
    var location: LexiconLocation

    func parse(_ rawLine: Substring) throws -> LexiconRecord? {
        var line = rawLine
        if let hash = line.utf8.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
        let text = line.trimmingBlanks
        guard !text.isEmpty else { return nil }
        let (head, tail) = split(text)
        let words = head.blankSeparatedWords.map(String.init)
        guard let directive = words.first else { throw location.error("missing directive") }
        let arguments = Array(words.dropFirst())
        switch directive {
        case "actor": return try actor(arguments, tail)
        case "alias": return try alias(arguments, tail)
        case "unalias":
            try expect(arguments, count: 1, "unalias CODE : phrases")
            return .unalias(code: arguments[0], phrases: try phrases(tail))
        case "rule": return try rule(head, tail)
        case "block": try expect(arguments, count: 0, "block : phrases"); return .block(phrases: try phrases(tail))
        case "territory":
            guard arguments.count >= 2 else { throw location.error("territory needs at least two actor codes") }
            return .territory(codes: arguments, phrases: try phrases(tail))
        case "topic":
            try expect(arguments, count: 1, "topic ID : Label")
            return .topic(id: arguments[0], label: try single(tail))
        case "cue":
            try expect(arguments, count: 2, "cue ID WEIGHT : phrases")
            return .cue(topic: arguments[0], weight: try weight(arguments[1]), phrases: try phrases(tail))
        case "discard":
            try expect(arguments, count: 1, "discard sentence|item : phrases")
            guard let scope = DiscardScope(rawValue: arguments[0]) else {
                throw location.error("unknown discard scope '\(arguments[0])' (sentence or item)")
            }
            return .discard(scope: scope, phrases: try phrases(tail))
        case "relation":
            try expect(arguments, count: 1, "relation WEIGHT : phrases")
            return .relation(weight: try weight(arguments[0]), phrases: try phrases(tail))
        case "coref": try expect(arguments, count: 0, "coref : phrases"); return .coref(phrases: try phrases(tail))
        case "international":
            try expect(arguments, count: 0, "international : phrases")
            return .international(phrases: try phrases(tail))
        case "abbreviations":
            try expect(arguments, count: 0, "abbreviations : words")
            return .abbreviations(phrases: try phrases(tail))
        default:
            throw location.error("unknown directive '\(directive)'")
        }
    }

    private func actor(_ arguments: [String], _ tail: Substring?) throws -> LexiconRecord {
        try expect(arguments, count: 2, "actor CODE country|org : Display Name")
        guard let kind = ActorKind(rawValue: arguments[1]) else {
            throw location.error("unknown actor kind '\(arguments[1])' (country or org)")
        }
        try validateCode(arguments[0])
        return .actor(code: arguments[0], kind: kind, name: try single(tail))
    }

    private func alias(_ arguments: [String], _ tail: Substring?) throws -> LexiconRecord {
        guard arguments.count == 2 || arguments.count == 3 else {
            throw location.error("expected 'alias CODE ROLE [FROM..TO] : phrases'")
        }
        guard let role = AliasRole(rawValue: arguments[1]) else {
            throw location.error("unknown alias role '\(arguments[1])'")
        }
        let range = arguments.count == 3 ? try dateRange(arguments[2]) : nil
        return .alias(code: arguments[0], role: role, range: range, phrases: try phrases(tail))
    }

    private func rule(_ head: Substring, _ tail: Substring?) throws -> LexiconRecord {
        let body = head.dropFirst("rule".count)
        guard let arrow = body.rangeOfASCII(" => ") else { throw location.error("expected 'rule PHRASE => CODE|- WHEN'") }
        let phrase = try self.phrase(body[..<arrow.lowerBound])
        let right = body[arrow.upperBound...].blankSeparatedWords.map(String.init)
        guard right.count == 2 else { throw location.error("expected 'rule PHRASE => CODE|- WHEN'") }
        guard let condition = RuleCondition(rawValue: right[1]) else {
            throw location.error("unknown rule condition '\(right[1])'")
        }
        let context = condition.takesPhrases ? try phrases(tail) : []
        if !condition.takesPhrases, let tail, !tail.trimmingBlanks.isEmpty {
            throw location.error("condition '\(condition.rawValue)' takes no phrases")
        }
        return .rule(phrase: phrase, target: right[0] == "-" ? nil : right[0], condition: condition, context: context)
    }

    private func split(_ text: Substring) -> (Substring, Substring?) {
        if let colon = text.rangeOfASCII(" : ") { return (text[..<colon.lowerBound], text[colon.upperBound...]) }
        if text.hasSuffix(" :") { return (text.dropLast(2), "") }
        return (text, nil)
    }

    private func expect(_ arguments: [String], count: Int, _ shape: String) throws {
        guard arguments.count == count else { throw location.error("expected '\(shape)'") }
    }

    private func single(_ tail: Substring?) throws -> String {
        guard let tail, !tail.trimmingBlanks.isEmpty else { throw location.error("empty phrase") }
        return String(tail.trimmingBlanks)
    }

    private func validateCode(_ code: String) throws {
        let valid = (2...8).contains(code.count)
            && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        guard valid else { throw location.error("bad actor code '\(code)' (2-8 capital letters or digits)") }
    }

    private func weight(_ text: String) throws -> Double {
        guard let value = Double(text), value.isFinite, (-1...1).contains(value) else {
            throw location.error("bad weight '\(text)' (a number in -1...1)")
        }
        return value
    }

    private func dateRange(_ text: String) throws -> DayRange {
        guard text.hasPrefix("["), text.hasSuffix("]"), let dots = text[...].rangeOfASCII("..") else {
            throw location.error("bad date range '\(text)' (expected [FROM..TO])")
        }
        let from = String(text[text.index(after: text.startIndex)..<dots.lowerBound])
        let to = String(text[dots.upperBound..<text.index(before: text.endIndex)])
        guard let start = from.isEmpty ? Int32.min : DayNumber.parse(from, end: false),
              let end = to.isEmpty ? Int32.max : DayNumber.parse(to, end: true) else {
            throw location.error("bad date in '\(text)' (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        guard start <= end else { throw location.error("date range '\(text)' ends before it starts") }
        return DayRange(from: start, to: end)
    }

    private func phrases(_ tail: Substring?) throws -> [ParsedPhrase] {
        guard let tail else { throw location.error("missing ' : ' and phrases") }
        var result: [ParsedPhrase] = []
        for item in tail.split(byte: UInt8(ascii: "|")) {
            let trimmed = item.trimmingBlanks
            guard !trimmed.isEmpty else { throw location.error("empty phrase") }
            let (mode, body) = caseMode(trimmed)
            for expanded in try BraceExpansion.expand(String(body), location: location) {
                result.append(try makePhrase(expanded, mode: mode))
            }
        }
        return result
    }

    private func phrase(_ text: Substring) throws -> ParsedPhrase {
        let (mode, body) = caseMode(text.trimmingBlanks)
        return try makePhrase(String(body), mode: mode)
    }

    private func caseMode(_ text: Substring) -> (CaseMode, Substring) {
        if text.hasPrefix("=") { return (.exact, text.dropFirst()) }
        if text.hasPrefix("^") { return (.capitalized, text.dropFirst()) }
        return (.any, text)
    }

    private func makePhrase(_ text: String, mode: CaseMode) throws -> ParsedPhrase {
        let words = Tokenizer.words(of: text)
        guard !words.isEmpty else { throw location.error("empty phrase '\(text)'") }
        return ParsedPhrase(text: text, words: words, caseMode: mode)
    }
}

/// Scanning of lexicon lines by their UTF-8 bytes: the separators are ASCII,
/// and the `Character` view (grapheme breaking, Foundation's `range(of:)`)
/// made loading the shipped lexicons take ~0.3 s.
extension Substring {
    /// Without leading and trailing blanks (spaces, tabs, carriage returns).
    var trimmingBlanks: Substring {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !Self.isBlank($0) }),
              let last = bytes.lastIndex(where: { !Self.isBlank($0) }) else { return self[endIndex...] }
        return self[first...last]
    }

    /// The runs of the text between spaces and tabs (empty runs left out).
    var blankSeparatedWords: [Substring] {
        utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { self[$0.startIndex..<$0.endIndex] }
    }

    /// The parts between each `byte` (an ASCII separator), empty parts included.
    func split(byte: UInt8) -> [Substring] {
        utf8.split(separator: byte, omittingEmptySubsequences: false).map { self[$0.startIndex..<$0.endIndex] }
    }

    /// The first occurrence of `needle` (ASCII), by bytes.
    func rangeOfASCII(_ needle: StaticString) -> Range<Index>? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let bytes = utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: pattern[0]) {
            var end = found
            var matched = 0
            while matched < pattern.count, end < bytes.endIndex, bytes[end] == pattern[matched] {
                bytes.formIndex(after: &end)
                matched += 1
            }
            if matched == pattern.count { return found..<end }
            start = bytes.index(after: found)
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
