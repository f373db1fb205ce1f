public extension String {
    /// The string without leading and trailing Unicode whitespace; `self` (no copy) when there
    /// is none. ASCII whitespace is skipped on the bytes; only a non-ASCII edge needs the
    /// Unicode properties. (Foundation's `trimmingCharacters(in:)` goes through UTF-16 and was
    /// the hottest spot of item building.)
    var trimmedWhitespace: String { trimmed { $0.properties.isWhitespace } }

    /// The string trimmed exactly as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// trims it: Unicode whitespace and also U+200B ZERO WIDTH SPACE (the one scalar where
    /// swift-corelibs-foundation's set differs from the White_Space property, checked over every
    /// scalar). Item ids hash strings trimmed this way (`ItemIdentity`), so this must not change.
    var trimmedLikeFoundation: String { trimmed { $0.properties.isWhitespace || $0.value == 0x200B } }

    private func trimmed(where isSpace: (Unicode.Scalar) -> Bool) -> String {
        // Most values (every captured field of a feed) have ASCII, non-space edges: answered on
        // the contiguous bytes, without stepping UTF8View indices.
        let plainEdges = utf8.withContiguousStorageIfAvailable { b in
            guard let first = b.first, let last = b.last else { return false }
            return first < 0x80 && last < 0x80 && !Self.isASCIIWhitespace(first) && !Self.isASCIIWhitespace(last)
        }
        if plainEdges == true { return self }
        let utf8 = self.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, Self.isASCIIWhitespace(utf8[start]) { start = utf8.index(after: start) }
        var end = utf8.endIndex
        while end > start, Self.isASCIIWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        let nonASCIIEdge = start < end && (utf8[start] >= 0x80 || utf8[utf8.index(before: end)] >= 0x80)
        if !nonASCIIEdge {
            return start == utf8.startIndex && end == utf8.endIndex ? self : String(self[start..<end])
        }
        let scalars = self[start..<end].unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (0x09...0x0D).contains(b)
    }
}
