/// Load-time brace expansion of FORMAT.md: `export{,s,ed}` → `export`,
/// `exports`, `exported`. Several groups multiply; groups do not nest.
enum BraceExpansion {
    static func expand(_ text: String, location: LexiconLocation) throws -> [String] {
        guard let open = text.firstIndex(of: "{") else {
            if text.contains("}") { throw location.error("unmatched '}' in '\(text)'") }
            return [text]
        }
        guard let close = text[open...].firstIndex(of: "}") else {
            throw location.error("unmatched '{' in '\(text)'")
        }
        let inside = text[text.index(after: open)..<close]
        if inside.contains("{") { throw location.error("nested braces in '\(text)'") }
        let prefix = text[..<open]
        let rest = try expand(String(text[text.index(after: close)...]), location: location)
        var result: [String] = []
        for option in inside.split(separator: ",", omittingEmptySubsequences: false) {
            for suffix in rest { result.append(prefix + option + suffix) }
        }
        return result
    }
}
