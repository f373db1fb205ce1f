/// The local names of the parser's name pointers: a direct-mapped table of 64 slots in front
/// of a dictionary.
///
/// libxml2 hands element names out of its dictionary, so a name is always the same pointer
/// while the parser lives (`SAXSession.localName`). The dictionary lookup hashed the pointer
/// with SipHash on every start tag (~2.4% of a parse); a slot is one shift, mask and compare,
/// and a feed's few dozen names rarely share one.
struct LocalNameCache {
    private static let slots = 64
    private var pointers = [UnsafeRawPointer?](repeating: nil, count: slots)
    private var names = [XMLLocalName](repeating: .other, count: slots)
    private var all: [UnsafeRawPointer: XMLLocalName] = [:]

    /// The local name of `pointer`, computed by `make` the first time.
    @inline(__always)
    mutating func name(_ pointer: UnsafeRawPointer, make: () -> XMLLocalName) -> XMLLocalName {
        let slot = Self.slot(pointer)
        if pointers[slot] == pointer { return names[slot] }
        let name = all[pointer] ?? make()
        all[pointer] = name
        pointers[slot] = pointer
        names[slot] = name
        return name
    }

    @inline(__always)
    private static func slot(_ pointer: UnsafeRawPointer) -> Int {
        // Fibonacci hashing: the names are packed a few bytes apart in libxml2's string pool,
        // so every bit of the address has to reach the slot's six.
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}
