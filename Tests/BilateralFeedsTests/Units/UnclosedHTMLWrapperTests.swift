import Foundation
import Testing
@testable import BilateralFeeds

/// A text element whose content is HTML that is not XML has its content
/// written as CDATA; balanced markup, other elements and content that spans
/// items are left alone.
@Suite struct UnclosedHTMLWrapperTests {
    @Test(arguments: [
        ("<description>one<br>two</description>", "<description><![CDATA[one<br>two]]></description>"),
        ("<description>a <b>b<p>c</description >", "<description><![CDATA[a <b>b<p>c]]></description >"),
        ("<content:encoded>x<img src=a.jpg>y</content:encoded>",
         "<content:encoded><![CDATA[x<img src=a.jpg>y]]></content:encoded>"),          // a value without quotes
        ("<summary type=\"html\">x <input disabled> y</summary>",
         "<summary type=\"html\"><![CDATA[x <input disabled> y]]></summary>"),          // an attribute without a value
        ("<title>x<br>y &amp; z</title>", "<title><![CDATA[x<br>y &amp; z]]></title>"),
        ("<description>a<br><![CDATA[ b <i> ]]> c ]]> d</description>",
         "<description><![CDATA[a<br> b <i>  c ]]]]><![CDATA[> d]]></description>"),     // inner CDATA opened, ]]> split
    ])
    func wraps(_ input: String, _ expected: String) {
        #expect(StrayMarkupFilterTests.filtered(input).0 == expected)
        #expect(StrayMarkupFilterTests.filtered(input).1.wrappedElements == 1)
    }

    @Test(arguments: [
        "<description>one <b>two</b> <br/> three</description>",          // balanced: the parser's
        "<content type=\"xhtml\"><div>a<br>b</div></content>",              // says xhtml
        "<description>a<br></item><item><description>b</description>",     // would span items
        "<link>a<br>b</link>",                                               // not a text element
        "<description/>",
        "<description>no markup &amp; a < b</description>",
    ])
    func leavesAlone(_ input: String) {
        let (text, filter) = StrayMarkupFilterTests.filtered(input)
        #expect(filter.wrappedElements == 0)
        #expect(!text.contains("CDATA"))
    }

    /// The end tag may come in a later chunk; every split gives the output of the whole.
    @Test func chunkBoundariesDoNotChangeTheOutput() {
        let input = "<rss><item><description>a<br>b &amp; c<p>d</description><title>t & u</title></item></rss>"
        let (whole, wholeFilter) = StrayMarkupFilterTests.filtered(input)
        #expect(wholeFilter.wrappedElements == 1 && wholeFilter.ampersands == 1)
        var failures = 0
        for first in 1..<input.utf8.count {
            for second in [1, 5, 20] {
                let (text, filter) = StrayMarkupFilterTests.filtered(input, chunks: [first, second])
                if text != whole || filter.diagnostic != wholeFilter.diagnostic { failures += 1 }
            }
        }
        #expect(failures == 0)
    }

    @Test func anElementLongerThanTheLimitIsLeftAlone() {
        let input = "<description>a<br>" + String(repeating: "x", count: 100) + "</description>"
        var filter = StrayMarkupFilter(maxElementBytes: 50)
        var out: [UInt8] = []
        Array(input.utf8).withUnsafeBytes { filter.filter($0) { out += $0 } }
        filter.finish { out += $0 }
        #expect(String(decoding: out, as: UTF8.self) == input)
        #expect(filter.wrappedElements == 0)
    }
}
