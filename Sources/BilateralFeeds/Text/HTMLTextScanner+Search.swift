/// Byte searches used while skipping markup.
extension HTMLTextScanner {
    /// The end of the tag whose attributes start at `start`: the index past
    /// its `>`, and whether it ended with `/>`. A `>` inside a quoted
    /// attribute value does not end it. Nil when the input ends first.
    func tagEnd(from start: Int) -> (index: Int, selfClosing: Bool)? {
        var k = start
        var state = AttributeState.between
        var quote: UInt8 = 0
        while k < input.count {
            let c = input[k]
            switch state {
            case .between:
                if c == UInt8(ascii: ">") { return (k + 1, k > start && input[k - 1] == UInt8(ascii: "/")) }
                if c == UInt8(ascii: "=") { state = .beforeValue }
            case .beforeValue:
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                    state = .quoted
                } else if c == UInt8(ascii: ">") {
                    return (k + 1, false)
                } else if !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C) {
                    state = .unquoted
                }
            case .quoted:
                // Straight to the closing quote (memchr): attribute values, URLs mostly, are
                // the long part of a tag.
                guard let close = UTF8Bytes.index(of: quote, in: input, from: k) else { return nil }
                k = close
                state = .between
            case .unquoted:
                if c == UInt8(ascii: ">") { return (k + 1, false) }
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C { state = .between }
            }
            k += 1
        }
        return nil
    }

    private enum AttributeState { case between, beforeValue, quoted, unquoted }

    /// The index just past the first `byte` at or after `start`, or the end.
    func skip(past byte: UInt8, from start: Int) -> Int {
        guard start < input.count, let k = input[start...].firstIndex(of: byte) else { return input.count }
        return k + 1
    }

    /// The index just past the first `needle` at or after `start`, or the end.
    func skip(past needle: StaticString, from start: Int) -> Int {
        guard let k = find(needle, from: start) else { return input.count }
        return k + needle.utf8CodeUnitCount
    }

    /// The index of the first `needle` at or after `start`.
    func find(_ needle: StaticString, from start: Int) -> Int? {
        let first = needle.utf8Start.pointee
        var k = start
        while k < input.count, let hit = input[k...].firstIndex(of: first) {
            if starts(with: needle, at: hit) { return hit }
            k = hit + 1
        }
        return nil
    }

    /// Whether `needle` occurs at `start` (ASCII case-insensitive).
    func starts(with needle: StaticString, at start: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard start + count <= input.count else { return false }
        for k in 0..<count
        where HTMLElementKind.lowercased(input[start + k]) != HTMLElementKind.lowercased(needle.utf8Start[k]) {
            return false
        }
        return true
    }
}
