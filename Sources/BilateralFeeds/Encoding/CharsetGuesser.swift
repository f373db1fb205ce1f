import Foundation

/// Guesses the charset of a document that declares none and is not UTF-8:
/// a feed in GB2312, Big5, Shift_JIS, EUC-JP, EUC-KR, KOI8-R, windows-1251,
/// -1253, -1255, -1256 or TIS-620 saved by a fetcher without the HTTP header
/// that named its charset. Without a guess its bytes are read as
/// windows-1252, and a Chinese or Russian item's text is lost.
///
/// Each candidate of the data file (`Resources/charset-guessing.tsv`, format
/// in its header) decodes the bytes; one with an invalid sequence is out.
/// A decoding scores the share of its non-ASCII letters found among the most
/// frequent letters of the best of its candidate's languages: the right
/// charset gives the language's common letters, a wrong one rare letters,
/// letters of the wrong case (KOI8-R read as windows-1251), symbols (GB2312
/// read as KOI8-R) or accented Latin letters side by side.
///
/// Multi-byte candidates (CJK) are judged first: text in a single-byte
/// charset seldom decodes without error in one, and when it does (GB18030
/// takes nearly any pair of bytes) it gives rare ideographs. So a multi-byte
/// decoding with at least `minimumIdeographicHits` common characters and a
/// share of `minimumIdeographicScore` wins. Otherwise the single-byte
/// candidates compete: the best share wins, on a tie the earlier candidate.
/// (An alphabet's frequent letters are most of it, so letters read from CJK
/// bytes score well in an alphabet: scores of the two kinds do not compare.)
/// `guess` says nothing (the caller keeps windows-1252) when the winner is
/// windows-1252 or does not beat it by `margin`, or when there are fewer than
/// `minimumLetters` non-ASCII letters to judge by.
public struct CharsetGuesser: Sendable {
    public struct Candidate: Sendable, Equatable {
        /// The encoding reported (`Feed.encoding`).
        public var label: String
        /// What iconv decodes with.
        public var iconvName: String
        /// A multi-byte charset (CJK), judged first.
        public var multiByte: Bool
        public var languages: [String]
    }

    /// A guess: the candidate and its score (0...1).
    public struct Guess: Sendable, Equatable {
        public var label: String
        public var iconvName: String
        public var score: Double
    }

    public let candidates: [Candidate]
    /// Each language's frequent letters (code points, sorted: a binary search,
    /// not a `Set`'s seeded hash per letter).
    let letters: [String: [UInt32]]
    /// Per candidate: its languages' letters, and whether one is written in
    /// the Latin script (13 or more ASCII letters among its frequent ones).
    private let prepared: [(tables: [[UInt32]], latin: Bool)]
    /// How much a candidate must score above windows-1252.
    public var margin = 0.05
    /// The fewest non-ASCII letters a guess is made from.
    public var minimumLetters = 6
    /// The fewest common characters, and the smallest share of them, with which a multi-byte decoding wins.
    public var minimumIdeographicHits = 2
    public var minimumIdeographicScore = 0.1
    /// The largest share of symbols, controls and private use among the non-ASCII characters.
    public var maximumOdd = 0.15
    /// In a Latin script, the largest share of letters that follow another non-ASCII letter.
    public var maximumAdjacent = 0.4
    /// In another single-byte script, the largest share of letters beside an ASCII letter.
    public var maximumMixed = 0.2

    /// The label of the charset read without a guess.
    static let defaultLabel = "windows-1252"

