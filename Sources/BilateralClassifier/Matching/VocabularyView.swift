/// Raw views of a `Vocabulary`'s tables, valid inside `Vocabulary.withView`.
struct VocabularyView {
    let slots: UnsafeBufferPointer<VocabularySlot>
    let arena: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int32>
    /// `Vocabulary.defersLookups`.
    let defersLookups: Bool

    /// The id of the `count` bytes at `pointer` (lower-cased when `lowering`).
    @inline(__always)
    func lookup(_ pointer: UnsafePointer<UInt8>, _ count: Int, lowering: Bool) -> Int32 {
        lookup(WordKey(pointer, count, lowering: lowering), pointer, lowering: lowering)
    }

    /// The id of the word whose key is `key` and whose bytes are at `pointer`
    /// (read only for words longer than a slot holds), or `Token.unknown`.
    @inline(__always)
    func lookup(_ key: WordKey, _ pointer: UnsafePointer<UInt8>, lowering: Bool = false) -> Int32 {
        let mask = slots.count - 1
        var index = Int(key.hash) & mask
        while true {
            let slot = slots[index]
            if slot.id < 0 { return Token.unknown }
            if slot.low == key.low, slot.meta == key.meta,
               key.length <= 8 || tailEqual(slot.id, pointer, key.length, lowering) {
                return slot.id
            }
            index = (index + 1) & mask
        }
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
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tokens.count) { home in
            for index in tokens.indices {
                home[index] = slots[Int(UInt32(bitPattern: tokens[index].id)) & mask].id
            }
            for index in tokens.indices where tokens[index].has(TokenFlags.pendingLookup) {
                let token = tokens[index]
                tokens[index].id = home[index] < 0 ? Token.unknown
                    : lookup(text + Int(token.start), Int(token.end - token.start), lowering: true)
                tokens[index].flags &= ~TokenFlags.pendingLookup
            }
        }
    }

    /// Whether word `id` has `count` bytes and its bytes past the 8 of its
    /// slot equal those at `pointer`.
    private func tailEqual(_ id: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int, _ lowering: Bool) -> Bool {
        let start = Int(offsets[Int(id)])
        guard Int(offsets[Int(id) + 1]) - start == count else { return false }
        for index in 8..<count {
            var byte = pointer[index]
            if lowering, byte &- 65 < 26 { byte |= 0x20 }
            if byte != arena[start + index] { return false }
        }
        return true
    }
}
