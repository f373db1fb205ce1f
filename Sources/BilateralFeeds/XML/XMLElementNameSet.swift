/// A set of element names as bits: one bit per (namespace, local name) pair,
/// 128 local names per namespace.
///
/// `Set<XMLElementName>.contains` hashed the two bytes with SipHash on every
/// start tag of an item (~1% of a parse); this is a shift and a mask.
struct XMLElementNameSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 2 * 16)

    init(_ names: [XMLElementName]) {
        for name in names { insert(name) }
    }

    mutating func insert(_ name: XMLElementName) {
        let (word, bit) = Self.position(name)
        bits[word] |= bit
    }

    @inline(__always)
    func contains(_ name: XMLElementName) -> Bool {
        let (word, bit) = Self.position(name)
        return bits[word] & bit != 0
    }

    @inline(__always)
    private static func position(_ name: XMLElementName) -> (word: Int, bit: UInt64) {
        let local = Int(name.local.rawValue)
        return (Int(name.ns.rawValue) * 2 + local >> 6, 1 << UInt64(local & 63))
    }
}
