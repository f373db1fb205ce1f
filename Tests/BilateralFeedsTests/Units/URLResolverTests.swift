@testable import BilateralFeeds
import Testing

/// RFC 3986 section 5.4 examples, base `http://a/b/c/d;p?q`.
@Suite("URLResolver")
struct URLResolverTests {
    static let examples: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"),
        (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"),
        ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."),
        (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
        ("g?y/./x", "http://a/b/c/g?y/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
    ]

    @Test("RFC 3986 normal and abnormal examples", arguments: examples)
    func example(_ pair: (String, String)) {
        #expect(URLResolver.resolve(pair.0, against: "http://a/b/c/d;p?q") == pair.1)
    }

    @Test("no base or a relative base leaves the reference alone")
    func noBase() {
        #expect(URLResolver.resolve("a/b", against: nil) == "a/b")
        #expect(URLResolver.resolve("a/b", against: "relative/") == "a/b")
        #expect(URLResolver.resolve(" http://x/y ", against: nil) == "http://x/y")
    }
}
