import BilateralFeeds
import Foundation

/// A small streaming JSON writer: objects, arrays, strings with the escapes
/// RFC 8259 requires, numbers, booleans and null, compact or indented.
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    private let pretty: Bool
    /// One entry per open container: whether it has a member yet.
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(8192)
    }

    public mutating func beginObject() { open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { open("[") }
    public mutating func endArray() { close("]") }

    public mutating func key(_ k: String) {
        separate()
        appendEscaped(k)
        append(pretty ? ": " : ":")
        afterKey = true
    }

    public mutating func string(_ s: String?) {
        guard let s else { return null() }
        value { $0.appendEscaped(s) }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    public mutating func int(_ n: Int) { value { $0.append(String(n)) } }
    public mutating func bool(_ b: Bool) { value { $0.append(b ? "true" : "false") } }
    public mutating func null() { value { $0.append("null") } }

    /// A score in 0...1 with at most three decimals (`0.91`).
    public mutating func score(_ d: Double) {
        let milli = (d * 1000).rounded()
        value { w in
            if milli >= 1000 { w.append("1.0") } else if milli <= 0 { w.append("0.0") } else {
                var digits = String(Int(milli))
                while digits.count < 3 { digits = "0" + digits }
                while digits.hasSuffix("0") { digits.removeLast() }
                w.append("0." + digits)
            }
        }
    }

    /// `2013-10-22T08:00:00Z`.
    public static func iso8601(_ date: Date) -> String { utcTimestamp(date) }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func value(_ body: (inout JSONWriter) -> Void) {
        if !afterKey { separate() }
        afterKey = false
        body(&self)
    }

    private mutating func open(_ bracket: String) {
        value { $0.append(bracket) }
        hasMember.append(false)
    }

    private mutating func close(_ bracket: String) {
        let had = hasMember.removeLast()
        if pretty && had { newline() }
        append(bracket)
    }

    private mutating func separate() {
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { bytes.append(0x2C) }
        hasMember[hasMember.count - 1] = true
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * hasMember.count))
    }

    /// Appends `s` as a JSON string. Works on the UTF-8 bytes: runs of bytes
    /// that need no escape are copied as they are, found eight bytes at a
    /// time, so text with newlines and typographic punctuation (the common
    /// case in news) costs one quick scan.
    private mutating func appendEscaped(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let count = utf8.count
            var run = 0
            var i = 0
            while i < count {
                while i + 8 <= count,
                      !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                guard i < count else { break }
                let width = appendEscape(utf8, at: i, pending: run)
                if width == 0 { i += 1 } else { i += width; run = i }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<count]))
        }
        bytes.append(0x22)
    }

    /// Whether any of the eight bytes of `word` is a control character, `"`,
    /// `\` or 0xE2 (the lead byte of U+2028/U+2029). May say yes for a word
    /// that needs nothing (the bytes are then looked at one by one), never
    /// no for one that does.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
            || hasZero(word ^ (ones &* 0xE2))
    }

    /// If the character starting at `utf8[i]` needs an escape, appends the
    /// bytes `utf8[pending..<i]` and the escape, and returns the character's
    /// width in bytes; returns 0 (appending nothing) when it is written as it is.
    @inline(__always)
    private mutating func appendEscape(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int, pending: Int) -> Int {
        let b = utf8[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { return 0 }
        var width = 1
        let escape: (UInt8, UInt8)?
        switch b {
        case 0x22: escape = (0x5C, 0x22)
        case 0x5C: escape = (0x5C, 0x5C)
        case 0x0A: escape = (0x5C, 0x6E)  // \n
        case 0x0D: escape = (0x5C, 0x72)  // \r
        case 0x09: escape = (0x5C, 0x74)  // \t
        case 0xE2:
            // U+2028 and U+2029 (E2 80 A8/A9): valid in JSON, not in JavaScript string literals.
            guard i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { return 0 }
            width = 3
            escape = nil
        default:
            escape = nil
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<i]))
        if let (first, second) = escape {
            bytes.append(first)
            bytes.append(second)
        } else {
            // \u00XX for other control characters, \u2028 / \u2029.
            let code = width == 3 ? (utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029) : Int(b)
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, hex[(code >> 12) & 0xF], hex[(code >> 8) & 0xF],
                                      hex[(code >> 4) & 0xF], hex[code & 0xF]])
        }
        return width
    }
}
