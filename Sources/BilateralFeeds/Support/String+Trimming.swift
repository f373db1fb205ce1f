extension String {
    /// The string without leading and trailing Unicode whitespace; `self` (no copy) when there
    /// is none. Foundation's `trimmingCharacters(in:)` goes through UTF-16 and was the hottest
    /// spot of item building.
    var trimmedWhitespace: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first < 0x80 && last < 0x80 && !Self.isASCIIWhitespace(first) && !Self.isASCIIWhitespace(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (0x09...0x0D).contains(b)
    }
}
