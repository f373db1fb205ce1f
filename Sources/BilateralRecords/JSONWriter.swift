import BilateralFeeds
import Foundation

/// A small streaming JSON writer: objects, arrays, strings with the escapes
/// RFC 8259 requires, numbers, booleans and null, compact or indented.
///
/// Everything is appended to `bytes` directly: numbers, scores and
/// timestamps as digits (no intermediate `String`), literal keys and
/// keywords from static strings, and which open containers have a member as
/// bits of one word. Writing an item record was ~5.5% of the daemon's ingest
/// CPU, much of it in those small strings and the array of flags.
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    private let pretty: Bool
    /// The number of open containers (at most 64).
    private var depth = 0
    /// Bit `d - 1` set when the container open at depth `d` has a member.
    private var memberBits: UInt64 = 0
    private var afterKey = false

    /// - Parameters:
    ///   - pretty: Indented output (two spaces per level).
    ///   - capacity: Bytes to reserve: about the size of the JSON to come.
    public init(pretty: Bool, capacity: Int = 8192) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separate()
        appendEscaped(k)
        appendStatic(pretty ? ": " : ":")
        afterKey = true
    }

    /// `key(_:)` for a key known when compiling: printable ASCII without `"`
    /// or `\`, written as it is.
    mutating func key(static k: StaticString) {
        separate()
        bytes.append(0x22)
        appendStatic(k)
        bytes.append(0x22)
        appendStatic(pretty ? ": " : ":")
        afterKey = true
    }

    public mutating func string(_ s: String?) {
        guard let s else { return null() }
        startValue()
        appendEscaped(s)
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    public mutating func int(_ n: Int) {
        startValue()
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        DecimalDigits.append(n.magnitude, to: &bytes)
    }

    public mutating func bool(_ b: Bool) {
        startValue()
        appendStatic(b ? "true" : "false")
    }

    public mutating func null() {
        startValue()
        appendStatic("null")
    }

    /// A score in 0...1 with at most three decimals (`0.91`).
    public mutating func score(_ d: Double) {
        let milli = (d * 1000).rounded()
        startValue()
        if milli >= 1000 { appendStatic("1.0") } else if milli <= 0 { appendStatic("0.0") } else {
            var thousandths = UInt(milli)
            var count = 3
            while thousandths % 10 == 0 {
                thousandths /= 10
                count -= 1
            }
            appendStatic("0.")
            DecimalDigits.append(thousandths, minimumCount: count, to: &bytes)
        }
    }

    /// A date as a UTC timestamp string (`"2013-10-22T08:00:00Z"`), or null.
    public mutating func timestamp(_ date: Date?) {
        guard let date else { return null() }
        startValue()
        bytes.append(0x22)
        UTCTimestamp.append(date, to: &bytes)
        bytes.append(0x22)
    }

    /// `2013-10-22T08:00:00Z`.
    public static func iso8601(_ date: Date) -> String { UTCTimestamp.string(date) }

    @inline(__always)
    private mutating func appendStatic(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Before a value: the separator unless it follows a key.
    @inline(__always)
    private mutating func startValue() {
        if !afterKey { separate() }
        afterKey = false
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        precondition(depth < 64, "JSONWriter: containers nested deeper than 64")
        depth += 1
        memberBits &= ~(1 << UInt64(depth - 1))
    }

    private mutating func close(_ bracket: UInt8) {
        let had = memberBits & (1 << UInt64(depth - 1)) != 0
        depth -= 1
        if pretty && had { newline() }
        bytes.append(bracket)
    }

    private mutating func separate() {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if memberBits & bit != 0 { bytes.append(0x2C) }
        memberBits |= bit
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    /// Appends `s` as a JSON string. Works on the UTF-8 bytes: runs of bytes
    /// that need no escape are copied as they are, found eight bytes at a
    /// time, so text with newlines and typographic punctuation (the common
    /// case in news) costs one quick scan.
    private mutating func appendEscaped(_ s: String) {
        bytes.append(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0) }) == nil {
            var copy = s
            copy.withUTF8 { appendEscaped(utf8: $0) }
        }
        bytes.append(0x22)
    }

    /// The escaped bytes of `utf8`, without quotes.
    private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
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
