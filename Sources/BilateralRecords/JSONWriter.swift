import BilateralFeeds
internal import CUTF8
import Foundation

/// A small streaming JSON writer: objects, arrays, strings with the escapes
/// RFC 8259 requires, numbers, booleans and null, compact or indented.
///
/// Everything is written into one buffer of its own (`malloc`, grown with
/// `realloc`), each piece with one capacity check and plain stores: a key,
/// a quote or a comma was an `Array.append` each (a uniqueness and a
/// capacity check, then a generic copy): writing the records was 12.9% of
/// `bilateral classify`'s CPU samples on the benchmark corpus, 7.6% after
/// (one profile each). Numbers, scores and
/// timestamps are written as digits (no intermediate `String`), literal
/// keys and keywords from static strings, and which open containers have a
/// member as bits of one word. Not copyable: it owns its buffer.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
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
        self.capacity = max(capacity, 64)
        guard let memory = malloc(self.capacity) else { fatalError("JSONWriter: out of memory") }
        base = memory.bindMemory(to: UInt8.self, capacity: self.capacity)
    }

    deinit { free(base) }

    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
    /// The JSON written so far.
    public var output: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separate()
        appendEscaped(k)
        appendColon()
        afterKey = true
    }

    /// `key(_:)` for a key known when compiling: printable ASCII without `"`
    /// or `\`, written as it is.
    mutating func key(static k: StaticString) {
        separate()
        let n = k.utf8CodeUnitCount
        let p = reserve(n + 3)
        p[0] = 0x22
        (p + 1).update(from: k.utf8Start, count: n)
        p[n + 1] = 0x22
        p[n + 2] = 0x3A
        count += n + 3
        if pretty { appendByte(0x20) }
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
        if n < 0 { appendByte(UInt8(ascii: "-")) }
        appendDigits(n.magnitude, minimumCount: 1)
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
            var digits = 3
            while thousandths % 10 == 0 {
                thousandths /= 10
                digits -= 1
            }
            appendStatic("0.")
            appendDigits(thousandths, minimumCount: digits)
        }
    }

    /// A date as a UTC timestamp string (`"2013-10-22T08:00:00Z"`), or null.
    public mutating func timestamp(_ date: Date?) {
        guard let date else { return null() }
        startValue()
        var text: [UInt8] = []
        text.reserveCapacity(32)
        UTCTimestamp.append(date, to: &text)
        appendByte(0x22)
        text.withUnsafeBufferPointer { appendRaw($0) }
        appendByte(0x22)
    }

    /// `2013-10-22T08:00:00Z`.
    public static func iso8601(_ date: Date) -> String { UTCTimestamp.string(date) }

    // MARK: - The buffer

    /// Room for `n` more bytes; returns where they go (`count` is the caller's to advance).
    @inline(__always)
    private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > capacity { grow(to: count + n) }
        return base + count
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("JSONWriter: out of memory") }
        base = memory.bindMemory(to: UInt8.self, capacity: newCapacity)
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func appendByte(_ byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    @inline(__always)
    private mutating func appendRaw(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, source.count > 0 else { return }
        reserve(source.count).update(from: from, count: source.count)
        count += source.count
    }

    @inline(__always)
    private mutating func appendStatic(_ text: StaticString) {
        appendRaw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The decimal digits of `n`, left-padded with zeros to `minimumCount` (at most 20).
    private mutating func appendDigits(_ n: UInt, minimumCount: Int) {
        var length = 1
        var rest = n / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        let width = max(length, minimumCount)
        let p = reserve(width)
        var value = n
        for index in stride(from: width - 1, through: 0, by: -1) {
            p[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        count += width
    }

    // MARK: - Structure

    private mutating func appendColon() {
        if pretty { appendStatic(": ") } else { appendByte(0x3A) }
    }

    /// Before a value: the separator unless it follows a key.
    @inline(__always)
    private mutating func startValue() {
        if !afterKey { separate() }
        afterKey = false
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        appendByte(bracket)
        precondition(depth < 64, "JSONWriter: containers nested deeper than 64")
        depth += 1
        memberBits &= ~(1 << UInt64(depth - 1))
    }

    private mutating func close(_ bracket: UInt8) {
        let had = memberBits & (1 << UInt64(depth - 1)) != 0
        depth -= 1
        if pretty && had { newline() }
        appendByte(bracket)
    }

    @inline(__always)
    private mutating func separate() {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if memberBits & bit != 0 { appendByte(0x2C) }
        memberBits |= bit
        if pretty { newline() }
    }

    private mutating func newline() {
        let p = reserve(1 + 2 * depth)
        p[0] = 0x0A
        (p + 1).update(repeating: 0x20, count: 2 * depth)
        count += 1 + 2 * depth
    }

    // MARK: - Strings

    /// Appends `s` as a JSON string, quotes included.
    private mutating func appendEscaped(_ s: String) {
        appendByte(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0) }) == nil {
            var copy = s
            copy.withUTF8 { appendEscaped(utf8: $0) }
        }
        appendByte(0x22)
    }

    /// The escaped bytes of `utf8`, without quotes. Runs of bytes that need
    /// no escape are copied as they are, found sixteen bytes at a time
    /// (`cutf8_json_plain_prefix`), so text with newlines and typographic
    /// punctuation (the common case in news) costs one quick scan.
    private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        guard let source = utf8.baseAddress else { return }
        let n = utf8.count
        var run = 0
        var i = 0
        while i < n {
            i += cutf8_json_plain_prefix(source + i, n - i)
            guard i < n else { break }
            let width = Self.escapeWidth(utf8, at: i)
            if width == 0 {
                i += 1
                continue
            }
            appendRaw(UnsafeBufferPointer(rebasing: utf8[run..<i]))
            appendEscape(utf8, at: i, width: width)
            i += width
            run = i
        }
        appendRaw(UnsafeBufferPointer(rebasing: utf8[run..<n]))
    }

    /// The width in bytes of the character starting at `utf8[i]` when it
    /// needs an escape; 0 when it is written as it is.
    @inline(__always)
    private static func escapeWidth(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = utf8[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { return 0 }
        guard b == 0xE2 else { return 1 }
        // U+2028 and U+2029 (E2 80 A8/A9): valid in JSON, not in JavaScript string literals.
        return i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) ? 3 : 0
    }

    /// The escape of the `width`-byte character at `utf8[i]`: `\"`, `\\`,
    /// `\n`, `\r`, `\t`, or `\uXXXX` for other control characters and
    /// U+2028 / U+2029.
    private mutating func appendEscape(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) {
        let b = utf8[i]
        let short: UInt8? = switch b {
        case 0x22: 0x22
        case 0x5C: 0x5C
        case 0x0A: 0x6E  // \n
        case 0x0D: 0x72  // \r
        case 0x09: 0x74  // \t
        default: nil
        }
        if let short, width == 1 {
            let p = reserve(2)
            p[0] = 0x5C
            p[1] = short
            count += 2
            return
        }
        let code = width == 3 ? (utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029) : Int(b)
        func hex(_ nibble: Int) -> UInt8 { nibble < 10 ? 0x30 + UInt8(nibble) : 0x57 + UInt8(nibble) }
        let p = reserve(6)
        p[0] = 0x5C
        p[1] = 0x75
        p[2] = hex((code >> 12) & 0xF)
        p[3] = hex((code >> 8) & 0xF)
        p[4] = hex((code >> 4) & 0xF)
        p[5] = hex(code & 0xF)
        count += 6
    }
}
