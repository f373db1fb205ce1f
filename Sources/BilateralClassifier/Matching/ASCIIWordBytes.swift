/// Eight text bytes at once: which of them are not ASCII letters or
/// digits, so that the tokenizer finds the end of a word with one test and
/// a bit count instead of a test and a branch per byte (the loop's exit at
/// the end of each word, after a length that varies, was a mispredicted
/// branch per word).
enum ASCIIWordBytes {
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Every byte of the word set to `byte`.
    @inline(__always)
    private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Bit 7 of each byte of `chunk` (first text byte lowest, little-endian)
    /// set when that byte is not `0-9`, `A-Z` or `a-z`, exactly as
    /// `Tokenizer.isASCIIWordByte` says (bytes of 0x80 and above are stops).
    /// Each range test adds or subtracts per byte on 7-bit values, where no
    /// carry or borrow crosses into the next byte.
    @inline(__always)
    static func stops(_ chunk: UInt64) -> UInt64 {
        let seven = chunk & ~high
        let lower = seven | repeated(0x20)
        let letter = (lower &+ repeated(0x80 - 0x61)) & (repeated(0x80 + 0x7A) &- lower)
        let digit = (seven &+ repeated(0x80 - 0x30)) & (repeated(0x80 + 0x39) &- seven)
        let word = (letter | digit) & high & ~chunk
        return ~word & high
    }
}
