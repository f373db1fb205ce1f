/// Values cached by the address of a parser string (element names, namespace URIs): a
/// direct-mapped table of 64 slots in front of a dictionary.
///
/// libxml2 hands names and namespace URIs out of its dictionary, so each is the same pointer
/// while the parser lives (`SAXSession.localName`, `SAXSession.namespace`). The dictionary
/// lookup hashed the pointer with SipHash on every start tag (~2.4% of a parse for names, ~1%
/// for namespaces); a slot is one multiply, shift and compare, and a feed's few dozen names
/// rarely share one.
struct PointerCache<Value> {
    private static var slots: Int { 64 }
    private var pointers = [UnsafeRawPointer?](repeating: nil, count: slots)
    private var values: [Value?] = Array(repeating: nil, count: slots)
    private var all: [UnsafeRawPointer: Value] = [:]

    /// The value of `pointer`, computed by `make` the first time.
    @inline(__always)
    mutating func value(_ pointer: UnsafeRawPointer, make: () -> Value) -> Value {
        let slot = Self.slot(pointer)
        if pointers[slot] == pointer, let value = values[slot] { return value }
        let value = all[pointer] ?? make()
        set(pointer, value)
        return value
    }

    /// Replaces the value of `pointer`.
    mutating func set(_ pointer: UnsafeRawPointer, _ value: Value) {
        let slot = Self.slot(pointer)
        all[pointer] = value
        pointers[slot] = pointer
        values[slot] = value
    }

    @inline(__always)
    private static func slot(_ pointer: UnsafeRawPointer) -> Int {
        // Fibonacci hashing: names are packed a few bytes apart in libxml2's string pool, so
        // every bit of the address has to reach the slot's six (64 slots).
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}
