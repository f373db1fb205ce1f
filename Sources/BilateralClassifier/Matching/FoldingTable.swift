/// `WordFolding` precomputed for every scalar below U+2000 (two UTF-8 bytes:
/// Latin-1, Latin Extended, Greek, Cyrillic...; three bytes: the scripts of
/// South and South-East Asia, Georgian, Ethiopic...), and the CJK unified
/// ideographs (no case, no decomposition: they fold to themselves), so that
/// the words of most languages are normalised without building strings. Each entry is exactly what `WordFolding.fold`
/// writes for the scalar (folding works scalar by scalar; the tests check
/// the ideographs against it), so both paths agree.
struct FoldingTable: Sendable {
    /// Built once, on first use (immutable afterwards).
    static let shared = FoldingTable()

    /// Scalars below this have a table entry.
    static let tableEnd: UInt32 = 0x2000
    /// Entry `s - 0x80` is `bytes[offsets[s - 0x80]..<offsets[s - 0x80 + 1]]`.
    private let offsets: [Int32]
    private let bytes: [UInt8]
    /// Three-byte scalars that fold to themselves: CJK Unified Ideographs
    /// Extension A and the main block.
    static let unchanged: [ClosedRange<UInt32>] = [extensionA, unifiedIdeographs]
    private static let extensionA: ClosedRange<UInt32> = 0x3400...0x4DBF
    private static let unifiedIdeographs: ClosedRange<UInt32> = 0x4E00...0x9FFF

    /// Whether `value` is in `unchanged` (two comparisons, without reading the array).
    @inline(__always)
    static func isUnchanged(_ value: UInt32) -> Bool {
        extensionA.contains(value) || unifiedIdeographs.contains(value)
    }

    /// The most bytes `fold` writes per byte of a word (the longest entry
    /// over the length of its scalar, rounded up; at least 1).
    let maxExpansion: Int

    private init() {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        var maxExpansion = 1
        for value in UInt32(0x80)..<Self.tableEnd {
            let encoded = value < 0x800 ? [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
                : [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            let before = bytes.count
            encoded.withUnsafeBufferPointer { WordFolding.fold($0, into: &bytes) }
            offsets.append(Int32(bytes.count))
            maxExpansion = max(maxExpansion, (bytes.count - before + encoded.count - 1) / encoded.count)
        }
        self.offsets = offsets
        self.bytes = bytes
        self.maxExpansion = maxExpansion
    }

    /// Writes the normalised bytes of `word` at `output`, which has room for
    /// `word.count * maxExpansion` bytes, as `WordFolding.fold` would, and
    /// returns how many; returns nil when the word has a scalar of four
    /// bytes, one of three bytes neither in the table nor `isUnchanged`, or a
    /// bad byte. (Raw memory: appending each letter's entry to an array and
    /// emptying it for the next word were ~4% of `classify`'s samples on a
    /// mix of real feeds, 0.9% after.)
    func fold(_ word: UnsafeBufferPointer<UInt8>, writingTo output: UnsafeMutablePointer<UInt8>) -> Int? {
        offsets.withUnsafeBufferPointer { offsets in
            bytes.withUnsafeBufferPointer { table in
                var count = 0
                var index = 0
                while index < word.count {
                    guard let (letter, length) = letter(of: word, at: index) else { return nil }
                    switch letter {
                    case let .ascii(byte):
                        output[count] = byte
                        count += 1
                    case .dropped:
                        break
                    case .unchanged:
                        for offset in index..<index + 3 {
                            output[count] = word[offset]
                            count += 1
                        }
                    case let .entry(entry):
                        // Entries are a few bytes: copied here, where memmove was a call per letter.
                        for offset in Int(offsets[entry])..<Int(offsets[entry + 1]) {
                            output[count] = table[offset]
                            count += 1
                        }
                    }
                    index += length
                }
                return count
            }
        }
    }

    /// The first byte `fold` would write for `word`, from its first letter
    /// alone; nil when that letter writes nothing or is not in the table (the
    /// caller then folds the whole word).
    @inline(__always)
    func firstFoldedByte(of word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard !word.isEmpty, let (letter, _) = letter(of: word, at: 0) else { return nil }
        switch letter {
        case let .ascii(byte): return byte
        case .dropped: return nil
        case .unchanged: return word[0]
        case let .entry(entry):
            return offsets.withUnsafeBufferPointer { offsets in
                let start = Int(offsets[entry])
                return start < Int(offsets[entry + 1]) ? bytes[start] : nil
            }
        }
    }

    /// What one letter of a word folds to.
    private enum Letter {
        /// An ASCII letter or digit (lower-cased) or a dot, kept.
        case ascii(UInt8)
        /// Other ASCII, left out.
        case dropped
        /// A three-byte scalar that folds to itself (`isUnchanged`).
        case unchanged
        /// A scalar with a table entry: the entry's index.
        case entry(Int)
    }

    /// The letter starting at `index` and its length in bytes; nil for a
    /// scalar `fold` refuses (four bytes, three bytes neither in the table
    /// nor unchanged, a bad byte). The one reading of a letter for `fold`
    /// and `firstFoldedByte`, which must agree.
    @inline(__always)
    private func letter(of word: UnsafeBufferPointer<UInt8>, at index: Int) -> (Letter, Int)? {
        let byte = word[index]
        if byte < 0x80 {
            let lower = byte &- 65 < 26 ? byte | 0x20 : byte
            return (Tokenizer.isASCIIWordByte(lower) || lower == 46 ? .ascii(lower) : .dropped, 1)
        }
        if byte & 0xF0 == 0xE0, let value = threeByteScalar(word, at: index) {
            if value < Self.tableEnd { return (.entry(Int(value) - 0x80), 3) }
            return Self.isUnchanged(value) ? (.unchanged, 3) : nil
        }
        guard byte >= 0xC2, byte <= 0xDF, index + 1 < word.count, word[index + 1] & 0xC0 == 0x80 else { return nil }
        return (.entry(Int(UInt32(byte & 0x1F) << 6 | UInt32(word[index + 1] & 0x3F)) - 0x80), 2)
    }

    /// `fold(_:writingTo:)` appending to an array: true when folded, false
    /// (leaving `output` as it was) where that returns nil.
    func fold(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
        guard !word.isEmpty else { return true }
        var folded = true
        let result = [UInt8](unsafeUninitializedCapacity: word.count * maxExpansion) { buffer, count in
            if let written = fold(word, writingTo: buffer.baseAddress!) { count = written } else { folded = false }
        }
        if folded { output += result }
        return folded
    }

    /// The scalar of the well-formed three-byte sequence at `index` (not
    /// overlong, not a surrogate), or nil.
    private func threeByteScalar(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 2 < word.count, word[index + 1] & 0xC0 == 0x80, word[index + 2] & 0xC0 == 0x80 else { return nil }
        let value = UInt32(word[index] & 0x0F) << 12 | UInt32(word[index + 1] & 0x3F) << 6 | UInt32(word[index + 2] & 0x3F)
        guard value >= 0x800, !(0xD800..<0xE000).contains(value) else { return nil }
        return value
    }
}
