/// Looks at the first bytes of a document: byte-order mark, UTF-16/32 patterns without a BOM,
/// and the `encoding` of the XML declaration. A pure function over a byte prefix.
enum EncodingSniffer {
    /// What the prefix says about the encoding.
    struct Result: Equatable {
        /// The byte form: `utf-8`, `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`, or nil for
        /// "ASCII-compatible, see the declaration".
        var unicodeForm: String?
        /// Length of the byte-order mark to skip.
        var bomLength: Int
        /// The `encoding` pseudo-attribute of the XML declaration, lower-cased.
        var declared: String?
    }

    static func sniff(_ p: UnsafeRawBufferPointer) -> Result {
        let b = Array(p.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - p.count))
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return Result(unicodeForm: "utf-32be", bomLength: 4)
        case (0xFF, 0xFE, 0x00, 0x00): return Result(unicodeForm: "utf-32le", bomLength: 4)
        case (0x00, 0x00, 0x00, 0x3C): return Result(unicodeForm: "utf-32be", bomLength: 0)
        case (0x3C, 0x00, 0x00, 0x00): return Result(unicodeForm: "utf-32le", bomLength: 0)
        case (0xEF, 0xBB, 0xBF, _):
            return Result(unicodeForm: "utf-8", bomLength: 3, declared: declaredEncoding(p, from: 3))
        case (0xFE, 0xFF, _, _): return Result(unicodeForm: "utf-16be", bomLength: 2)
        case (0xFF, 0xFE, _, _): return Result(unicodeForm: "utf-16le", bomLength: 2)
        case (0x00, 0x3C, 0x00, _): return Result(unicodeForm: "utf-16be", bomLength: 0)
        case (0x3C, 0x00, _, 0x00): return Result(unicodeForm: "utf-16le", bomLength: 0)
        default: return Result(unicodeForm: nil, bomLength: 0, declared: declaredEncoding(p, from: 0))
        }
    }

    /// The `encoding="..."` value of an XML declaration starting at `offset` (leading
    /// whitespace allowed), lower-cased; nil when there is none.
    static func declaredEncoding(_ p: UnsafeRawBufferPointer, from offset: Int) -> String? {
        var i = offset
        while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
        guard i + 5 < p.count, p[i] == 0x3C, p[i + 1] == 0x3F else { return nil }   // "<?"
        let end = min(p.count, i + 512)
        guard let close = (i..<end).first(where: { p[$0] == 0x3F && $0 + 1 < end && p[$0 + 1] == 0x3E }) else {
            return nil
        }
        let decl = String(decoding: UnsafeRawBufferPointer(rebasing: p[i..<close]), as: UTF8.self)
        guard decl.hasPrefix("<?xml"), let range = decl.range(of: "encoding") else { return nil }
        var rest = decl[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let stop = rest.firstIndex(of: quote) else { return nil }
        let value = rest[..<stop].trimmingCharacters(in: .whitespaces).lowercased()
        return value.isEmpty ? nil : value
    }
}
