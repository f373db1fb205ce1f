/// `WordFolding` precomputed for every scalar of two UTF-8 bytes
/// (U+0080...U+07FF: Latin-1, Latin Extended, Greek, Cyrillic...), so that
/// the words of most European languages are normalised without building
/// strings. Each entry is exactly what `WordFolding.fold` writes for the
/// scalar (folding works scalar by scalar), so both paths agree.
struct TwoByteFolding: Sendable {
    /// Built once, on first use (immutable afterwards).
    static let shared = TwoByteFolding()

    /// Entry `s - 0x80` is `bytes[offsets[s - 0x80]..<offsets[s - 0x80 + 1]]`.
    private let offsets: [Int32]
    private let bytes: [UInt8]

    private init() {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in UInt32(0x80)..<0x800 {
            let encoded: [UInt8] = [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            encoded.withUnsafeBufferPointer { WordFolding.fold($0, into: &bytes) }
            offsets.append(Int32(bytes.count))
        }
        self.offsets = offsets
        self.bytes = bytes
    }

    /// Appends the normalised bytes of `word` to `output` as `WordFolding.fold`
    /// would, and returns true; returns false, leaving `output` as it was,
    /// when the word has a scalar of three or four bytes (or a bad byte).
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
            guard byte >= 0xC2, byte <= 0xDF, index + 1 < word.count, word[index + 1] & 0xC0 == 0x80 else {
                output.removeSubrange(start...)
                return false
            }
            let entry = Int(UInt32(byte & 0x1F) << 6 | UInt32(word[index + 1] & 0x3F)) - 0x80
            output.append(contentsOf: bytes[Int(offsets[entry])..<Int(offsets[entry + 1])])
            index += 2
        }
        return true
    }
}
