/// A trie over vocabulary ids: the multi-pattern automaton of all lexicon
/// phrases. The first word goes through a dense array indexed by word id;
/// deeper edges live in one open-addressing table keyed by (node, word).
/// Each node that ends a phrase carries the indices of its payloads.
struct PhraseTrie: Sendable {
    private(set) var rootChildren: [Int32] = []
    private var edgeKeys: [UInt64] = Array(repeating: .max, count: 1024)
    private var edgeValues: [Int32] = Array(repeating: -1, count: 1024)
    private var edgeCount = 0
    private(set) var nodeCount = 1
    private var pending: [Int32: [Int32]] = [:]
    /// Payload indices of node `n` are `payloads[payloadOffsets[n]..<payloadOffsets[n + 1]]`.
    private(set) var payloadOffsets: [Int32] = []
    private(set) var payloads: [Int32] = []
    /// Bit `n` set: node `n` has children below it (a leaf needs no probe).
    private var branchingNodes = BitSet(count: 0)
    /// Bit `w` set: word `w` is the second or later word of some phrase
    /// (most text words are not: they need no probe either).
    private var innerWords = BitSet(count: 0)

    /// Adds a phrase (word ids) with one payload index.
    mutating func insert(_ words: [Int32], payload: Int32) {
        var node: Int32 = 0
        for word in words {
            node = probe(node, word) ?? addChild(of: node, word: word)
        }
        pending[node, default: []].append(payload)
    }

    /// Freezes the payload lists; call once after the last insert.
    mutating func finish(vocabularySize: Int) {
        if rootChildren.count < vocabularySize {
            rootChildren.append(contentsOf: repeatElement(-1, count: vocabularySize - rootChildren.count))
        }
        payloadOffsets = Array(repeating: 0, count: nodeCount + 1)
        payloads = []
        for node in 0..<nodeCount {
            payloadOffsets[node] = Int32(payloads.count)
            if let list = pending[Int32(node)] { payloads.append(contentsOf: list) }
        }
        payloadOffsets[nodeCount] = Int32(payloads.count)
        pending = [:]
        branchingNodes = BitSet(count: nodeCount)
        let edges = edgeKeys.filter { $0 != .max }
        innerWords = BitSet(count: max(vocabularySize, Int(edges.map { $0 & 0xFFFF_FFFF }.max() ?? 0) + 1))
        for key in edges {
            branchingNodes.insert(Int(key >> 32))
            innerWords.insert(Int(key & 0xFFFF_FFFF))
        }
    }

    /// The child of `node` along `word`, if any (after `finish`).
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        // Two small bit sets first: they answer most lookups below the root
        // without touching the large edge table.
        if node != 0, !branchingNodes.contains(Int(node)) || !innerWords.contains(Int(word)) { return nil }
        return probe(node, word)
    }

    /// The child of `node` along `word` from the tables themselves.
    @inline(__always)
    private func probe(_ node: Int32, _ word: Int32) -> Int32? {
        if node == 0 {
            guard Int(word) < rootChildren.count else { return nil }
            let child = rootChildren[Int(word)]
            return child < 0 ? nil : child
        }
        let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))
        let mask = edgeKeys.count - 1
        var index = PhraseTrie.slot(key) & mask
        while true {
            let found = edgeKeys[index]
            if found == key { return edgeValues[index] }
            if found == .max { return nil }
            index = (index + 1) & mask
        }
    }

    /// Payload range of `node` (empty when no phrase ends there).
    @inline(__always)
    func payloadRange(of node: Int32) -> Range<Int> {
        Int(payloadOffsets[Int(node)])..<Int(payloadOffsets[Int(node) + 1])
    }

    private mutating func addChild(of node: Int32, word: Int32) -> Int32 {
        let child = Int32(nodeCount)
        nodeCount += 1
        if node == 0 {
            if rootChildren.count <= Int(word) {
                rootChildren.append(contentsOf: repeatElement(-1, count: Int(word) + 1 - rootChildren.count))
            }
            rootChildren[Int(word)] = child
            return child
        }
        if (edgeCount + 1) * 2 > edgeKeys.count { growEdges() }
        placeEdge(UInt64(UInt32(node)) << 32 | UInt64(UInt32(word)), child)
        edgeCount += 1
        return child
    }

    private mutating func growEdges() {
        let keys = edgeKeys, values = edgeValues
        edgeKeys = Array(repeating: .max, count: keys.count * 2)
        edgeValues = Array(repeating: -1, count: keys.count * 2)
        for index in keys.indices where keys[index] != .max { placeEdge(keys[index], values[index]) }
    }

    private mutating func placeEdge(_ key: UInt64, _ value: Int32) {
        let mask = edgeKeys.count - 1
        var index = PhraseTrie.slot(key) & mask
        while edgeKeys[index] != .max { index = (index + 1) & mask }
        edgeKeys[index] = key
        edgeValues[index] = value
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
