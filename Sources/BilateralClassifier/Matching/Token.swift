/// One word of a text after normalisation: where it is in the UTF-8 bytes,
/// which vocabulary word it is, and what the bytes around it looked like.
struct Token: Sendable {
    /// Byte offset of the first byte of the word in the text.
    var start: Int32
    /// Byte offset just after the word (an initialism ends before its last dot).
    var end: Int32
    /// Vocabulary id of the normalised word, or `Token.unknown`.
    var id: Int32
    /// `TokenFlags` bits.
    var flags: UInt16

    static let unknown: Int32 = -1

    func has(_ flag: UInt16) -> Bool { flags & flag != 0 }
}

/// Bits of `Token.flags`: the word's shape and the separator before it.
enum TokenFlags {
    /// The first letter is upper case.
    static let capitalized: UInt16 = 1
    /// A run of single letters with dots (`U.S.`).
    static let initialism: UInt16 = 2
    /// The word starts with a digit.
    static let digit: UInt16 = 4
    /// The word has bytes outside ASCII (normalised on the slow path).
    static let nonASCII: UInt16 = 8
    /// The separator before the word has a line break.
    static let gapNewline: UInt16 = 16
    /// The separator before the word has `.`, `!` or `?` followed by a blank.
    static let gapTerminal: UInt16 = 32
    /// The separator before the word has `;`.
    static let gapSemicolon: UInt16 = 64
    /// The separator before the word has an opening quote after a terminal mark.
    static let gapQuote: UInt16 = 128
    /// Set by the segmenter: the word starts a sentence.
    static let sentenceStart: UInt16 = 256
    /// Set by the segmenter: the word starts a clause.
    static let clauseStart: UInt16 = 512
    /// Only inside `Tokenizer.tokenize`: `id` holds the word's hash until the
    /// vocabulary lookup (cleared before the tokens are returned).
    static let pendingLookup: UInt16 = 1024
}
