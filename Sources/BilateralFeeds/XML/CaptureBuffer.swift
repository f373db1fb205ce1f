/// Collects the content of one element as UTF-8: raw text while only text is seen,
/// serialized markup once a child element appears (earlier text is escaped then).
struct CaptureBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var isMarkup = false
    private(set) var truncated = false
    /// Depth of the element being captured; nil when not capturing.
    var depth: Int?
    let limit: Int

    init(limit: Int) {
        self.limit = limit
        bytes.reserveCapacity(4096)
    }

    mutating func begin(depth: Int) {
        self.depth = depth
        bytes.removeAll(keepingCapacity: true)
        isMarkup = false
        truncated = false
    }

    mutating func appendText(_ p: UnsafePointer<UInt8>, _ n: Int) {
        guard !truncated else { return }
        if isMarkup {
            for b in UnsafeBufferPointer(start: p, count: n) { appendEscaped(b) }
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        }
        if bytes.count > limit { truncate() }
    }

    /// Writes `<qname attr="v">` and switches to markup mode.
    mutating func appendStartTag(_ qname: String, _ attributes: [(name: String, value: String)]) {
        switchToMarkup()
        guard !truncated else { return }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: qname.utf8)
        for (name, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: name.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            for b in value.utf8 { appendEscaped(b, quote: true) }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
        if bytes.count > limit { truncate() }
    }

    mutating func appendEndTag(_ qname: String) {
        guard !truncated else { return }
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: qname.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Ends the capture and returns its content.
    mutating func finish() -> CapturedText {
        depth = nil
        if let first = bytes.withUnsafeBufferPointer({ Self.firstC1Control(in: $0) }) { replaceC1Controls(from: first) }
        // Checked by `UTF8Validator`, not the standard library (see `UTF8String`).
        return CapturedText(value: UTF8String.make(bytes), isMarkup: isMarkup)
    }

    /// Where the first C1 control (C2 80 ... C2 9F) is, if there is one. A C2 byte alone is
    /// common (no-break spaces, « », °: all C2 A0-BF); the text is rewritten only for a control.
    private static func firstC1Control(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        while let lead = UTF8Bytes.index(of: 0xC2, in: bytes, from: start) {
            if lead + 1 < bytes.count, bytes[lead + 1] & 0xE0 == 0x80 { return lead }
            start = lead + 1
        }
        return nil
    }

    /// C1 controls (U+0080-U+009F, from `&#146;` or a windows-1252 feed read as Latin-1) are
    /// never meant: read them as the windows-1252 characters of those bytes, as browsers do.
    /// The text before `first` (the first control) is copied as it is.
    private mutating func replaceC1Controls(from first: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        out += bytes[..<first]
        var i = first
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]),
               let scalar = Unicode.Scalar(Windows1252.scalar(forC1: UInt32(bytes[i + 1]))) {
                out.append(contentsOf: String(Character(scalar)).utf8)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes = out
    }

    private mutating func switchToMarkup() {
        guard !isMarkup else { return }
        isMarkup = true
        let text = bytes
        bytes.removeAll(keepingCapacity: true)
        for b in text { appendEscaped(b) }
    }

    private mutating func truncate() {
        truncated = true
        var end = limit
        while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }   // keep whole UTF-8 sequences
        bytes.removeSubrange(end...)
    }

    private mutating func appendEscaped(_ b: UInt8, quote: Bool = false) {
        switch b {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\"") where quote: bytes.append(contentsOf: "&quot;".utf8)
        default: bytes.append(b)
        }
    }
}
