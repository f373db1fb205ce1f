/// Splits UTF-8 text into normalised words, exactly as FORMAT.md says:
/// letters and digits make words, everything else separates; a possessive
/// `'s`/`’s` is dropped; `U.S.` is one word `u.s`; the separator before each
/// word is summarised in `TokenFlags` for the segmenter.
///
/// ASCII words are looked up in the vocabulary straight from the text bytes
/// (lower-cased on the fly), during the scan or after it as the vocabulary
/// says (`Vocabulary.defersLookups`); words with other bytes take the slow
/// path of `WordFolding`.
enum Tokenizer {
    /// The words of `text`, with vocabulary ids, sentence and clause starts marked.
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary, segmenter: Segmenter) -> [Token] {
        vocabulary.withView { view in
            segmenter.withMarker { marker in
                // A word takes at least one byte and a separator: at most `count / 2 + 1` words.
                Array(unsafeUninitializedCapacity: text.count / 2 + 1) { buffer, initialized in
                    var sink = TextTokenSink(view: view, marker: marker, text: text, output: buffer.baseAddress!)
                    scan(text, into: &sink)
                    if view.defersLookups, let base = text.baseAddress {
                        // The first `sink.count` tokens are initialised.
                        let tokens = UnsafeMutableBufferPointer(rebasing: buffer[..<sink.count])
                        view.resolve(tokens, text: base)
                        marker.mark(tokens)
                    }
                    initialized = sink.count
                }
            }
        }
    }

    /// The words of a lexicon phrase: normalised bytes, original text, capitalisation.
    static func words(of phrase: String) -> [PhraseWord] {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { text in
            var sink = PhraseWordSink(text: text)
            scan(text, into: &sink)
            return sink.words
        }
    }

    /// Hands each word of `text` to `sink`, in order.
    @inline(__always)
    static func scan<Sink: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let count = text.count
        guard count > 0 else { return }
        let bytes = text.baseAddress!
        var index = 0
        var gap: UInt16 = 0
        var pendingTerminal = false
        let classes = ScalarClasses.shared
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if isASCIIWordByte(byte) {
                    index = word(bytes, count, at: index, gap: gap, classes: classes, into: &sink)
                    gap = 0
                    pendingTerminal = false
                    continue
                }
                gapByte(byte, gap: &gap, pendingTerminal: &pendingTerminal)
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, count, at: index)
            if UTF8Scalar.isWord(scalar, classes) {
                index = word(bytes, count, at: index, gap: gap, classes: classes, into: &sink)
                gap = 0
                pendingTerminal = false
                continue
            }
            gapScalar(scalar, gap: &gap, pendingTerminal: &pendingTerminal)
            index += length
        }
    }

    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 97 < 26 || byte &- 48 < 10
    }

    @inline(__always)
    private static func gapByte(_ byte: UInt8, gap: inout UInt16, pendingTerminal: inout Bool) {
        switch byte {
        case 10, 13: gap |= TokenFlags.gapNewline
        case 46, 33, 63: pendingTerminal = true // . ! ?
        case 32, 9:
            if pendingTerminal { gap |= TokenFlags.gapTerminal }
        case 59: gap |= TokenFlags.gapSemicolon
        case 34, 39, 40:
            if gap & TokenFlags.gapTerminal != 0 { gap |= TokenFlags.gapQuote }
        default: break
        }
    }

    private static func gapScalar(_ scalar: UInt32, gap: inout UInt16, pendingTerminal: inout Bool) {
        switch scalar {
        case 0x2028, 0x2029, 0x85: gap |= TokenFlags.gapNewline
        case 0xA0, 0x2002...0x200B, 0x202F:
            if pendingTerminal { gap |= TokenFlags.gapTerminal }
        case 0x2018, 0x201C, 0x00AB:
            if gap & TokenFlags.gapTerminal != 0 { gap |= TokenFlags.gapQuote }
        case 0x2026: pendingTerminal = true
        default: break
        }
    }

    /// Scans one word starting at `start`, hands it to `sink` with the
    /// FNV-1a hash of its lower-cased bytes (ASCII words), returns where
    /// scanning resumes.
    @inline(__always)
    private static func word<Sink: TokenSink>(_ bytes: UnsafePointer<UInt8>, _ count: Int, at start: Int,
                                              gap: UInt16, classes: borrowing ScalarClasses,
                                              into sink: inout Sink) -> Int {
        var flags = gap
        let first = bytes[start]
        if let end = initialismEnd(bytes, count, at: start) {
            flags |= TokenFlags.initialism | (first &- 65 < 26 ? TokenFlags.capitalized : 0)
            sink.word(start: start, end: end, flags: flags, hash: Vocabulary.hash(bytes + start, end - start, lowering: true))
            return end
        }
        if first < 0x80 {
            if first &- 65 < 26 { flags |= TokenFlags.capitalized }
            if first &- 48 < 10 { flags |= TokenFlags.digit }
        } else if UTF8Scalar.isUpper(UTF8Scalar.decode(bytes, count, at: start).0, classes) {
            flags |= TokenFlags.capitalized
        }
        var hash = Vocabulary.hashSeed
        var index = start
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let lower = byte | 0x20
                if lower &- 97 < 26 {
                    hash = (hash ^ UInt32(lower)) &* Vocabulary.hashPrime
                } else if byte &- 48 < 10 {
                    hash = (hash ^ UInt32(byte)) &* Vocabulary.hashPrime
                } else {
                    break
                }
                index += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(bytes, count, at: index)
                guard UTF8Scalar.isWord(scalar, classes) else { break }
                flags |= TokenFlags.nonASCII
                index += length
            }
        }
        sink.word(start: start, end: index, flags: flags, hash: hash)
        return possessiveEnd(bytes, count, at: index, classes: classes)
    }

    /// `U.S.`, `U.N.`, `U.S.A.`: single letters each followed by a dot (at least two).
    @inline(__always)
    private static func initialismEnd(_ bytes: UnsafePointer<UInt8>, _ count: Int, at start: Int) -> Int? {
        func letter(_ index: Int) -> Bool { index < count && (bytes[index] | 0x20) &- 97 < 26 }
        func boundary(_ index: Int) -> Bool {
            index >= count || !(isASCIIWordByte(bytes[index]) || bytes[index] >= 0x80)
        }
        guard letter(start), start + 2 < count, bytes[start + 1] == 46, letter(start + 2),
              boundary(start + 3) else { return nil }
        var last = start + 2
        while last + 2 < count, bytes[last + 1] == 46, letter(last + 2), boundary(last + 3) {
            last += 2
        }
        return last + 1
    }

    /// Skips a possessive `'s` or `’s` right after a word.
    @inline(__always)
    private static func possessiveEnd(_ bytes: UnsafePointer<UInt8>, _ count: Int, at end: Int,
                                      classes: borrowing ScalarClasses) -> Int {
        var sIndex = -1
        if end + 1 < count, bytes[end] == 39 {
            sIndex = end + 1
        } else if end + 3 < count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 {
            sIndex = end + 3
        }
        guard sIndex >= 0, bytes[sIndex] | 0x20 == 115 else { return end }
        let after = sIndex + 1
        if after < count {
            let byte = bytes[after]
            if byte < 0x80 ? isASCIIWordByte(byte) : UTF8Scalar.isWord(UTF8Scalar.decode(bytes, count, at: after).0, classes) {
                return end
            }
        }
        return after
    }
}

/// A word of a lexicon phrase.
struct PhraseWord: Sendable, Hashable {
    var normalized: [UInt8]
    var original: String
    var capitalized: Bool
}
