/// Load-time brace expansion of FORMAT.md: `export{,s,ed}` → `export`,
/// `exports`, `exported`. Several groups multiply; groups do not nest.
enum BraceExpansion {
    static func expand(_ text: String, location: LexiconLocation) throws -> [String] {
        // By bytes: braces are ASCII (and `contains` of a String went through Foundation).
        guard let open = text.utf8.firstIndex(of: UInt8(ascii: "{")) else {
            if text.utf8.contains(UInt8(ascii: "}")) { throw location.error("unmatched '}' in '\(text)'") }
            return [text]
        }
        guard let close = text.utf8[open...].firstIndex(of: UInt8(ascii: "}")) else {
            throw location.error("unmatched '{' in '\(text)'")
        }
        let inside = text[text.utf8.index(after: open)..<close]
        if inside.utf8.contains(UInt8(ascii: "{")) { throw location.error("nested braces in '\(text)'") }
        let prefix = text[..<open]
        let rest = try expand(String(text[text.utf8.index(after: close)...]), location: location)
        var result: [String] = []
        for option in inside.split(byte: UInt8(ascii: ",")) {
            for suffix in rest { result.append(prefix + option + suffix) }
        }
        return result
    }
}
