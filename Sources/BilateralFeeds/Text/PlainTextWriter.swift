/// Writes plain text into a byte buffer while normalizing whitespace:
/// spaces and line breaks are held back until the next visible byte, so
/// runs collapse, lines are trimmed, and no blank line is ever written.
///
/// The buffer must be as large as the input: every separator written
/// stands for at least one input byte that wrote nothing itself.
struct PlainTextWriter {
    let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var pendingSpace = false
    private var pendingBreak = false

    init(base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// Whitespace inside a line.
    @inline(__always)
    mutating func space() {
        pendingSpace = true
    }

    /// The end of a line (a block element, a `<br>`, a newline in plain text).
    @inline(__always)
    mutating func lineBreak() {
        pendingBreak = true
    }

    /// One visible byte.
    @inline(__always)
    mutating func write(_ byte: UInt8) {
        if pendingSpace || pendingBreak { flushSeparator() }
        base[count] = byte
        count += 1
    }

    /// Visible bytes `b[from..<to]` (no whitespace among them).
    @inline(__always)
    mutating func write(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        if pendingSpace || pendingBreak { flushSeparator() }
        (base + count).update(from: b.baseAddress! + from, count: to - from)
        count += to - from
    }

    /// A visible character given as a scalar value.
    @inline(__always)
    mutating func write(scalar: UInt32) {
        if pendingSpace || pendingBreak { flushSeparator() }
        count = UTF8Encoding.write(scalar, to: base, at: count)
    }

    /// Writes the held-back separator, if any text precedes it on the page.
    private mutating func flushSeparator() {
        if count > 0 {
            if pendingBreak {
                base[count] = 0x0A
                count += 1
            } else if base[count - 1] != 0x0A {
                base[count] = 0x20
                count += 1
            }
        }
        pendingSpace = false
        pendingBreak = false
    }
}
