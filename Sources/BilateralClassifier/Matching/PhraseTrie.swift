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
    /// What the scanner reads of each node, side by side (one cache line
    /// for the payload range and the child filter).
    private var nodes: [Node] = []
    /// Payload indices of node `n` are `payloads[payloadRange(of: n)]`.
    private(set) var payloads: [Int32] = []
    /// Bit `w` set: word `w` is the second or later word of some phrase
    /// (most text words are not: they need no probe either).
    private var innerWords = BitSet(count: 0)
    /// Whether the scanner takes the first steps of all tokens in a batch
    /// before the scan (`firstSteps`) rather than one at a time: set by
    /// `finish` when the tables the first step reads outgrow
    /// `batchedStepBytes`; tests may set it either way afterwards.
    var batchesFirstSteps = false

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
        nodes = []
        payloads = []
        for node in 0..<nodeCount {
            let start = Int32(payloads.count)
            if let list = pending[Int32(node)] { payloads.append(contentsOf: list) }
            nodes.append(Node(payloadStart: start, payloadEnd: Int32(payloads.count), childWords: 0))
        }
        pending = [:]
        let edges = edgeKeys.filter { $0 != .max }
        innerWords = BitSet(count: max(vocabularySize, Int(edges.map { $0 & 0xFFFF_FFFF }.max() ?? 0) + 1))
        for key in edges {
            nodes[Int(key >> 32)].childWords |= Node.bit(Int32(truncatingIfNeeded: key))
            innerWords.insert(Int(key & 0xFFFF_FFFF))
        }
        batchesFirstSteps = firstStepBytes > PhraseTrie.batchedStepBytes
    }

    /// Bytes of the tables a first step reads: root children and nodes.
    var firstStepBytes: Int {
        rootChildren.count * MemoryLayout<Int32>.stride + nodes.count * MemoryLayout<Node>.stride
    }

    /// Largest `firstStepBytes` stepped one token at a time: measured
    /// faster for tries of ~70 KB (3,000 phrases), ~550 KB (the shipped
    /// lexicons) and ~4 MB, as `Vocabulary.inlineLookupBytes`.
    static let batchedStepBytes = 8 * 1024 * 1024

    /// The child of `node` along `word`, if any (after `finish`).
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        // The node's child filter and the set of inner words first: they
        // answer most lookups below the root without the large edge table.
        if node != 0, nodes[Int(node)].childWords & Node.bit(word) == 0 || !innerWords.contains(Int(word)) {
            return nil
        }
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

    /// The root child of a token's word and its payload range (node -1: none).
    struct Step {
        var node: Int32
        var payloads: Range<Int>
    }

    /// The root child of `word` and its payload range (node -1: none).
    @inline(__always)
    func firstStep(word: Int32) -> Step {
        guard word >= 0, Int(word) < rootChildren.count else { return Step(node: -1, payloads: 0..<0) }
        let child = rootChildren[Int(word)]
        return Step(node: child, payloads: child < 0 ? 0..<0 : payloadRange(of: child))
    }

    /// The first step from the root for every token, in two passes of
    /// independent loads (root children, then their nodes) that the
    /// processor overlaps, where the scan would wait for each miss in turn.
    func firstSteps(_ tokens: UnsafeBufferPointer<Token>, into steps: UnsafeMutablePointer<Step>) {
        for index in tokens.indices {
            let id = tokens[index].id
            let known = id >= 0 && Int(id) < rootChildren.count
            let child = known ? rootChildren[Int(id)] : -1
            (steps + index).initialize(to: Step(node: known ? child : -1, payloads: 0..<0))
        }
        for index in tokens.indices {
            // Node 0 stands in for "none": its range is never read then.
            let node = nodes[Int(max(steps[index].node, 0))]
            steps[index].payloads = Int(node.payloadStart)..<Int(node.payloadEnd)
        }
    }

    /// Payload range of `node` (empty when no phrase ends there).
    @inline(__always)
    func payloadRange(of node: Int32) -> Range<Int> {
        Int(nodes[Int(node)].payloadStart)..<Int(nodes[Int(node)].payloadEnd)
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

    /// A node's payload range and a one-word Bloom filter of the words of its children.
    private struct Node: Sendable {
        var payloadStart: Int32
        var payloadEnd: Int32
        /// Bit `word % 64` set for each child word (false positives only).
        var childWords: UInt64

        @inline(__always)
        static func bit(_ word: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: word) & 63) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
