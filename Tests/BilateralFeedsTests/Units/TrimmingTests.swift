@testable import BilateralFeeds
import Foundation
import Testing

@Suite("whitespace trimming")
struct TrimmingTests {
    @Test("ASCII and Unicode whitespace at either end", arguments: [
        ("plain", "plain"), ("  padded \n", "padded"), ("\u{A0}nbsp\u{2003}", "nbsp"), ("\t\u{3000} mixed \u{A0}\n", "mixed"),
        ("", ""), (" \n\t ", ""), ("inner  space", "inner  space"), ("é", "é"), (" é ", "é"),
    ])
    func trims(_ pair: (String, String)) {
        #expect(pair.0.trimmedWhitespace == pair.1)
    }

    /// Item ids hash the trimmed guid, link or title (`ItemIdentity`): this
    /// trim must cut exactly what Foundation's did when the ids were first
    /// made, or stored items would come back under new ids. (`trimmedWhitespace`
    /// differs on U+200B, which Foundation counts as whitespace.)
    @Test("the same as Foundation's trimmingCharacters(in: .whitespacesAndNewlines)")
    func agreesWithFoundation() {
        let edges = ["", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
                     "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{301}", "é", "x"]
        for head in edges {
            for tail in edges {
                for middle in ["", "id-1", " a b ", "\u{2028}", "中"] {
                    let s = head + middle + tail
                    #expect(s.trimmedLikeFoundation == s.trimmingCharacters(in: .whitespacesAndNewlines),
                            "\(Array(s.unicodeScalars))")
                }
            }
        }
    }
}
