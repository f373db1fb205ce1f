/// The interned words of all lexicon phrases: normalised UTF-8 words to
/// dense ids, in an open-addressing hash table over one byte arena, so that
/// a text word is looked up without building a `String`.
struct Vocabulary: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int32] = [0]
    /// Open addressing, load ≤ 1/2, four bytes a slot so that the table
    /// stays small enough for the second-level cache: the high bits of the
    /// hash above the index bits (a tag), then `id + 1` in the index bits; 0
    /// when empty. `id + 1 ≤ count ≤ slots.count / 2` always fits the index bits.
    private(set) var slots: [UInt32] = Array(repeating: 0, count: 1024)
    private(set) var hashes: [UInt32] = []
    /// The first bytes of the words: a text word whose normalised form
    /// starts with another byte is not a word of the vocabulary, whatever
    /// follows (`VocabularyView.mayStart`).
    private(set) var firstBytes = FirstBytes()

    /// Number of distinct words.
    var count: Int { hashes.count }

    /// Bytes a text word's lookup may read: slots, offsets and arena.
    var tableBytes: Int { slots.count * 4 + offsets.count * 4 + arena.count }

    /// Set to force `defersLookups` either way (tests); nil: by `tableBytes`.
    var forcedDeferral: Bool?

    /// Whether `Tokenizer.tokenize` looks ASCII words up in a second pass
    /// over the tokens (`VocabularyView.resolve`), which overlaps the cache
    /// misses of the lookups, rather than during the scan (`inlineLookupBytes`).
    var defersLookups: Bool { forcedDeferral ?? (tableBytes > Vocabulary.inlineLookupBytes) }

    /// Largest `tableBytes` looked up during the scan. Measured on a 2 MB
    /// second-level cache, alternating runs: the scan's lookups were faster
    /// with 3,000 phrases (~35 KB), the shipped lexicons' words (~470 KB;
    /// classifying too) and 170,000 words (~4 MB); the second pass is kept
    /// for tables beyond twice that, where no run has been made.
    static let inlineLookupBytes = 8 * 1024 * 1024

    /// The id of `word` (normalised bytes), adding it when new.
    mutating func intern(_ word: [UInt8]) -> Int32 {
        let found = word.withUnsafeBufferPointer { lookup($0.baseAddress!, $0.count, lowering: false) }
        if found >= 0 { return found }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let id = Int32(hashes.count)
        let hash = Vocabulary.hash(word.withUnsafeBufferPointer { $0.baseAddress! }, word.count, lowering: false)
        arena.append(contentsOf: word)
        offsets.append(Int32(arena.count))
        if let first = word.first { firstBytes.insert(first) }
        hashes.append(hash)
        place(id: id, hash: hash)
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
                    hashes.withUnsafeBufferPointer { hashes in
                        body(VocabularyView(slots: slots, arena: arena, offsets: offsets, hashes: hashes,
                                            defersLookups: defersLookups, firstBytes: firstBytes))
                    }
                }
            }
        }
    }

    static let hashSeed: UInt32 = 2_166_136_261
    static let hashPrime: UInt32 = 16_777_619

    /// 32-bit FNV-1a of the bytes (lower-cased on the fly when `lowering`).
    @inline(__always)
    static func hash(_ pointer: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) -> UInt32 {
        var hash = hashSeed
        for index in 0..<count {
            var byte = pointer[index]
            if lowering, byte &- 65 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt32(byte)) &* hashPrime
        }
        return hash
    }

    @inline(__always)
    static func equal(_ text: UnsafePointer<UInt8>, _ word: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) -> Bool {
        for index in 0..<count {
            var byte = text[index]
            if lowering, byte &- 65 < 26 { byte |= 0x20 }
            if byte != word[index] { return false }
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for id in 0..<hashes.count { place(id: Int32(id), hash: hashes[id]) }
    }

    private mutating func place(id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = hash & ~UInt32(mask) | UInt32(id + 1)
    }
}

/// Raw views of a `Vocabulary`'s tables, valid inside `Vocabulary.withView`.
struct VocabularyView {
    let slots: UnsafeBufferPointer<UInt32>
    let arena: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int32>
    let hashes: UnsafeBufferPointer<UInt32>
    /// `Vocabulary.defersLookups`.
    let defersLookups: Bool
    /// `Vocabulary.firstBytes`.
    let firstBytes: FirstBytes

    /// Whether some word of the vocabulary starts with `byte` (false: none does).
    @inline(__always)
    func mayStart(with byte: UInt8) -> Bool { firstBytes.contains(byte) }

    @inline(__always)
    func lookup(_ pointer: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) -> Int32 {
        lookup(pointer, count, hash: Vocabulary.hash(pointer, count, lowering: lowering), lowering: lowering)
    }

    /// Replaces the hash in `id` of every `pendingLookup` token by its word
    /// id (lower-cased lookup of its bytes in `text`). A first pass loads the
    /// home slot of every token: independent loads that the processor
    /// overlaps, where one lookup after the other would wait for each cache
    /// miss in turn; most lookups then end at that slot.
    func resolve(_ tokens: UnsafeMutableBufferPointer<Token>, text: UnsafePointer<UInt8>) {
        let mask = slots.count - 1
        // Every index is masked into `slots` (a token without a pending
        // lookup loads some slot for nothing), and `home` has one entry per token.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tokens.count) { home in
            for index in tokens.indices {
                home[index] = slots[Int(UInt32(bitPattern: tokens[index].id)) & mask]
            }
            for index in tokens.indices where tokens[index].has(TokenFlags.pendingLookup) {
                let token = tokens[index]
                let hash = UInt32(bitPattern: token.id)
                tokens[index].id = home[index] == 0 ? Token.unknown
                    : lookup(text + Int(token.start), Int(token.end - token.start), hash: hash, lowering: true)
                tokens[index].flags &= ~TokenFlags.pendingLookup
            }
        }
    }

    /// As `lookup(_:_:lowering:)` with the hash already computed.
    @inline(__always)
    func lookup(_ pointer: UnsafePointer<UInt8>, _ count: Int, hash: UInt32, lowering: Bool) -> Int32 {
        let mask = slots.count - 1
        let tag = hash & ~UInt32(mask)
        var index = Int(hash) & mask
        while true {
            let entry = slots[index]
            if entry == 0 { return Token.unknown }
            if entry & ~UInt32(mask) == tag {
                let id = Int(entry & UInt32(mask)) - 1
                let start = Int(offsets[id])
                if Int(offsets[id + 1]) - start == count,
                   Vocabulary.equal(pointer, arena.baseAddress! + start, count, lowering: lowering) {
                    return Int32(id)
                }
            }
            index = (index + 1) & mask
        }
    }
}

/// A set of bytes in four 64-bit words held inline: the tokenizer's
/// `VocabularyView` carries it by value (a `BitSet` keeps its words in an
/// array on the heap, retained with each copy of the view).
struct FirstBytes: Sendable {
    private var words = SIMD4<UInt64>(repeating: 0)

    mutating func insert(_ byte: UInt8) { words[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { words[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0 }
}
