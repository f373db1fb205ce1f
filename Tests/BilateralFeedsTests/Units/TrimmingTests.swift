@testable import BilateralFeeds
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
}
