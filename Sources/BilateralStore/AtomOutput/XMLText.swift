/// Escaping for XML 1.0 text and attribute values. Characters XML 1.0
/// does not allow (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) are dropped, so any string gives well-formed output.
enum XMLText {
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `<name attributes>text</name>` on a line of its own, indented by `indent` steps of two spaces.
    static func element(_ name: String, _ text: String, indent: Int, attributes: String = "") -> String {
        String(repeating: "  ", count: indent) + "<\(name)\(attributes)>\(escaped(text))</\(name)>\n"
    }
}
