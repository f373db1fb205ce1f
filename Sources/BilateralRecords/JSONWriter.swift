import BilateralFeeds
import Foundation

/// A small streaming JSON writer: objects, arrays, strings with the escapes
/// RFC 8259 requires, numbers, booleans and null, compact or indented.
public struct JSONWriter: Sendable {
    public private(set) var output = ""
    private let pretty: Bool
    /// One entry per open container: whether it has a member yet.
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    public mutating func beginObject() { open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { open("[") }
    public mutating func endArray() { close("]") }

    public mutating func key(_ k: String) {
        separate()
        appendEscaped(k)
        output += pretty ? ": " : ":"
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

    public mutating func int(_ n: Int) { value { $0.output += String(n) } }
    public mutating func bool(_ b: Bool) { value { $0.output += b ? "true" : "false" } }
    public mutating func null() { value { $0.output += "null" } }

    /// A score in 0...1 with at most three decimals (`0.91`).
    public mutating func score(_ d: Double) {
        let milli = (d * 1000).rounded()
        value { w in
            if milli >= 1000 { w.output += "1.0" } else if milli <= 0 { w.output += "0.0" } else {
                var digits = String(Int(milli))
                while digits.count < 3 { digits = "0" + digits }
                while digits.hasSuffix("0") { digits.removeLast() }
                w.output += "0." + digits
            }
        }
    }

    /// `2013-10-22T08:00:00Z`.
    public static func iso8601(_ date: Date) -> String { utcTimestamp(date) }

    private mutating func value(_ body: (inout JSONWriter) -> Void) {
        if !afterKey { separate() }
        afterKey = false
        body(&self)
    }

    private mutating func open(_ bracket: String) {
        value { $0.output += bracket }
        hasMember.append(false)
    }

    private mutating func close(_ bracket: String) {
        let had = hasMember.removeLast()
        if pretty && had { newline() }
        output += bracket
    }

    private mutating func separate() {
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { output += "," }
        hasMember[hasMember.count - 1] = true
        if pretty { newline() }
    }

    private mutating func newline() {
        output += "\n" + String(repeating: "  ", count: hasMember.count)
    }

    private mutating func appendEscaped(_ s: String) {
        output += "\""
        // Fast path: nothing to escape (no control byte, quote, backslash, or
        // 0xE2, the lead byte of U+2028/U+2029), the common case for text.
        let special: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
        let plain = s.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) } ?? !s.utf8.contains(where: special)
        if plain {
            output += s
            output += "\""
            return
        }
        var run = s.unicodeScalars.startIndex
        var i = run
        let scalars = s.unicodeScalars
        while i != scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { escape = nil }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[run..<i])
                output += escape
                run = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        output.unicodeScalars.append(contentsOf: scalars[run..<i])
        output += "\""
    }
}
