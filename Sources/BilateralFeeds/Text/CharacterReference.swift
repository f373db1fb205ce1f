/// Reads one HTML character reference (`&amp;`, `&#233;`, `&#xE9;`) out of
/// UTF-8 bytes. Shared by `HTMLEntities.decode` and `HTMLText.plainText`.
enum CharacterReference {
    /// The longest entity name looked up; HTML 4's longest is 8 (`thetasym`).
    static let maximumNameLength = 31

    /// Parses the reference starting at `start` (which holds `&`).
    /// - Returns: The Unicode scalar value and the index just past the
    ///   reference, or nil when the bytes are not a reference we decode.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (scalar: UInt32, end: Int)? {
        let i = start + 1
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "#") { return numeric(b, at: i + 1) }
        var j = i
        while j < b.count, j - i <= maximumNameLength, isAlphanumeric(b[j]) { j += 1 }
        guard j > i, j < b.count, b[j] == UInt8(ascii: ";"),
              let scalar = namedScalar(b, from: i, to: j) else { return nil }
        return (scalar, j + 1)
    }

    /// `&#` followed by decimal digits, or `x`/`X` and hex digits; `;` optional.
    private static func numeric(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (scalar: UInt32, end: Int)? {
        var j = start
        var radix: UInt32 = 10
        if j < b.count, b[j] | 0x20 == UInt8(ascii: "x") { radix = 16; j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        while j < b.count, let d = digitValue(b[j], radix: radix) {
            value = min(value &* radix &+ d, 0x11_0000)  // saturate past the last scalar
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < b.count, b[j] == UInt8(ascii: ";") { j += 1 }
        return (repaired(value), j)
    }

    /// The scalar a numeric reference stands for, as HTML5 reads it.
    static func repaired(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x11_0000...: return 0xFFFD
        case 0x80...0x9F: return Windows1252.scalar(forC1: value)
        default: return value
        }
    }

    /// The scalar of entity name `b[from..<to]`: the common five without a
    /// table walk, then libxml2's HTML 4 table.
    static func namedScalar(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UInt32? {
        let length = to - from
        guard length > 0, length <= maximumNameLength else { return nil }
        if let common = commonScalar(b, from: from, length: length) { return common }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { name in
            for k in 0..<length { name[k] = b[from + k] }
            name[length] = 0
            return HTMLEntities.libxml2Scalar(name.baseAddress!)
        }
    }

    /// `amp`, `lt`, `gt`, `quot`, `apos` (not in HTML 4) and `nbsp`.
    private static func commonScalar(_ b: UnsafeBufferPointer<UInt8>, from: Int, length: Int) -> UInt32? {
        var key: UInt32 = 0
        guard length <= 4 else { return nil }
        for k in 0..<length { key = key << 8 | UInt32(b[from + k]) }
        switch (length, key) {
        case (3, 0x61_6D70): return 0x26  // amp
        case (2, 0x6C74): return 0x3C  // lt
        case (2, 0x6774): return 0x3E  // gt
        case (4, 0x7175_6F74): return 0x22  // quot
        case (4, 0x6170_6F73): return 0x27  // apos
        case (4, 0x6E62_7370): return 0xA0  // nbsp
        default: return nil
        }
    }

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
    }

    private static func digitValue(_ c: UInt8, radix: UInt32) -> UInt32? {
        if c >= 0x30 && c <= 0x39 { return UInt32(c - 0x30) }
        let lower = c | 0x20
        if radix == 16, lower >= 0x61, lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }
}
