/// What an element does to the plain text.
enum HTMLElementKind {
    /// No effect (`b`, `a`, `span`, unknown names).
    case inline
    /// Starts and ends a line (`p`, `div`, `br`, `li`, headings, ...).
    case block
    /// Preformatted block: its newlines are line breaks.
    case preformatted
    /// Table cell: separated from its neighbours by a space.
    case cell
    /// Dropped with everything up to its end tag (`script`, `style`, ...).
    case rawText

    /// The kind of the element named `b[from..<to]`, ASCII case-insensitive.
    static func of(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> HTMLElementKind {
        let length = to - from
        guard length > 0, length <= 10 else { return .inline }
        var key: UInt64 = 0
        for k in from..<min(to, from + 8) { key = key << 8 | UInt64(lowercased(b[k])) }
        if length > 8 {
            // The two names longer than 8 bytes share no 8-byte prefix with another.
            let tail = UInt16(lowercased(b[from + 8])) << 8 | UInt16(length == 10 ? lowercased(b[from + 9]) : 0)
            return (key, tail) == (blockquote, 0x7465) || (key, tail) == (figcaption, 0x6F6E) ? .block : .inline
        }
        switch key {
        case 0x70: return .block   // p, and the commonest inline names: no hashing
        case 0x61, 0x62, 0x69, 0x656D, 0x7370_616E, 0x7374_726F_6E67: return .inline   // a b i em span strong
        default: return table[key] ?? .inline
        }
    }

    @inline(__always)
    static func lowercased(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }

    private static func pack(_ name: String) -> UInt64 {
        name.utf8.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let blockquote = pack("blockquote")
    private static let figcaption = pack("figcaption")

    private static let blockNames = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "ul", "ol", "hr", "figure", "dd", "dt",
        "dl", "address", "aside", "nav", "main", "details", "summary", "caption",
        "form", "fieldset", "legend", "center", "body", "html", "head", "title", "option",
    ]
    private static let rawTextNames = ["script", "style", "noscript", "template", "iframe"]

    private static let table: [UInt64: HTMLElementKind] = {
        var table: [UInt64: HTMLElementKind] = [:]
        for name in blockNames { table[pack(name)] = .block }
        for name in rawTextNames { table[pack(name)] = .rawText }
        table[pack("pre")] = .preformatted
        table[pack("td")] = .cell
        table[pack("th")] = .cell
        return table
    }()
}
