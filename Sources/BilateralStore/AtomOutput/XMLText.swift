/// Escaping for XML 1.0 text and attribute values. Characters XML 1.0
/// does not allow (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) are dropped, so any string gives well-formed output.
enum XMLText {
    static func escaped(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            guard bytes.contains(where: needsWork) else { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count * 6) { out in escape(bytes, into: out) }
        }
    }

    /// `<name attributes>text</name>` on a line of its own, indented by `indent` steps of two spaces.
    static func element(_ name: String, _ text: String, indent: Int, attributes: String = "") -> String {
        String(repeating: "  ", count: indent) + "<\(name)\(attributes)>\(escaped(text))</\(name)>\n"
    }

    /// A byte that is escaped, dropped, or may start U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: return true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
        default: return byte < 0x20
        }
    }

    /// Writes the escaped form of the UTF-8 `bytes` into `out` (6 bytes per input byte at most); returns its length.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        func put(_ text: StaticString) {
            text.withUTF8Buffer { for b in $0 { out[n] = b; n += 1 } }
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            switch byte {
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "\""): put("&quot;")
            case UInt8(ascii: "'"): put("&apos;")
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): out[n] = byte; n += 1
            case 0xEF where i + 1 < bytes.count && bytes[i] == 0xBF && (bytes[i + 1] == 0xBE || bytes[i + 1] == 0xBF):
                i += 2  // U+FFFE or U+FFFF: dropped
            default:
                if byte < 0x20 { continue }
                out[n] = byte
                n += 1
            }
        }
        return n
    }
}
