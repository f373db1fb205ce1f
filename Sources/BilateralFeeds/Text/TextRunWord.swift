/// Eight input bytes (little-endian load) tested at once for `HTMLTextScanner`'s text runs:
/// the text scan was the largest Swift cost of reading a feed, one byte and four compares at a
/// time. Each per-byte test is exact (no carry crosses a byte), so the word answers exactly
/// what the byte loop would for the bytes it covers.
struct TextRunWord {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    let word: UInt64

    @inline(__always)
    init(_ word: UInt64) {
        self.word = word
    }

    /// True when each of the first seven bytes is ordinary (above 0x20, not `<`, `&` nor 0xC2)
    /// or a space followed by an ordinary byte: what the byte loop copies without stopping.
    @inline(__always)
    var firstSevenPlain: Bool {
        let ordinary = atLeast(0x21) & nonZero(word ^ (Self.ones &* 0x3C)) & nonZero(word ^ (Self.ones &* 0x26))
            & nonZero(word ^ (Self.ones &* 0xC2))
        let special = ~ordinary & Self.high
        let space = ~nonZero(word ^ (Self.ones &* 0x20)) & Self.high
        // A space is fine when the next byte (8 bits up) is ordinary.
        let bad = (special & ~space) | (space & (special >> 8))
        return bad & 0x0080_8080_8080_8080 == 0
    }

    /// High bit of each byte set where the byte is >= `n` (n in 1...0x80).
    @inline(__always)
    private func atLeast(_ n: UInt64) -> UInt64 {
        (((word & Self.low7) &+ Self.ones &* (0x80 - n)) | word) & Self.high
    }

    /// High bit of each byte set where the byte of `x` is not zero.
    @inline(__always)
    private func nonZero(_ x: UInt64) -> UInt64 {
        (((x & Self.low7) &+ Self.low7) | x) & Self.high
    }
}
