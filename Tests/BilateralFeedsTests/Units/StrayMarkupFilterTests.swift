import Foundation
import Testing
@testable import BilateralFeeds

/// The recovery pass's filter escapes the `&` and `<` that cannot begin
/// markup, and leaves references, markup, CDATA, comments, processing
/// instructions and the document type declaration alone.
@Suite struct StrayMarkupFilterTests {
    /// The filter's output for `text` given whole.
    static func filtered(_ text: String) -> (String, StrayMarkupFilter) {
        filtered(text, chunks: [text.utf8.count])
    }

    /// The filter's output for `text` cut into chunks of the given sizes (the rest in one more).
    static func filtered(_ text: String, chunks sizes: [Int]) -> (String, StrayMarkupFilter) {
        let bytes = Array(text.utf8)
        var filter = StrayMarkupFilter()
        var out: [UInt8] = []
        var offset = 0
        for size in sizes + [bytes.count] where offset < bytes.count {
            let end = min(bytes.count, offset + size)
            bytes[offset..<end].withUnsafeBytes { filter.filter($0) { out += $0 } }
            offset = end
        }
        filter.finish { out += $0 }
        return (String(decoding: out, as: UTF8.self), filter)
    }

    @Test(arguments: [
        ("AT&T and P&G", "AT&amp;T and P&amp;G"),
        ("China & Russia", "China &amp; Russia"),
        ("?id=5&lang=en", "?id=5&amp;lang=en"),
        ("Q&A;", "Q&A;"),                                  // a well-formed reference (undefined: the reader's concern)
        ("&amp; &#38; &#x26; &mdash; &eacute;", "&amp; &#38; &#x26; &mdash; &eacute;"),
        ("&#X41; &#; &#x; &#12a;", "&amp;#X41; &amp;#; &amp;#x; &amp;#12a;"),
        ("&;", "&amp;;"),
        ("inflation < 3%", "inflation &lt; 3%"),
        ("<5% and <= 2 and <<b>", "&lt;5% and &lt;= 2 and &lt;<b>"),
        ("<a href=\"x?a=1&b=2\">t</a>", "<a href=\"x?a=1&amp;b=2\">t</a>"),
        ("<?xml version=\"1.0\"?><x/>", "<?xml version=\"1.0\"?><x/>"),
        ("<![CDATA[a & b < c]]> & <", "<![CDATA[a & b < c]]> &amp; <"),
        ("<!-- a & b < c --> & ", "<!-- a & b < c --> &amp; "),
        ("<?pi a & b < c ?> <", "<?pi a & b < c ?> <"),
        ("<!DOCTYPE rss [<!ENTITY x \"a & b > c\">]><rss>&x; & </rss>",
         "<!DOCTYPE rss [<!ENTITY x \"a & b > c\">]><rss>&x; &amp; </rss>"),
        ("x < ", "x &lt; "),
        ("ends with &", "ends with &"),                    // truncated: left as it is
        ("ends with <", "ends with <"),
        ("日本&中国 < 三", "日本&amp;中国 &lt; 三"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(Self.filtered(input).0 == expected)
    }

    @Test func aReferenceNameLongerThanAnyEntityIsEscaped() {
        let long = "&" + String(repeating: "a", count: StrayMarkupFilter.maxReferenceLength + 5) + ";"
        #expect(Self.filtered(long).0 == "&amp;" + long.dropFirst())
        let fits = "&" + String(repeating: "a", count: StrayMarkupFilter.maxReferenceLength - 2) + ";"
        #expect(Self.filtered(fits).0 == fits)
    }

    /// Every way of cutting the input into two or three chunks gives the output of the whole.
    @Test func chunkBoundariesDoNotChangeTheOutput() {
        let input = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss><title>AT&T &amp; P&G &#x26; &#X41; \
            &e; <3 </title><![CDATA[a & b ]] ]]> <!-- c & d -- --> <link>?a=1&b=2</link> x <= y &
            """
        let (whole, wholeFilter) = Self.filtered(input)
        let count = input.utf8.count
        var failures = 0
        for first in 1..<count {
            for second in [1, 2, 3, 7, 9] {
                let (text, filter) = Self.filtered(input, chunks: [first, second])
                if text != whole || filter.ampersands != wholeFilter.ampersands
                    || filter.lessThans != wholeFilter.lessThans || filter.diagnostic != wholeFilter.diagnostic {
                    failures += 1
                }
            }
        }
        #expect(failures == 0)
        let (bytewise, _) = Self.filtered(input, chunks: Array(repeating: 1, count: count))
        #expect(bytewise == whole)
        #expect(wholeFilter.ampersands == 4 && wholeFilter.lessThans == 2)
    }

    @Test func nothingChangesAndNothingIsSaidWithoutStrayCharacters() {
        let input = "<rss><title>A &amp; B</title><x a=\"&lt;\"/></rss>"
        let (text, filter) = Self.filtered(input)
        #expect(text == input)
        #expect(filter.diagnostic == nil)
    }

    @Test func theDiagnosticGivesTheOriginalLineAndColumnOfTheFirstOfEachKind() {
        let input = "<rss>\n  <title>Café & co</title>\n<d>a < b &c</d>\n</rss>"
        let (_, filter) = Self.filtered(input, chunks: [3, 5, 8])
        #expect(filter.firstAmpersand == StrayMarkupFilter.Position(line: 2, column: 15))
        #expect(filter.firstLessThan == StrayMarkupFilter.Position(line: 3, column: 6))
        let diagnostic = filter.diagnostic
        #expect(diagnostic?.line == 2 && diagnostic?.column == 15)
        #expect(diagnostic?.message == """
            feeds: 2 bare '&' (first at line 2, column 15) and 1 stray '<' (first at line 3, column 6) read as text
            """)
        let (_, one) = Self.filtered("<a>x & y</a>")
        #expect(one.diagnostic == FeedDiagnostic(severity: .error, line: 1, column: 6, message: "feeds: 1 bare '&' read as text"))
    }
}
