/// The interned words of all lexicon phrases: normalised UTF-8 words to
/// dense ids, in an open-addressing hash table whose slots hold each word's
/// first 8 bytes, length and hash bits inline beside its id, so that a text
/// word of up to 8 bytes (most words) is found in one cache line: no
/// `String`, no byte-by-byte hash, no second or third dependent load (an
/// earlier table of 4-byte slots led to an offset, then to the bytes in an
/// arena). Longer words compare their remaining bytes with the arena.
struct Vocabulary: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int32] = [0]
    /// Open addressing, load ≤ 5/8 (`maxLoad`), a power of two of slots.
    private(set) var slots: [VocabularySlot] = Array(repeating: .empty, count: 1024)
    private(set) var hashes: [UInt32] = []

    /// Number of distinct words.
    var count: Int { hashes.count }

    /// Bytes a text word's lookup may read: slots, offsets and arena.
    var tableBytes: Int {
        slots.count * MemoryLayout<VocabularySlot>.stride + offsets.count * 4 + arena.count
    }

    /// Set to force `defersLookups` either way (tests); nil: by `tableBytes`.
    var forcedDeferral: Bool?

    /// Whether `Tokenizer.tokenize` looks ASCII words up in a second pass
    /// over the tokens (`VocabularyView.resolve`), which overlaps the cache
    /// misses of the lookups, rather than during the scan (`inlineLookupBytes`).
    var defersLookups: Bool { forcedDeferral ?? (tableBytes > Vocabulary.inlineLookupBytes) }

    /// Largest `tableBytes` looked up during the scan. Measured on a 2 MB
    /// second-level cache, alternating runs (with the earlier 4-byte slots):
    /// the scan's lookups were faster with 3,000 phrases (~35 KB), the
    /// shipped lexicons' words (~470 KB; classifying too) and 170,000 words
    /// (~4 MB); the second pass is kept for tables beyond twice that.
    static let inlineLookupBytes = 8 * 1024 * 1024

    /// Largest share of used slots: the shipped 20,000 words fit 32,768
    /// slots (512 KB, in the second-level cache with room to spare), where
    /// a load of 1/2 needed twice that. Linear probing stays short at 5/8,
    /// and its extra probes are mostly in the home slot's cache line.
    static let maxLoad = (numerator: 5, denominator: 8)

    /// The id of `word` (normalised bytes), adding it when new.
    mutating func intern(_ word: [UInt8]) -> Int32 {
        let key = word.withUnsafeBufferPointer { WordKey($0.baseAddress!, $0.count, lowering: false) }
        let found = word.withUnsafeBufferPointer { pointer in withView { $0.lookup(key, pointer.baseAddress!) } }
        if found >= 0 { return found }
        if (hashes.count + 1) * Self.maxLoad.denominator > slots.count * Self.maxLoad.numerator { grow() }
        let id = Int32(hashes.count)
        arena.append(contentsOf: word)
        offsets.append(Int32(arena.count))
        hashes.append(key.hash)
        place(VocabularySlot(low: key.low, meta: key.meta, id: id), hash: key.hash)
        return id
    }

    /// The normalised bytes of word `id`.
    func word(_ id: Int32) -> [UInt8] {
        Array(arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])])
    }

    /// The id of the `count` bytes at `pointer` (lower-cased on the fly when
    /// `lowering`), or `Token.unknown`.
    func lookup(_ pointer: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) -> Int32 {
        withView { $0.lookup(pointer, count, lowering: lowering) }
    }

    /// Runs `body` with raw views of the tables (one lookup per text word
    /// without reference counting).
    @inline(__always)
    func withView<R>(_ body: (VocabularyView) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                offsets.withUnsafeBufferPointer { offsets in
                    body(VocabularyView(slots: slots, arena: arena, offsets: offsets, defersLookups: defersLookups))
                }
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: .empty, count: old.count * 2)
        for slot in old where slot.id >= 0 { place(slot, hash: hashes[Int(slot.id)]) }
    }

    private mutating func place(_ slot: VocabularySlot, hash: UInt32) {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while slots[index].id >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }
}

/// One slot of `Vocabulary`'s table, 16 bytes (four to a cache line, so
/// that the probes after the home slot are mostly in the same line): a
/// word's first 8 bytes inline, its length and the high bits of its hash,
/// and its id. For words of up to 8 bytes that is the whole word.
struct VocabularySlot: Sendable {
    var low: UInt64
    /// `WordKey.meta`: length (up to 255) in the low byte, hash bits above.
    var meta: UInt32
    /// The word id; -1 when the slot is empty.
    var id: Int32

    static let empty = VocabularySlot(low: 0, meta: 0, id: -1)
}
