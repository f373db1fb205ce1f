/// The first 16 bytes of a normalised word packed into two integers (byte
/// `i` at bits `8 * (i % 8)` of `low` or `high`, zero padded), and its length.
///
/// A `Vocabulary` slot holds `low` and `meta` inline, so that a text word
/// of up to 8 bytes is found by comparing two integers in one cache line,
/// instead of hashing byte by byte and then following offsets into a byte
/// arena. The hash mixes the two integers and the length with multiplies:
/// a few cycles, where FNV-1a over the bytes was a chain of one multiply
/// per byte. Bytes past the eighth are compared from the arena.
struct WordKey: Equatable {
    var low: UInt64
    var high: UInt64
    var length: Int

    /// Bytes held inline; longer words keep the rest in the arena only.
    static let inlineBytes = 16

    /// The key of the `count` bytes at `pointer`, lower-cased (A-Z only)
    /// when `lowering`. Reads no byte outside `pointer[0..<count]`.
    @inline(__always)
    init(_ pointer: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) {
        var low: UInt64 = 0, high: UInt64 = 0
        for index in 0..<min(count, Self.inlineBytes) {
            var byte = pointer[index]
            if lowering, byte &- 65 < 26 { byte |= 0x20 }
            if index < 8 {
                low |= UInt64(byte) << UInt64(index * 8)
            } else {
                high |= UInt64(byte) << UInt64((index - 8) * 8)
            }
        }
        self.init(low: low, high: high, length: count)
    }

    /// The key of a word of the tokenizer's ASCII path: letters, digits and
    /// (initialisms) dots, all of which lower-case by setting bit 5 (digits
    /// and `.` have it already). `available` bytes may be read from
    /// `pointer` (at least `count`): with 16 of them the bytes are loaded as
    /// two words instead of one at a time.
    @inline(__always)
    init(asciiWord pointer: UnsafePointer<UInt8>, _ count: Int, available: Int) {
        guard available >= Self.inlineBytes else {
            self.init(pointer, count, lowering: true)
            return
        }
        let raw = UnsafeRawPointer(pointer)
        let lowBytes = min(count, 8), highBytes = max(0, min(count, 16) - 8)
        self.init(low: (raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020) & Self.mask(lowBytes),
                  high: (raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020)
                      & Self.mask(highBytes),
                  length: count)
    }

    init(low: UInt64, high: UInt64, length: Int) {
        self.low = low
        self.high = high
        self.length = length
    }

    /// The low `bytes` bytes of a word set (0...8).
    @inline(__always)
    private static func mask(_ bytes: Int) -> UInt64 {
        bytes >= 8 ? .max : (1 << UInt64(bytes * 8)) &- 1
    }

    /// The length (up to 255) in the low byte and the hash's high 24 bits:
    /// with `low`, what a `VocabularySlot` compares.
    @inline(__always)
    var meta: UInt32 { UInt32(min(length, 255)) | hash & 0xFFFF_FF00 }

    /// A 32-bit hash of the key (all bits mixed: the table uses the low bits
    /// as the home slot and the high bits as a tag).
    @inline(__always)
    var hash: UInt32 {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        let folded = (mixed ^ (mixed >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: folded >> 32)
    }
}
