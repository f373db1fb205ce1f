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

    private init() {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in UInt32(0x80)..<Self.tableEnd {
            let encoded = value < 0x800 ? [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
                : [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            encoded.withUnsafeBufferPointer { WordFolding.fold($0, into: &bytes) }
            offsets.append(Int32(bytes.count))
        }
        self.offsets = offsets
        self.bytes = bytes
    }

    /// Appends the normalised bytes of `word` to `output` as `WordFolding.fold`
    /// would, and returns true; returns false, leaving `output` as it was,
    /// when the word has a scalar of four bytes, one of three bytes neither in
    /// the table nor `isUnchanged`, or a bad byte.
    func fold(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
        let start = output.count
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                var lower = byte
                if lower &- 65 < 26 { lower |= 0x20 }
                if Tokenizer.isASCIIWordByte(lower) || lower == 46 { output.append(lower) }
                index += 1
                continue
            }
            if byte & 0xF0 == 0xE0, let value = threeByteScalar(word, at: index) {
                if value < Self.tableEnd {
                    append(value, to: &output)
                } else if Self.isUnchanged(value) {
                    output.append(contentsOf: word[index..<index + 3])
                } else {
                    output.removeSubrange(start...)
                    return false
                }
                index += 3
                continue
            }
            guard byte >= 0xC2, byte <= 0xDF, index + 1 < word.count, word[index + 1] & 0xC0 == 0x80 else {
                output.removeSubrange(start...)
                return false
            }
            append(UInt32(byte & 0x1F) << 6 | UInt32(word[index + 1] & 0x3F), to: &output)
            index += 2
        }
        return true
    }

    /// Appends the table entry of `value` (`0x80..<tableEnd`).
    /// (Through raw buffers: appending an `ArraySlice` of `bytes` retained
    /// and released the table's storage for every letter, ~6% of `classify`'s
    /// CPU on a mix of real feeds.)
    @inline(__always)
    private func append(_ value: UInt32, to output: inout [UInt8]) {
        let entry = Int(value) - 0x80
        offsets.withUnsafeBufferPointer { offsets in
            bytes.withUnsafeBufferPointer { bytes in
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(offsets[entry])..<Int(offsets[entry + 1])]))
            }
        }
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
