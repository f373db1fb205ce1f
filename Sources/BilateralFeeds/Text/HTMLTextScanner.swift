/// One pass over the UTF-8 bytes of an HTML fragment, writing its text.
/// Tags are handled in `HTMLTextScanner+Markup.swift`.
struct HTMLTextScanner {
    let input: UnsafeBufferPointer<UInt8>
    var writer: PlainTextWriter
    /// No tag in the input: newlines are line breaks.
    let plain: Bool
    /// Open `<pre>` elements: their newlines are line breaks.
    var preDepth = 0
    var i = 0

    init(input: UnsafeBufferPointer<UInt8>, writer: PlainTextWriter, plain: Bool) {
        self.input = input
        self.writer = writer
        self.plain = plain
    }

    mutating func run() {
        let n = input.count
        while i < n {
            let c = input[i]
            if isOrdinary(c) {
                let start = i
                i = textRunEnd(from: i + 1)
                writer.write(input, from: start, to: i)
                continue
            }
            switch c {
            case UInt8(ascii: "<"): markup()
            case UInt8(ascii: "&"): reference()
            case 0x0A, 0x0D: newline()
            case 0x20, 0x09, 0x0C: writer.space(); i += 1
            case 0xC2 where i + 1 < n && input[i + 1] == 0xA0: writer.space(); i += 2
            case 0xC2 where i + 1 < n && input[i + 1] == 0xAD: i += 2  // soft hyphen
            default: writer.write(c); i += 1
            }
        }
    }

    /// The end of a run of text starting before `from`; single spaces between words need no
    /// normalizing. A local index: stepping `self.i` stored it to memory on every byte.
    @inline(__always)
    private func textRunEnd(from: Int) -> Int {
        let n = input.count
        var k = from
        // Seven bytes at a time while they are all ordinary or single spaces (see `TextRunWord`).
        if let base = input.baseAddress {
            while k + 8 <= n, TextRunWord(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)).firstSevenPlain {
                k += 7
            }
        }
        while k < n {
            if isOrdinary(input[k]) {
                k += 1
            } else if input[k] == 0x20, k + 1 < n, isOrdinary(input[k + 1]) {
                k += 2
            } else {
                break
            }
        }
        return k
    }

    /// Bytes copied as they are: not whitespace, `<`, `&`, nor the lead byte
    /// of U+00A0 (no-break space) and U+00AD (soft hyphen).
    @inline(__always)
    private func isOrdinary(_ c: UInt8) -> Bool {
        c > 0x20 && c != UInt8(ascii: "<") && c != UInt8(ascii: "&") && c != 0xC2
    }

    private mutating func newline() {
        if plain || preDepth > 0 { writer.lineBreak() } else { writer.space() }
        i += 1
    }

    /// `&...`: a character reference, or a literal `&`.
    private mutating func reference() {
        guard let ref = CharacterReference.parse(input, at: i) else {
            writer.write(UInt8(ascii: "&"))
            i += 1
            return
        }
        i = ref.end
        switch ref.scalar {
        case 0x0A, 0x0D: newline(); i -= 1
        case 0x20, 0x09, 0x0C, 0xA0: writer.space()
        case 0xAD, 0x200B: break  // soft hyphen, zero-width space: invisible
        default: writer.write(scalar: ref.scalar)
        }
    }

    /// Writes `input[from..<to]` verbatim but for whitespace (CDATA content).
    mutating func writeVerbatim(from: Int, to: Int) {
        var k = from
        while k < to {
            let c = input[k]
            switch c {
            case 0x0A, 0x0D: if plain || preDepth > 0 { writer.lineBreak() } else { writer.space() }
            case 0x20, 0x09, 0x0C: writer.space()
            case 0xC2 where k + 1 < to && input[k + 1] == 0xA0: writer.space(); k += 1
            case 0xC2 where k + 1 < to && input[k + 1] == 0xAD: k += 1
            default: writer.write(c)
            }
            k += 1
        }
    }
}
