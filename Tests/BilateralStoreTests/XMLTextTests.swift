import Testing
@testable import BilateralStore

@Suite struct XMLTextTests {
    /// The escaping as first written, scalar by scalar: the reference.
    static func reference(_ s: String) -> String {
        var out = ""
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

    @Test(arguments: [
        "", "plain ASCII text", "Gas & oil <deal> \"signed\" l'accord", "\u{0}\u{1}\u{7}\t\n\r\u{1F}",
        "Côte d’Ivoire “quoted” 日本 🇯🇵", "\u{FFFE}\u{FFFF}\u{FFFD}\u{FEFF}\u{EFFF}x", "\u{FFFF}", "a\u{FFFE}", "ï¿¾ \u{EF}",
    ])
    func escapesAsTheScalarReference(_ text: String) {
        #expect(XMLText.escaped(text) == Self.reference(text))
    }

    @Test func escapesEveryScalarOfTheFirstPlanesAsTheReference() {
        let all = String(String.UnicodeScalarView((0...0x3000).compactMap(Unicode.Scalar.init)))
            + String(String.UnicodeScalarView((0xFF00...0x10100).compactMap(Unicode.Scalar.init)))
        #expect(XMLText.escaped(all) == Self.reference(all))
    }
}