    /// Reads the data file's text (format in `Resources/charset-guessing.tsv`).
    /// - Throws: `FeedError` `.invalidData` naming the file and line of a bad record.
    public init(tsv: String, file: String = "charset-guessing.tsv") throws {
        var candidates: [Candidate] = []
        var letters: [String: [UInt32]] = [:]
        for (index, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("candidate", 5) where fields[3] == "single" || fields[3] == "multi":
                candidates.append(Candidate(label: fields[1], iconvName: fields[2], multiByte: fields[3] == "multi",
                                            languages: fields[4].split(separator: ",").map(String.init)))
            case ("letters", 3):
                letters[fields[1]] = Set(fields[2].unicodeScalars.map(\.value)).sorted()
            default:
                throw FeedError(.invalidData, file: file, line: index + 1,
                                message: "expected 'candidate<TAB>label<TAB>iconv name<TAB>single|multi<TAB>languages' or "
                                    + "'letters<TAB>language<TAB>letters', found '\(line.prefix(80))'")
            }
        }
        for candidate in candidates {
            for language in candidate.languages where letters[language] == nil {
                throw FeedError(.invalidData, file: file, line: 0,
                                message: "candidate \(candidate.label) names \(language), which has no letters record")
            }
        }
        self.candidates = candidates
        self.letters = letters
        prepared = candidates.map { candidate in
            let tables = candidate.languages.compactMap { letters[$0] }
            return (tables, tables.contains { table in table.filter { $0 < 0x80 }.count >= 13 })
        }
    }

    /// The name of the resource bundle that holds the shipped data file, beside the executable.
    public static let bundleName = "bilateral_BilateralFeeds.resources"

    /// The guesser of the shipped data file; nil (no guessing, and the reader
    /// says so) when the bundle is not beside the executable or the file is
    /// invalid (a test checks that it is valid). Looked up by hand, not with
    /// `Bundle.module`, which stops the process when the bundle is missing.
    public static let shipped: CharsetGuesser? = {
        let path = Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("charset-guessing.tsv")
        guard let text = try? String(contentsOf: path, encoding: .utf8) else { return nil }
        return try? CharsetGuesser(tsv: text)
    }()

    /// The most bytes looked at: a few thousand letters are plenty.
    public var window = 32 * 1024

    /// The charset `bytes` are most likely in (judged on their first `window`
    /// bytes), or nil to keep windows-1252.
    public func guess(_ bytes: UnsafeRawBufferPointer) -> Guess? {
        let words = Self.nonASCIIWords(UnsafeRawBufferPointer(rebasing: bytes.prefix(window)))
        return words.withUnsafeBytes { guess(words: $0) }
    }

    /// The words of `bytes` (runs between blanks, `<` and `>`) that hold a
    /// byte above 0x7F, each followed by a space: all the guess looks at, so
    /// a mostly ASCII document is decoded 16 times in a few hundred bytes, not
    /// in its whole length. No charset has a blank, `<` or `>` inside a
    /// character (the trail bytes of Big5, GBK and Shift_JIS start at 0x40),
    /// so no cut falls inside one.
    static func nonASCIIWords(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var words: [UInt8] = []
        var start = 0
        var high = false
        func isBreak(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        }
        for (index, byte) in bytes.enumerated() {
            if isBreak(byte) {
                if high {
                    words += bytes[start..<index]
                    words.append(0x20)
                }
                start = index + 1
                high = false
            } else if byte >= 0x80 {
                high = true
            }
        }
        if high { words += bytes[start...] }
        return words
    }

    private func guess(words bytes: UnsafeRawBufferPointer) -> Guess? {
        var ideographic: Guess?
        var best: Guess?
        var defaultScore = 0.0
        for (candidate, prepared) in zip(candidates, prepared) {
            guard let (score, hits) = score(bytes, as: candidate, prepared) else { continue }
            let guess = Guess(label: candidate.label, iconvName: candidate.iconvName, score: score)
            if candidate.multiByte {
                if hits >= minimumIdeographicHits, score >= minimumIdeographicScore, score > ideographic?.score ?? -1 {
                    ideographic = guess
                }
            } else {
                if candidate.label == Self.defaultLabel { defaultScore = max(defaultScore, score) }
                if score > best?.score ?? -1 { best = guess }
            }
        }
        if let ideographic { return ideographic }
        guard let best, best.label != Self.defaultLabel, best.score > defaultScore + margin else { return nil }
        return best
    }

    /// The share of the decoding's non-ASCII letters among its best language's
    /// frequent letters; nil when the bytes are not valid in the candidate,
    /// have too few such letters, or read as a mess:
    /// - more than `maximumOdd` of the non-ASCII characters are symbols,
    ///   controls or private use (GB2312 read as KOI8-R gives box drawing);
    /// - in a Latin script, more than `maximumAdjacent` of the letters follow
    ///   another non-ASCII letter (Greek read as windows-1252: `áëïîå`);
    /// - in another single-byte script, more than `maximumMixed` of the letters
    ///   touch an ASCII letter (Portuguese read as windows-1251: `simulaзхes`).
    /// - Returns: the share, and the number of letters found.
    func score(_ bytes: UnsafeRawBufferPointer, as candidate: Candidate) -> (Double, Int)? {
        guard let index = candidates.firstIndex(of: candidate) else { return nil }
        return score(bytes, as: candidate, prepared[index])
    }

    private func score(_ bytes: UnsafeRawBufferPointer, as candidate: Candidate,
                       _ prepared: (tables: [[UInt32]], latin: Bool)) -> (Double, Int)? {
        let capacity = min(1 << 16, bytes.count * 4 + 64)
        guard let transcoder = IconvTranscoder(from: candidate.iconvName, outputCapacity: capacity) else { return nil }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count * 2)
        // Not final: a character cut by the window's end is not an invalid sequence.
        try? transcoder.convert(bytes, final: false) { decoded += $0 }
        guard transcoder.invalidSequences == 0 else { return nil }
        let scalars = Array(String(decoding: decoded, as: UTF8.self).unicodeScalars)
        func isASCIILetter(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            let value = scalars[index].value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        var total = 0
        var odd = 0
        var adjacent = 0
        var mixed = 0
        var previousWasLetter = false   // a non-ASCII letter just before
        var hits = [Int](repeating: 0, count: prepared.tables.count)
        for (index, scalar) in scalars.enumerated() {
            guard scalar.value >= 0x80 else {
                previousWasLetter = false
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic {
                total += 1
                if previousWasLetter { adjacent += 1 }
                previousWasLetter = true
                if isASCIILetter(index - 1) || isASCIILetter(index + 1) { mixed += 1 }
                for (table, letters) in prepared.tables.enumerated() where Self.contains(letters, scalar.value) { hits[table] += 1 }
            } else {
                previousWasLetter = false
                switch properties.generalCategory {
                case .control, .privateUse, .unassigned, .surrogate, .otherSymbol, .mathSymbol, .modifierSymbol:
                    odd += 1
                default:
                    break
                }
            }
        }
        guard total >= minimumLetters, Double(odd) <= maximumOdd * Double(total + odd) else { return nil }
        if prepared.latin, Double(adjacent) > maximumAdjacent * Double(total) { return nil }
        if !prepared.latin, !candidate.multiByte, Double(mixed) > maximumMixed * Double(total) { return nil }
        let found = hits.max() ?? 0
        return (Double(found) / Double(total), found)
    }

    /// Whether the sorted `table` holds `value`.
    private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < table.count && table[low] == value
    }
}
